// Step 2 of re-anchoring: find a quote again in changed text, scored with its prefix and suffix.

import type { Hint, ReanchorOptions, ReanchorTarget } from './reanchor'
import { compile, reverse, scan, type Pattern } from './myers'

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value))

// ---------------------------------------------------------------------------------------------
// Step 3: approximate quote search.

/** Positions of each word and each pair of consecutive words (key "a b"), lower-cased. */
export interface WordIndex {
  positions: Map<string, number[]>
}

export const wordPattern = /[\p{L}\p{N}\p{M}]+/gu

/** Words with their offsets, and consecutive pairs keyed "a b" at the first word's offset. */
export function wordSeeds(text: string): Array<[string, number]> {
  const seeds: Array<[string, number]> = []
  let previous: [string, number] | null = null
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0].toLowerCase()
    seeds.push([word, match.index])
    if (previous) seeds.push([`${previous[0]} ${word}`, previous[1]])
    previous = [word, match.index]
  }
  return seeds
}

export function buildWordIndex(text: string): WordIndex {
  const positions = new Map<string, number[]>()
  for (const [key, at] of wordSeeds(text)) {
    const list = positions.get(key)
    if (list) list.push(at)
    else positions.set(key, [at])
  }
  return { positions }
}

/** Seeds (words or word pairs) voting per annotation: the rarest ones, up to a number of votes. */
export const MAX_SEEDS = 24
export const MAX_VOTES = 2000
/** Candidate locations verified by edit distance, besides the diff-mapped one. */
export const MAX_CANDIDATES = 4
export const CONTEXT_LIMIT = 64
/** A match this good where the diff puts the span ends the search. */
export const EARLY_ACCEPT = 0.9

export interface Found {
  start: number
  end: number
  score: number
  content: number
}

/**
 * Why a candidate filter: the edit distance of a quote against every position of the text costs
 * O(|quote| · |text|) per annotation, about 100,000 × 300 cells for a long article. Instead the
 * rarest words and word pairs of the quote and its context each vote for the quote start they
 * imply; a quote with a few edits keeps most of them intact, so its true place collects the votes.
 * Only the few best-voted windows, and the window the diff maps the span to, are checked by edit
 * distance (Myers' bit-parallel algorithm: |quote|/32 machine words per text character).
 */
export function fuzzyFind(text: string, index: () => WordIndex, quote: ReanchorTarget['quote'], hint: Hint, settings: ReanchorOptions): Found | null {
  const exact = quote.exact
  const m = exact.length
  const maxErrors = Math.floor(m * (1 - settings.minQuoteSimilarity))
  // Missing context (malformed data) is unknown and weighs nothing; empty context is the text's edge.
  const prefix = typeof quote.prefix === 'string' ? quote.prefix.slice(-CONTEXT_LIMIT) : null
  const suffix = typeof quote.suffix === 'string' ? quote.suffix.slice(0, CONTEXT_LIMIT) : null
  const pattern = compile(exact)
  const reversed = compile(reverse(exact))
  const prefixPattern = prefix ? compile(reverse(prefix)) : null
  const suffixPattern = suffix ? compile(suffix) : null
  const nearRadius = Math.max(64, m)
  const edges = {
    start: edgeClass(prefix ? prefix.charCodeAt(prefix.length - 1) : NaN, exact.charCodeAt(0)),
    end: edgeClass(exact.charCodeAt(m - 1), suffix ? suffix.charCodeAt(0) : NaN),
  }
  const long = m > LONG_QUOTE
  const endsPerWindow = long ? 1 : ENDS_PER_WINDOW
  // Windows allow for the quote's length changing by this much (more than a long quote's errors).
  const slack = Math.min(maxErrors, MAX_SLACK) + 16

  let best: Found | null = null
  const search = (low: number, high: number, slack: number) => {
    const from = clamp(low - slack, 0, text.length)
    const to = clamp(high + m + slack, 0, text.length)
    for (const variants of matchesIn(text, pattern, reversed, from, to, maxErrors, low, edges, endsPerWindow)) {
      for (const match of variants) {
        const quoteSimilarity = 1 - match.errors / m
        let weighted = QUOTE_WEIGHT * quoteSimilarity
        let weights = QUOTE_WEIGHT
        // An empty prefix or suffix is information too: the span was at the edge of the text.
        if (prefix !== null) {
          weighted += CONTEXT_WEIGHT * (prefixPattern ? contextSimilarity(text, prefixPattern, match.start, -1) : match.start === 0 ? 1 : text.startsWith(BREAK, match.start - BREAK.length) ? 0.5 : 0)
          weights += CONTEXT_WEIGHT
        }
        if (suffix !== null) {
          weighted += CONTEXT_WEIGHT * (suffixPattern ? contextSimilarity(text, suffixPattern, match.end, 1) : match.end === text.length ? 1 : text.startsWith(BREAK, match.end) ? 0.5 : 0)
          weights += CONTEXT_WEIGHT
        }
        const content = weighted / weights
        const distance = Math.abs(match.start - hint.start)
        const near = distance <= nearRadius
        if (content < (near ? settings.minScore : settings.minScoreFar)) continue
        // Where the diff puts the span is strong evidence: a copy elsewhere (a pull quote, a
        // repeated paragraph) must be clearly better to win. Closeness then breaks ties.
        const score = content + (near ? NEAR_BONUS : 0) + POSITION_WEIGHT * (1 - Math.min(1, distance / Math.max(1, text.length)))
        if (!best || score > best.score) best = { start: match.start, end: match.end, score, content }
        break
      }
    }
  }

  // Where the diff puts the span first: when both its ends were kept, the span lies right there.
  const hintHigh = Math.max(hint.start, hint.end - m)
  search(hint.start, hintHigh, hint.exact ? 16 : slack)
  if (best !== null && (best as Found).content >= EARLY_ACCEPT) return best
  const searched = [hint.start]
  for (const start of votedStarts(index(), exact, prefix ?? '', suffix ?? '', m).slice(0, long ? 1 : MAX_CANDIDATES)) {
    if (searched.some((low) => Math.abs(low - start) <= slack)) continue
    searched.push(start)
    search(start, start, slack)
  }
  return best
}

export const QUOTE_WEIGHT = 50
export const CONTEXT_WEIGHT = 20
export const POSITION_WEIGHT = 0.02
export const NEAR_BONUS = 0.1
/** A paragraph break: a span that began a block may follow one after blocks are restored. */
export const BREAK = '\n\n'

/** Implied quote starts with the most seed votes, best first. */
export function votedStarts(index: WordIndex, exact: string, prefix: string, suffix: string, m: number): number[] {
  const seeds: Array<{ key: string; offset: number; weight: number; frequency: number }> = []
  const addSeeds = (part: string, base: number, weight: number, from: number, to: number) => {
    for (const [key, at] of wordSeeds(part)) {
      // A context cut mid-word has a partial word at its far end.
      if (at < from || at + key.length > to) continue
      const frequency = index.positions.get(key)?.length ?? 0
      if (frequency > 0) seeds.push({ key, offset: base + at, weight, frequency })
    }
  }
  addSeeds(exact, 0, 1, 0, m)
  addSeeds(prefix, -prefix.length, 0.5, 1, prefix.length)
  addSeeds(suffix, m, 0.5, 0, suffix.length - 1)
  seeds.sort((x, y) => x.frequency - y.frequency)
  const votes: Array<[number, number]> = []
  for (const seed of seeds.slice(0, MAX_SEEDS)) {
    if (votes.length + seed.frequency > MAX_VOTES) break
    for (const at of index.positions.get(seed.key)!) votes.push([at - seed.offset, seed.weight / seed.frequency])
  }
  if (votes.length === 0) return []
  votes.sort((x, y) => x[0] - y[0])
  // Votes for one place spread by the edits inside the quote: sum them in a sliding window.
  const width = 16 + (m >> 2)
  const sums: Array<[number, number]> = []
  let total = 0
  let low = 0
  for (let high = 0; high < votes.length; high++) {
    total += votes[high]![1]
    while (votes[high]![0] - votes[low]![0] > width) total -= votes[low++]![1]
    sums.push([votes[low]![0], total])
  }
  sums.sort((x, y) => y[1] - x[1])
  const picked: number[] = []
  for (const [start, sum] of sums) {
    if (picked.length >= MAX_CANDIDATES || sum < 0.5) break
    if (picked.every((p) => Math.abs(p - start) > width)) picked.push(start)
  }
  return picked
}


/** Letters, digits and combining marks make words. */
export const wordChar = /[\p{L}\p{N}\p{M}]/u
export const isWordChar = (code: number) => !Number.isNaN(code) && wordChar.test(String.fromCharCode(code))
/** What a span edge sits between: 0 non-word|non-word, 1 non-word|word, 2 word|non-word, 3 inside a word. */
export function edgeClass(before: number, after: number): number {
  return (isWordChar(before) ? 2 : 0) + (isWordChar(after) ? 1 : 0)
}
/** Choosing between alignments, an edge unlike the quote's (a word cut, a leading space) costs this many edits. */
export const EDGE_PENALTY = 1
export const SNAP_DISTANCE = 24

/**
 * An edge unlike the quote's (a word cut in two where the quote began at a word, a leading space)
 * moves to the nearest edge like the quote's in `direction` (−1: left), if there is one nearby.
 */
export function snapEdge(text: string, at: number, quoteEdge: number, direction: 1 | -1): number {
  const classAt = (i: number) => edgeClass(i > 0 ? text.charCodeAt(i - 1) : NaN, i < text.length ? text.charCodeAt(i) : NaN)
  if (classAt(at) === quoteEdge) return at
  for (let d = 1, i = at + direction; d <= SNAP_DISTANCE && i >= 0 && i <= text.length; d++, i += direction) {
    if (classAt(i) === quoteEdge) return i
  }
  return at
}

/** Ends of alignments examined per window: the fewest edits is not always the right place. */
export const ENDS_PER_WINDOW = 4
/** Beyond this many characters a quote is costly to align: one voted window, one end per window. */
export const LONG_QUOTE = 1000
export const MAX_SLACK = 512

export interface Match {
  start: number
  end: number
  errors: number
}

/**
 * The best approximate occurrences of the pattern inside text[from, to): local minima of the edit
 * distance over match ends, each walked back to its start. Ties go to matches whose edges cut
 * words as the quote's did, then to the one nearest the expected start.
 */
export function matchesIn(
  text: string,
  pattern: Pattern,
  reversed: Pattern,
  from: number,
  to: number,
  maxErrors: number,
  expectedStart: number,
  edges: { start: number; end: number },
  endsPerWindow: number,
): Match[][] {
  if (to <= from) return []
  const m = pattern.length
  const edgeCost = (errors: number, at: number, quoteEdge: number) => errors + (edgeClass(at > 0 ? text.charCodeAt(at - 1) : NaN, at < text.length ? text.charCodeAt(at) : NaN) === quoteEdge ? 0 : EDGE_PENALTY)
  const forward = scan(pattern, text, from, to - from, 1, false)
  const ends: Array<{ end: number; cost: number }> = []
  for (let i = 0; i < forward.length; i++) {
    const errors = forward[i]!
    if (errors > maxErrors || errors >= m) continue
    if ((i > 0 && forward[i - 1]! < errors) || (i + 1 < forward.length && forward[i + 1]! < errors)) continue
    ends.push({ end: from + i + 1, cost: edgeCost(errors, from + i + 1, edges.end) })
  }
  ends.sort((x, y) => x.cost - y.cost || Math.abs(x.end - expectedStart - m) - Math.abs(y.end - expectedStart - m))
  const chosen: Array<{ end: number; cost: number }> = []
  for (const candidate of ends) {
    if (chosen.length >= endsPerWindow) break
    if (chosen.every((c) => Math.abs(c.end - candidate.end) > 1)) chosen.push(candidate)
  }
  const matches: Match[][] = []
  for (const chosenEnd of chosen) {
    const end = chosenEnd.end
    // Walk back from the end to find where that match begins: at most m + errors before it.
    const back = Math.min(end - from, m + Math.min(maxErrors, Math.ceil(chosenEnd.cost) + 1 + EDGE_PENALTY * 2))
    const backward = scan(reversed, text, end - 1, back, -1, true)
    let start = -1
    let cost = Infinity
    let startErrors = Infinity
    for (let i = 0; i < backward.length; i++) {
      const s = end - i - 1
      const c = edgeCost(backward[i]!, s, edges.start)
      if (c < cost || (c === cost && Math.abs(s - expectedStart) < Math.abs(start - expectedStart))) {
        cost = c
        start = s
        startErrors = backward[i]!
      }
    }
    if (start < 0) continue
    // Edges like the quote's, widened first (the span keeps all it matched), then narrowed. A span
    // cutting a word the quote did not cut is never offered.
    const spans: Array<[number, number]> = [
      [snapEdge(text, start, edges.start, -1), snapEdge(text, end, edges.end, 1)],
      [snapEdge(text, start, edges.start, 1), snapEdge(text, end, edges.end, -1)],
    ]
    const variants: Match[] = []
    for (const [s, e] of spans) {
      if (e <= s || variants.some((x) => x.start === s && x.end === e)) continue
      const errors = s === start && e === end ? startErrors : scan(pattern, text, s, e - s, 1, true)[e - s - 1]!
      if (errors <= maxErrors) variants.push({ start: s, end: e, errors })
    }
    if (variants.length > 0) matches.push(variants)
  }
  return matches
}

/** 1 − edits/|context| of the stored context against the text beside a match (direction −1: before). */
export function contextSimilarity(text: string, pattern: Pattern, at: number, direction: 1 | -1): number {
  const available = direction < 0 ? at : text.length - at
  const count = Math.min(available, pattern.length + 16)
  let errors = pattern.length
  if (count > 0) {
    const scores = scan(pattern, text, direction < 0 ? at - 1 : at, count, direction, true)
    for (const s of scores) errors = Math.min(errors, s)
  }
  return 1 - errors / pattern.length
}

