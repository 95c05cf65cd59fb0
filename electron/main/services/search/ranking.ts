/**
 * Ranking: (1) how many query words a record matched, (2) fewest typos, (3) BM25, (4) newest
 * date, (5) most recently indexed. BM25 uses title words x3 (in term frequency and length), and
 * one rarity weight (idf) per QUERY word, computed from all records any of its expansions
 * reach, so a rare near-miss cannot outrank the word that was meant.
 */

export const K1 = 1.2
export const B = 0.75

/** BM25 inverse document frequency of a word found in `n` of `total` records. */
export const idf = (n: number, total: number) => Math.log(1 + (total - n + 0.5) / (n + 0.5))

/** BM25 term-frequency part for weighted frequency `tf` in a record of `length` (average `average`). */
export const tfPart = (tf: number, length: number, average: number) => (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / average))

export function popcount(value: number): number {
  value -= (value >>> 1) & 0x55555555
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333)
  return (((value + (value >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

/** What ranking reads, by record ordinal. */
export interface RankKeys {
  mask: Uint32Array
  typos: Uint16Array
  score: Float64Array
  dates: Int32Array
}

/** True when record a ranks above record b. */
export function ranksAbove(keys: RankKeys, a: number, b: number): boolean {
  const ca = popcount(keys.mask[a]!)
  const cb = popcount(keys.mask[b]!)
  if (ca !== cb) return ca > cb
  const ta = keys.typos[a]!
  const tb = keys.typos[b]!
  if (ta !== tb) return ta < tb
  const sa = keys.score[a]!
  const sb = keys.score[b]!
  if (sa !== sb) return sa > sb
  const da = keys.dates[a]!
  const db = keys.dates[b]!
  if (da !== db) return da > db
  return a > b
}

/** Keeps the best `size` ordinals offered, in rank order. */
export class TopRanked {
  private readonly items: number[] = []
  private readonly all: boolean

  constructor(
    private readonly keys: RankKeys,
    private readonly size: number,
  ) {
    // For deep pages a plain sort at the end is cheaper than insertion.
    this.all = size > 512
  }

  offer(ordinal: number): void {
    const { items, keys, size } = this
    if (size === 0) return
    if (this.all) {
      items.push(ordinal)
      return
    }
    if (items.length === size && !ranksAbove(keys, ordinal, items[size - 1]!)) return
    let at = items.length < size ? items.length : size - 1
    if (items.length < size) items.push(ordinal)
    while (at > 0 && ranksAbove(keys, ordinal, items[at - 1]!)) {
      items[at] = items[at - 1]!
      at--
    }
    items[at] = ordinal
  }

  ranked(): number[] {
    if (!this.all) return this.items
    const { keys } = this
    return this.items.sort((a, b) => (ranksAbove(keys, a, b) ? -1 : ranksAbove(keys, b, a) ? 1 : 0)).slice(0, this.size)
  }
}
