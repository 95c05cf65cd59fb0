/** Word tokens for scoring; Chinese and Japanese characters count one by one (no spaces there). */
export function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? [])
}

export interface Scores {
  precision: number
  recall: number
  f1: number
}

/** Bag-of-words precision, recall and F1 of a body against the expected one. */
export function tokenScores(got: string, expected: string): Scores {
  const counts = new Map<string, number>()
  const expectedTokens = tokens(expected)
  for (const token of expectedTokens) counts.set(token, (counts.get(token) ?? 0) + 1)
  const gotTokens = tokens(got)
  let overlap = 0
  for (const token of gotTokens) {
    const left = counts.get(token) ?? 0
    if (left > 0) {
      overlap++
      counts.set(token, left - 1)
    }
  }
  if (expectedTokens.length === 0 && gotTokens.length === 0) return { precision: 1, recall: 1, f1: 1 }
  const precision = gotTokens.length ? overlap / gotTokens.length : 0
  const recall = expectedTokens.length ? overlap / expectedTokens.length : 0
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }
}
