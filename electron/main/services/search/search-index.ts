import { Expander } from './expansion'
import { PostingPool } from './postings'
import { executeSearch, type IndexParts, Scratch, type SearchOptions } from './query-exec'
import { parseQuery, type ParsedQuery } from './query-parser'
import { RecordTable } from './records'
import { readIndex, writeIndex } from './serialize'
import { type RunVisitor, scanRuns } from './tokenize'
import { Vocabulary } from './vocabulary'
import { didYouMean } from './did-you-mean'

export type { SearchOptions } from './query-exec'
export type { ParsedQuery } from './query-parser'

/** The kinds of things the library searches; the index itself takes any string. */
export type SearchKind = 'document' | 'annotation' | 'claim' | 'source' | 'party'

/** Facet values of a record: the known facets, and any other name a new kind needs. */
export interface SearchFacets {
  outlet?: string[]
  party?: string[]
  source?: string[]
  issue?: string[]
  tag?: string[]
  [facet: string]: string[] | undefined
}

export interface SearchRecord<K extends string = SearchKind> {
  id: string
  kind: K
  title: string
  body: string
  /** YYYY, YYYY-MM, YYYY-MM-DD or an ISO timestamp; null when unknown. */
  date: string | null
  documentId: string | null
  facets: SearchFacets
}

export interface SearchHit<K extends string = SearchKind> {
  id: string
  kind: K
  /** BM25 (title words x3); ranking also uses matched words, typos and date, see ranking.ts. */
  score: number
  /** The index words this record matched, for highlighting (see snippets.ts). */
  matchedTerms: string[]
  /** Edits between the query words and the words matched, summed over query words. */
  typos: number
}

export interface SearchResult<K extends string = SearchKind> {
  /** Records matching the query and its filters. */
  total: number
  hits: Array<SearchHit<K>>
  /** Counts over ALL matching records: facet name (and "type") -> value -> count. */
  facets: Record<string, Record<string, number>>
  /** Milliseconds spent. */
  took: number
}

const TITLE_WEIGHT = 3

/**
 * Full-text search over records (documents, annotations, claims, sources, parties, ...):
 * an inverted index with typed-array postings, typo-tolerant word expansion (bigram filter,
 * Fuse.js scoring, Damerau-Levenshtein decision), BM25 ranking, phrases, exclusions, facet
 * filters and counts. No I/O: persist with `serialize()` / `SearchIndex.deserialize()`.
 * Changes are incremental; a changed record takes a new slot and the old one is dropped from
 * results at once and from memory at the next compaction.
 */
export class SearchIndex<K extends string = SearchKind> {
  private readonly parts: IndexParts
  private readonly scratch = new Scratch()
  private termCounts = new Uint32Array(1024)

  constructor(parts?: Omit<IndexParts, 'expander'>) {
    const vocabulary = parts?.vocabulary ?? new Vocabulary()
    this.parts = { vocabulary, postings: parts?.postings ?? new PostingPool(), records: parts?.records ?? new RecordTable(), expander: new Expander(vocabulary) }
  }

  /** Number of records in the index. */
  get size(): number {
    return this.parts.records.live
  }

  has(id: string): boolean {
    return this.parts.records.ordinalOf.has(id)
  }

  /** Adds a record; a record with the same id is replaced. */
  add(record: SearchRecord<K>): void {
    const { vocabulary, postings, records } = this.parts
    if (records.ordinalOf.has(record.id)) this.remove(record.id)
    const ordinal = records.allocate(record.id, record.kind, record.date, record.documentId, record.facets ?? {})
    const streams = records.streams
    const streamStart = streams.length
    const touched: number[] = []
    let length = 0
    let weight = TITLE_WEIGHT
    const count = (term: number, compound: boolean) => {
      if (term >= this.termCounts.length) {
        const grown = new Uint32Array(Math.max(term + 1, this.termCounts.length * 2))
        grown.set(this.termCounts)
        this.termCounts = grown
      }
      if (this.termCounts[term] === 0) touched.push(term)
      this.termCounts[term] = this.termCounts[term]! + weight
      if (!compound) length += weight
      streams.pushVarint(term * 2 + (compound ? 1 : 0))
    }
    const visitor: RunVisitor<number> = {
      run(text, start, end, flags, hash) {
        const term = vocabulary.internRun(text, start, end, flags, hash)
        if (term === 0) return undefined
        count(term, false)
        return term
      },
      compound(parts) {
        let joined = ''
        for (const part of parts) joined += vocabulary.terms[part]!
        count(vocabulary.intern(joined), true)
      },
    }
    scanRuns(record.title ?? '', visitor)
    streams.pushVarint(0)
    weight = 1
    scanRuns(record.body ?? '', visitor)
    records.streamStart[ordinal] = streamStart
    records.streamLength[ordinal] = streams.length - streamStart
    records.setLength(ordinal, length)
    const isAlive = (o: number) => records.alive[o] === 1
    for (const term of touched) {
      vocabulary.df[term]!++
      postings.append(term, ordinal, this.termCounts[term]!, isAlive)
      this.termCounts[term] = 0
    }
  }

  /** Adds (or replaces) many records, then packs memory: the way to build or catch up in bulk. */
  addMany(records: Iterable<SearchRecord<K>>): void {
    for (const record of records) this.add(record)
    this.compact()
  }

  /** Removes a record; returns false when there was none with this id. */
  remove(id: string): boolean {
    const { vocabulary, postings, records } = this.parts
    const ordinal = records.ordinalOf.get(id)
    if (ordinal === undefined) return false
    const terms = records.distinctTerms(ordinal)
    for (const term of terms) vocabulary.df[term]!--
    postings.deadEntries += terms.size
    records.kill(ordinal)
    // Much dead weight: pack everything (rare; costs about as much as saving).
    if (postings.deadEntries > 65_536 && postings.deadEntries > postings.entries / 3) this.compact()
    return true
  }

  /** Replaces the record with this id (or adds it). */
  update(record: SearchRecord<K>): void {
    this.add(record)
  }

  /**
   * Searches; `query` is the search box text (see query-parser.ts) or an already parsed query.
   * Never throws for odd input: what was not understood is in parseQuery(...).problems.
   */
  search(query: string | ParsedQuery, options: SearchOptions): SearchResult<K> {
    const started = performance.now()
    const parsed = typeof query === 'string' ? parseQuery(query) : query
    const raw = executeSearch(this.parts, parsed, options, this.scratch)
    const { records } = this.parts
    const hits = raw.hits.map((hit) => ({
      id: records.ids[hit.ordinal]!,
      kind: records.kindNames[records.kinds[hit.ordinal]!]! as K,
      score: hit.score,
      matchedTerms: hit.matchedTerms,
      typos: hit.typos,
    }))
    return { total: raw.total, hits, facets: raw.facets, took: performance.now() - started }
  }

  /** The query with its misspelt words corrected, when some word is not in the index as typed. */
  didYouMean(query: string, prefixLast = false): string | null {
    return didYouMean(query, parseQuery(query), this.parts.vocabulary, this.parts.expander, prefixLast)
  }

  /** Drops removed records from memory and packs the postings (results do not change). */
  compact(): void {
    const { postings, records } = this.parts
    const renumber = records.renumbering()
    postings.compact((o) => renumber[o]! >= 0, (o) => renumber[o]!)
    records.compact(renumber)
  }

  /** The whole index as bytes (removed records are dropped first). */
  serialize(): Uint8Array {
    if (this.parts.records.count !== this.parts.records.live) this.compact()
    return writeIndex(this.parts)
  }

  static deserialize<K extends string = SearchKind>(bytes: Uint8Array): SearchIndex<K> {
    return new SearchIndex<K>(readIndex(bytes))
  }

  /** Sizes, for diagnostics and benchmarks. */
  stats(): { records: number; words: number; postings: number; streamBytes: number } {
    const { vocabulary, postings, records } = this.parts
    return { records: records.live, words: vocabulary.size - 1, postings: postings.entries - postings.deadEntries, streamBytes: records.streams.length }
  }
}
