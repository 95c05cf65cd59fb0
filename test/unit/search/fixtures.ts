import { type SearchRecord, SearchIndex } from '../../../electron/main/services/search/search-index'

/** A record with defaults, for tests. */
export function record(id: string, fields: Partial<SearchRecord> = {}): SearchRecord {
  return { id, kind: 'document', title: '', body: '', date: null, documentId: id, facets: {}, ...fields }
}

export function indexOf(records: SearchRecord[]): SearchIndex {
  const index = new SearchIndex()
  for (const r of records) index.add(r)
  return index
}

/** Ids of the hits, in rank order. */
export const ids = (index: SearchIndex, query: string, options: { limit?: number; prefixLast?: boolean } = {}) =>
  index.search(query, { limit: options.limit ?? 50, prefixLast: options.prefixLast }).hits.map((h) => h.id)

/** Neutral words that match nothing the tests search for. */
export const filler = (count: number) => Array.from({ length: count }, (_, i) => ['report', 'week', 'statement', 'officials', 'meeting', 'region'][i % 6]).join(' ')
