/** Word tokens for scoring; Chinese and Japanese characters count one by one (no spaces there). */
export function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? [])
}

export interface Scores {
  precision: number
  recall: number
  f1: number
}

/** Bag-of-words precision, recall and F1 of a body against the expected one, with the counts a pooled (micro) average needs. */
export function tokenScores(got: string, expected: string): Scores & { overlap: number; gotTokens: number; expectedTokens: number } {
  const counts = new Map<string, number>()
  const expectedList = tokens(expected)
  for (const token of expectedList) counts.set(token, (counts.get(token) ?? 0) + 1)
  const gotList = tokens(got)
  let overlap = 0
  for (const token of gotList) {
    const left = counts.get(token) ?? 0
    if (left > 0) {
      overlap++
      counts.set(token, left - 1)
    }
  }
  const sizes = { overlap, gotTokens: gotList.length, expectedTokens: expectedList.length }
  if (expectedList.length === 0 && gotList.length === 0) return { precision: 1, recall: 1, f1: 1, ...sizes }
  const precision = gotList.length ? overlap / gotList.length : 0
  const recall = expectedList.length ? overlap / expectedList.length : 0
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, ...sizes }
}
