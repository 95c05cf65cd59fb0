/**
 * Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions, no
 * substring edited twice), stopping early once it must exceed `max`. Returns max + 1 then.
 */
const rows = [new Int32Array(66), new Int32Array(66), new Int32Array(66)]

export function boundedDamerau(a: string, b: string, max: number): number {
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > max) return max + 1
  if (la === 0 || lb === 0) return Math.max(la, lb) <= max ? Math.max(la, lb) : max + 1
  if (lb + 1 > rows[0]!.length) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(lb + 1)
  let before = rows[0]!
  let previous = rows[1]!
  let current = rows[2]!
  for (let j = 0; j <= lb; j++) previous[j] = j
  for (let i = 1; i <= la; i++) {
    current[0] = i
    let rowMin = i
    const ca = a.charCodeAt(i - 1)
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1)
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ca === cb ? 0 : 1))
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) value = Math.min(value, before[j - 2]! + 1)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
    const spare = before
    before = previous
    previous = current
    current = spare
  }
  const distance = previous[lb]!
  return distance <= max ? distance : max + 1
}

/**
 * How many typos a typed word may hold, by its length, as search engines usually rule it: none
 * for words of one or two letters, one for three to five, two from six. A transposition of two
 * neighbouring letters counts as one (boundedDamerau). Search and the library filter share it.
 */
export const maxTypos = (word: string): number => (word.length <= 2 ? 0 : word.length <= 5 ? 1 : 2)
