/**
 * Every whole-word occurrence of the given index words in a text, as ranges in the text, sorted.
 * Used to highlight search matches in the reader, with next/previous.
 */
export function findMatchRanges(text: string, terms: readonly string[]): Array<{ start: number; end: number }> {
  const wanted = new Set(terms.map((t) => t.toLowerCase()))
  if (wanted.size === 0) return []
  const ranges: Array<{ start: number; end: number }> = []
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0].toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
    if (wanted.has(word)) ranges.push({ start: match.index, end: match.index + match[0].length })
  }
  return ranges
}
