import type { Expander, Expansion } from './expansion'
import type { PostingPool } from './postings'
import { dateFilterEnd, dateFilterStart, type ParsedQuery } from './query-parser'
import { idf, type RankKeys, TopRanked, tfPart } from './ranking'
import type { RecordTable } from './records'
import { phraseMatches } from './phrases'
import { queryWords, tokenize } from './tokenize'
import type { Vocabulary } from './vocabulary'

export interface IndexParts {
  vocabulary: Vocabulary
  postings: PostingPool
  records: RecordTable
  expander: Expander
}

export interface SearchOptions {
  limit: number
  offset?: number
  /** While typing: the last word also matches as a prefix ("Erdo" finds "Erdogan"). */
  prefixLast?: boolean
  /** Only records that match every query word (default: any, ranked by how many). */
  requireAll?: boolean
}

export interface RawHit {
  ordinal: number
  score: number
  typos: number
  matchedTerms: string[]
}

export interface RawResult {
  total: number
  hits: RawHit[]
  facets: Record<string, Record<string, number>>
}

/** Per-ordinal working arrays, reused between searches; "stamps" mark what this search touched. */
export class Scratch implements RankKeys {
  size = 0
  stamp = new Uint32Array(0)
  wordStamp = new Uint32Array(0)
  mask = new Uint32Array(0)
  typos = new Uint16Array(0)
  score = new Float64Array(0)
  wordTf = new Float64Array(0)
  wordTypos = new Uint8Array(0)
  dates = new Int32Array(0)
  /** Records reached by the current query word, and by the query so far. */
  reached = new Uint32Array(0)
  touched = new Uint32Array(0)
  private counter = 0

  prepare(records: RecordTable): void {
    if (this.size < records.count || this.counter > 0xfffffff0) {
      const size = Math.max(records.count, Math.ceil(this.size * 1.5), 256)
      Object.assign(this, { size, counter: 0, stamp: new Uint32Array(size), wordStamp: new Uint32Array(size), mask: new Uint32Array(size) })
      Object.assign(this, { typos: new Uint16Array(size), score: new Float64Array(size), wordTf: new Float64Array(size), wordTypos: new Uint8Array(size) })
      Object.assign(this, { reached: new Uint32Array(size), touched: new Uint32Array(size) })
    }
    this.dates = records.dates
  }
  next(): number {
    return ++this.counter
  }
}

export const normalizeTerms = (terms: readonly string[]) => [...new Set(terms.flatMap((t) => queryWords(t)))].slice(0, 32)
const normalizePhrase = (words: readonly string[]) => words.flatMap((w) => tokenize(w, { compounds: false }).map((t) => t.word))

export function executeSearch(parts: IndexParts, query: ParsedQuery, options: SearchOptions, scratch: Scratch): RawResult {
  const { records, postings, vocabulary, expander } = parts
  const empty: RawResult = { total: 0, hits: [], facets: {} }
  const live = records.live
  if (live === 0) return empty
  const average = records.totalLength / live || 1
  scratch.prepare(records)
  const { alive, lengths } = records
  const { mask, typos, score, wordTf, wordTypos, stamp, wordStamp, reached, touched } = scratch
  const queryStamp = scratch.next()
  let touchedCount = 0
  const touch = (ordinal: number) => {
    if (stamp[ordinal] === queryStamp) return
    stamp[ordinal] = queryStamp
    mask[ordinal] = 0
    typos[ordinal] = 0
    score[ordinal] = 0
    touched[touchedCount++] = ordinal
  }

  // 1. Free words: every expansion's postings, one shared idf per query word.
  const words = normalizeTerms(query.terms)
  const expansionsOf: Expansion[][] = []
  words.forEach((word, w) => {
    const prefix = options.prefixLast === true && query.lastTermOpen !== false && w === words.length - 1
    const expansions = expander.expand(word, prefix)
    expansionsOf.push(expansions)
    const ws = scratch.next()
    let reachedCount = 0
    const bytes = postings.bytes
    for (const { term, typos: termTypos, weight } of expansions) {
      if (vocabulary.df[term] === 0) continue
      let at = postings.start[term]!
      const end = at + postings.size[term]!
      let ordinal = -1
      while (at < end) {
        // One entry: varint (gap * 2 + 1 when the frequency is 1), then the frequency if not 1.
        // Decoded here rather than through Postings.forEach: this loop is the query's hot path.
        let byte = bytes[at++]!
        let value = byte & 0x7f
        for (let shift = 128; byte & 0x80; shift *= 128) {
          byte = bytes[at++]!
          value += (byte & 0x7f) * shift
        }
        ordinal += value >>> 1
        const frequency = value & 1 ? 1 : bytes[at++]!
        if (alive[ordinal] === 0) continue
        if (wordStamp[ordinal] !== ws) {
          wordStamp[ordinal] = ws
          wordTf[ordinal] = 0
          wordTypos[ordinal] = 255
          reached[reachedCount++] = ordinal
        }
        wordTf[ordinal] = wordTf[ordinal]! + frequency * weight
        if (termTypos < wordTypos[ordinal]!) wordTypos[ordinal] = termTypos
      }
    }
    const weightOfWord = idf(reachedCount, live)
    const bit = 1 << w
    for (let r = 0; r < reachedCount; r++) {
      const ordinal = reached[r]!
      if (stamp[ordinal] !== queryStamp) {
        stamp[ordinal] = queryStamp
        mask[ordinal] = 0
        typos[ordinal] = 0
        score[ordinal] = 0
        touched[touchedCount++] = ordinal
      }
      score[ordinal] = score[ordinal]! + weightOfWord * tfPart(wordTf[ordinal]!, lengths[ordinal]!, average)
      mask[ordinal] = mask[ordinal]! | bit
      typos[ordinal] = typos[ordinal]! + wordTypos[ordinal]!
    }
  })

  // 2. Phrases: required; their words add to the score.
  const phrases = query.phrases.map(normalizePhrase).filter((p) => p.length > 0)
  let candidates: Iterable<number> = touched.subarray(0, touchedCount)
  if (phrases.length > 0) {
    let required: number[] | null = null
    for (const phrase of phrases) {
      const found = phraseMatches(parts, phrase, average, required)
      required = found.map((f) => f.ordinal)
      for (const { ordinal, score: phraseScore } of found) {
        touch(ordinal)
        score[ordinal] = score[ordinal]! + phraseScore
      }
    }
    candidates = required ?? []
  } else if (words.length === 0) {
    const hasFilters = Object.values(query.filters).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)))
    const hasExclusions = query.excluded.length > 0 || (query.excludedPhrases?.length ?? 0) > 0
    if (!hasFilters && !hasExclusions) return empty
    candidates = allLive(records, touch)
  }

  // 3. Exclusions (exact words and phrases).
  const excludedStamp = scratch.next()
  for (const word of normalizeTerms(query.excluded)) {
    const term = vocabulary.idOf(word)
    if (term) postings.forEach(term, (ordinal) => (wordStamp[ordinal] = excludedStamp))
  }
  for (const phrase of (query.excludedPhrases ?? []).map(normalizePhrase)) {
    if (phrase.length > 0) for (const { ordinal } of phraseMatches(parts, phrase, average, null)) wordStamp[ordinal] = excludedStamp
  }

  // 4. Filters, facet counts over everything that matched, and the top of the ranking.
  const accepts = compileFilters(records, query)
  const fullMask = words.length >= 32 ? 0xffffffff : (1 << words.length) - 1
  const offset = Math.max(0, Math.floor(options.offset ?? 0) || 0)
  const top = new TopRanked(scratch, offset + Math.max(0, Math.floor(options.limit) || 0))
  const facetCounts = records.facets.map((f) => new Uint32Array(f.display.length))
  const kindCounts = new Uint32Array(records.kindNames.length)
  let total = 0
  for (const ordinal of candidates) {
    if (wordStamp[ordinal] === excludedStamp || alive[ordinal] === 0) continue
    if (options.requireAll && words.length > 0 && mask[ordinal] !== fullMask >>> 0) continue
    if (accepts && !accepts(ordinal)) continue
    total++
    kindCounts[records.kinds[ordinal]!]!++
    const from = records.facetStart[ordinal]!
    const end = from + records.facetCount[ordinal]!
    for (let i = from; i < end; i++) {
      const entry = records.facetPool.data[i]!
      facetCounts[Math.floor(entry / 0x1000000)]![entry % 0x1000000]!++
    }
    top.offer(ordinal)
  }

  const facets: Record<string, Record<string, number>> = {}
  const typeCounts: Record<string, number> = {}
  records.kindNames.forEach((name, code) => kindCounts[code] && (typeCounts[name] = kindCounts[code]!))
  facets.type = typeCounts
  records.facets.forEach((facet, index) => {
    const counts: Record<string, number> = {}
    facetCounts[index]!.forEach((count, value) => count && (counts[facet.display[value]!] = count))
    facets[facet.name] = counts
  })

  const wanted = new Set<number>()
  for (const expansions of expansionsOf) for (const e of expansions) wanted.add(e.term)
  for (const phrase of phrases) for (const word of phrase) wanted.add(vocabulary.idOf(word))
  wanted.delete(0)
  const hits = top.ranked().slice(offset).map((ordinal) => ({
    ordinal,
    score: score[ordinal]!,
    typos: typos[ordinal]!,
    matchedTerms: matchedTermsOf(records, vocabulary, ordinal, wanted),
  }))
  return { total, hits, facets }
}

function* allLive(records: RecordTable, touch: (ordinal: number) => void): Generator<number> {
  for (let ordinal = 0; ordinal < records.count; ordinal++) {
    if (!records.alive[ordinal]) continue
    touch(ordinal)
    yield ordinal
  }
}

/** The index words of `ordinal` among `wanted` (the query's expansions and phrase words). */
function matchedTermsOf(records: RecordTable, vocabulary: Vocabulary, ordinal: number, wanted: Set<number>): string[] {
  const found: number[] = []
  const bytes = records.streams.data
  let at = records.streamStart[ordinal]!
  const end = at + records.streamLength[ordinal]!
  while (at < end) {
    let byte = bytes[at++]!
    let value = byte & 0x7f
    for (let shift = 7; byte & 0x80; shift += 7) {
      byte = bytes[at++]!
      value |= (byte & 0x7f) << shift
    }
    const term = value >>> 1
    if (wanted.has(term) && !found.includes(term)) found.push(term)
  }
  return found.map((term) => vocabulary.terms[term]!)
}

/** A test for the query's facet, type and date filters (null when there are none). */
function compileFilters(records: RecordTable, query: ParsedQuery): ((ordinal: number) => boolean) | null {
  const { filters } = query
  const tests: Array<(ordinal: number) => boolean> = []
  if (filters.type && filters.type.length > 0) {
    const codes = new Set(filters.type.map((t) => records.kindNames.indexOf(t.toLowerCase())))
    tests.push((ordinal) => codes.has(records.kinds[ordinal]!))
  }
  for (const name of ['party', 'source', 'issue', 'tag', 'outlet'] as const) {
    const values = filters[name]
    if (!values || values.length === 0) continue
    const facet = records.facetIndex(name, false)
    const facetDictionary = records.facets[facet]
    const entries = new Set<number>()
    for (const value of values) {
      const id = facetDictionary?.idOf(value)
      if (id !== undefined) entries.add(facet * 0x1000000 + id)
    }
    tests.push((ordinal) => {
      const from = records.facetStart[ordinal]!
      const end = from + records.facetCount[ordinal]!
      for (let i = from; i < end; i++) if (entries.has(records.facetPool.data[i]!)) return true
      return false
    })
  }
  if (filters.before) {
    const limit = dateFilterStart(filters.before)
    tests.push((ordinal) => records.dates[ordinal]! > 0 && records.dates[ordinal]! < limit)
  }
  if (filters.after) {
    const limit = dateFilterEnd(filters.after)
    tests.push((ordinal) => records.dates[ordinal]! > limit)
  }
  if (tests.length === 0) return null
  return (ordinal) => {
    for (const test of tests) if (!test(ordinal)) return false
    return true
  }
}
