/** Token F1 matching of proposed and hand-annotated attributions, as the issue defines it. */

const STOP_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'at', 'by', 'with', 'from', 'mr', 'mrs', 'ms', 'dr', 's'])

export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

export function tokenF1(a: string, b: string): number {
  const left = wordsOf(a)
  const right = wordsOf(b)
  if (left.length === 0 || right.length === 0) return 0
  const counts = new Map<string, number>()
  for (const w of right) counts.set(w, (counts.get(w) ?? 0) + 1)
  let common = 0
  for (const w of left) {
    const n = counts.get(w) ?? 0
    if (n > 0) {
      common++
      counts.set(w, n - 1)
    }
  }
  if (common === 0) return 0
  const precision = common / left.length
  const recall = common / right.length
  return (2 * precision * recall) / (precision + recall)
}

/** Same person named: a shared word other than stop words, or the same pronoun. */
export function sameSource(proposed: string | null, gold: string | null): boolean {
  if (!proposed || !gold) return false
  const a = wordsOf(proposed)
  const b = new Set(wordsOf(gold))
  if (a.length === 1 && b.size === 1 && a[0] === [...b][0]) return true
  return a.some((w) => !STOP_WORDS.has(w) && b.has(w))
}

/** One-to-one pairs with token F1 ≥ 0.5, greedily by F1. Returns index pairs [proposed, gold]. */
export function matchGreedily(proposed: readonly string[], gold: readonly string[], threshold = 0.5): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = []
  for (let i = 0; i < proposed.length; i++) {
    for (let j = 0; j < gold.length; j++) {
      const f1 = tokenF1(proposed[i]!, gold[j]!)
      if (f1 >= threshold) candidates.push([f1, i, j])
    }
  }
  candidates.sort((x, y) => y[0] - x[0])
  const usedP = new Set<number>()
  const usedG = new Set<number>()
  const pairs: Array<[number, number]> = []
  for (const [, i, j] of candidates) {
    if (usedP.has(i) || usedG.has(j)) continue
    usedP.add(i)
    usedG.add(j)
    pairs.push([i, j])
  }
  return pairs
}
