import { z } from 'zod'

/** The search channel: a query in the palette or search page, with paging and facet counts. */
export const searchArgsSchema = z
  .object({
    query: z.string().max(1000),
    limit: z.number().int().min(1).max(200),
    offset: z.number().int().min(0).max(100_000),
    /** While typing: the last word also matches as a prefix. */
    prefixLast: z.boolean(),
  })
  .strict()

export type SearchKind = 'document' | 'annotation' | 'claim' | 'source' | 'party'

export interface SearchHit {
  id: string
  kind: SearchKind
  documentId: string | null
  title: string
  subtitle: string
  snippet: { text: string; highlights: Array<{ start: number; end: number }> }
  /** The index words that matched, for highlighting in the reader. */
  matchedTerms: string[]
  score: number
}

export interface SearchResponse {
  total: number
  hits: SearchHit[]
  facets: Record<string, Record<string, number>>
  took: number
  /** The query with misspelt words corrected, when a word matched nothing as typed. */
  didYouMean: string | null
}
