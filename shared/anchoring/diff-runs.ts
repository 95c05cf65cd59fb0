// Step 1 of re-anchoring: runs of text kept between the old and new versions, to map positions.

import { diffArrays } from 'diff'

// ---------------------------------------------------------------------------------------------
// Step 2: the diff. Tokens are words, whitespace runs and single other characters (a surrogate
// pair stays one token), compared as integer ids.

/** A stretch of characters the diff keeps: old [oldStart, oldStart+length) = new [newStart, …). */
export interface MatchedRun {
  oldStart: number
  newStart: number
  length: number
}

export interface Tokens {
  ids: number[]
  /** Character offset of each token, plus the text length at the end. */
  starts: number[]
}

export const tokenPattern = /[\p{L}\p{N}\p{M}]+|\s+|[\s\S]/gu

export function tokenize(text: string, dictionary: Map<string, number>): Tokens {
  const ids: number[] = []
  const starts: number[] = []
  for (const match of text.matchAll(tokenPattern)) {
    let id = dictionary.get(match[0])
    if (id === undefined) dictionary.set(match[0], (id = dictionary.size))
    ids.push(id)
    starts.push(match.index)
  }
  starts.push(text.length)
  return { ids, starts }
}

export function safeMatchedRuns(oldText: string, newText: string): MatchedRun[] | null {
  try {
    return matchedRuns(oldText, newText)
  } catch {
    return null
  }
}

/**
 * The kept stretches of a diff of the two texts. jsdiff is Myers' O((N+M)·D) algorithm: fine for
 * an article (≈2 ms with 10% of words changed), but about 1 s on a 100,000-character text with 10%
 * of its words changed, 3.7 s at 20% (measured with diffWordsWithSpace, diffWords and diffArrays
 * alike; diffChars is 5–8× slower still). Large ranges are therefore first cut at anchors
 * (patience-diff style: runs of tokens occurring exactly once in both ranges, kept in order), and
 * jsdiff only diffs the small gaps between them.
 */
export function matchedRuns(oldText: string, newText: string): MatchedRun[] {
  const dictionary = new Map<string, number>()
  const a = tokenize(oldText, dictionary)
  const b = tokenize(newText, dictionary)
  const tokenRuns: Array<[number, number, number]> = []
  diffRange(a.ids, 0, a.ids.length, b.ids, 0, b.ids.length, tokenRuns, 0)
  const runs: MatchedRun[] = []
  for (const [i, j, count] of tokenRuns) {
    const oldStart = a.starts[i]!
    const newStart = b.starts[j]!
    const length = a.starts[i + count]! - oldStart
    const last = runs[runs.length - 1]
    if (last && last.oldStart + last.length === oldStart && last.newStart + last.length === newStart) last.length += length
    else if (length > 0) runs.push({ oldStart, newStart, length })
  }
  return runs
}

/** Ranges up to this many tokens (both sides) go straight to jsdiff. */
export const DIRECT_DIFF_TOKENS = 1000
/**
 * jsdiff gives up beyond this many token edits in one range (its cost grows with the square of the
 * edits: 0.3 s for 1,700): such a range stays unmatched and the fuzzy step handles it.
 */
export const MAX_EDIT_LENGTH = 200
/** Tokens per anchor key: about three words with their spaces. */
export const ANCHOR_TOKENS = 5

export function diffRange(a: number[], aLo: number, aHi: number, b: number[], bLo: number, bHi: number, out: Array<[number, number, number]>, depth: number): void {
  const prefixStart = aLo
  const prefixStartB = bLo
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) aLo++, bLo++
  if (aLo > prefixStart) out.push([prefixStart, prefixStartB, aLo - prefixStart])
  let suffix = 0
  while (aHi - suffix > aLo && bHi - suffix > bLo && a[aHi - suffix - 1] === b[bHi - suffix - 1]) suffix++
  aHi -= suffix
  bHi -= suffix
  if (aLo < aHi && bLo < bHi) {
    const anchors = depth < 3 && aHi - aLo + (bHi - bLo) > DIRECT_DIFF_TOKENS ? uniqueAnchors(a, aLo, aHi, b, bLo, bHi) : []
    if (anchors.length > 0) {
      let i = aLo
      let j = bLo
      for (const [ai, bj] of anchors) {
        if (ai < i || bj < j) continue
        diffRange(a, i, ai, b, j, bj, out, depth + 1)
        out.push([ai, bj, ANCHOR_TOKENS])
        i = ai + ANCHOR_TOKENS
        j = bj + ANCHOR_TOKENS
      }
      diffRange(a, i, aHi, b, j, bHi, out, depth + 1)
    } else {
      const changes = diffArrays(a.slice(aLo, aHi), b.slice(bLo, bHi), { maxEditLength: MAX_EDIT_LENGTH })
      if (changes) {
        let i = aLo
        let j = bLo
        for (const change of changes) {
          if (change.added) j += change.count
          else if (change.removed) i += change.count
          else {
            out.push([i, j, change.count])
            i += change.count
            j += change.count
          }
        }
      }
      // A diff too costly to finish leaves the range unmatched: the fuzzy step still runs.
    }
  }
  if (suffix > 0) out.push([aHi, bHi, suffix])
}

/** Keys of ANCHOR_TOKENS tokens found exactly once in each range, longest in-order chain. */
export function uniqueAnchors(a: number[], aLo: number, aHi: number, b: number[], bLo: number, bHi: number): Array<[number, number]> {
  const key = (ids: number[], at: number) => {
    let h = 0
    for (let k = 0; k < ANCHOR_TOKENS; k++) h = (Math.imul(h, 0x01000193) ^ ids[at + k]!) >>> 0
    return h
  }
  // The key's position in a, or −1 when it occurs more than once.
  const inA = new Map<number, number>()
  for (let i = aLo; i + ANCHOR_TOKENS <= aHi; i++) {
    const h = key(a, i)
    inA.set(h, inA.has(h) ? -1 : i)
  }
  const inB = new Map<number, number>()
  for (let j = bLo; j + ANCHOR_TOKENS <= bHi; j++) {
    const h = key(b, j)
    if (inA.has(h)) inB.set(h, inB.has(h) ? -1 : j)
  }
  const pairs: Array<[number, number]> = []
  for (const [h, j] of inB) {
    const i = inA.get(h)!
    if (i < 0 || j < 0) continue
    let same = true
    for (let k = 0; k < ANCHOR_TOKENS && same; k++) same = a[i + k] === b[j + k]
    if (same) pairs.push([i, j])
  }
  pairs.sort((x, y) => x[0] - y[0])
  // Longest chain increasing in both old and new positions (patience sorting).
  const tails: number[] = []
  const previous = new Array<number>(pairs.length).fill(-1)
  for (let p = 0; p < pairs.length; p++) {
    const j = pairs[p]![1]
    let low = 0
    let high = tails.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (pairs[tails[mid]!]![1] < j) low = mid + 1
      else high = mid
    }
    if (low > 0) previous[p] = tails[low - 1]!
    tails[low] = p
  }
  const chain: Array<[number, number]> = []
  for (let p = tails.length > 0 ? tails[tails.length - 1]! : -1; p >= 0; p = previous[p]!) chain.push(pairs[p]!)
  return chain.reverse()
}

/** Where the diff puts [start, end); `exact` when both ends fall in kept text. */
export function mapSpan(runs: readonly MatchedRun[], start: number, end: number, newLength: number): { start: number; end: number; exact: boolean } {
  const first = runAt(runs, start)
  const last = runAt(runs, end - 1)
  const firstRun = runs[first]
  const lastRun = runs[last]
  const startIn = firstRun !== undefined && start < firstRun.oldStart + firstRun.length
  const endIn = lastRun !== undefined && end - 1 < lastRun.oldStart + lastRun.length
  // A removed start maps to where the removal happened; a removed end to the next kept text.
  const newStart = startIn ? firstRun.newStart + (start - firstRun.oldStart) : firstRun ? firstRun.newStart + firstRun.length : 0
  const newEnd = endIn ? lastRun.newStart + (end - lastRun.oldStart) : last + 1 < runs.length ? runs[last + 1]!.newStart : newLength
  return { start: Math.min(newStart, newEnd), end: Math.max(newStart, newEnd), exact: startIn && endIn }
}

/** Share of a span's characters the diff must keep, with both its ends, to follow it through edits. */
export const DIFF_KEPT_FOR_REVIEW = 0.9

/** The share of old [start, end) the diff kept. */
export function keptFraction(runs: readonly MatchedRun[], start: number, end: number): number {
  let kept = 0
  for (let i = Math.max(0, runAt(runs, start)); i < runs.length && runs[i]!.oldStart < end; i++) {
    const run = runs[i]!
    kept += Math.max(0, Math.min(end, run.oldStart + run.length) - Math.max(start, run.oldStart))
  }
  return kept / (end - start)
}

/** Index of the last run starting at or before `offset`, or −1. */
export function runAt(runs: readonly MatchedRun[], offset: number): number {
  let low = 0
  let high = runs.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (runs[mid]!.oldStart <= offset) low = mid + 1
    else high = mid
  }
  return low - 1
}

