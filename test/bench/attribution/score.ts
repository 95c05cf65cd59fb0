import { tokenScores } from '../plain-text/token-f1'

/** Token F1 matching of proposed and hand-annotated attributions, as the issue defines it. */

const STOP_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'at', 'by', 'with', 'from', 'mr', 'mrs', 'ms', 'dr', 's'])

export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** Bag-of-words F1 of two contents, as the extraction benchmarks score bodies. */
export const tokenF1 = (a: string, b: string): number => tokenScores(a, b).f1

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
