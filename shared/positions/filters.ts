import type { Claim } from '../domain/annotation'
import type { ParleyDocument } from '../domain/document'
import type { Reliability, Source } from '../domain/registries'
import { claimDate } from './claim-date'

export interface PositionFilters {
  /** Inclusive YYYY-MM-DD bounds on the claim's statementDate, else its document's publishedAt. */
  from?: string | null
  to?: string | null
  /** Keep claims whose document's outlet is one of these (exact match); empty or absent: all. */
  outlets?: string[]
  /** A best: keep sources at least this reliable. F ("cannot be judged") counts as least reliable. */
  minReliability?: Reliability | null
  /** Credibility 1 best … 6: keep claims with credibility <= this. */
  maxCredibility?: number | null
  /** Keep claims carrying at least one of these tags; empty or absent: all. */
  tagIds?: string[]
}

/** Lookups the filters need; build them once with indexById. */
export interface FilterContext {
  documents: ReadonlyMap<string, ParleyDocument>
  sources: ReadonlyMap<string, Source>
}

const RELIABILITY_RANK: Record<Reliability, number> = { A: 0, B: 1, C: 2, D: 3, E: 4, F: 5 }

/** Whether a source passes minReliability; an unknown source counts as F (least reliable). */
export function meetsReliability(source: Source | undefined, minReliability: Reliability): boolean {
  return RELIABILITY_RANK[source?.reliability ?? 'F'] <= RELIABILITY_RANK[minReliability]
}

/**
 * Claims that pass every filter set. With a date bound set, a claim with no date at all (no
 * statementDate, no publishedAt) is dropped: it cannot be shown to fall in the range.
 */
export function filterClaims(claims: readonly Claim[], context: FilterContext, filters: PositionFilters = {}): Claim[] {
  const from = filters.from || null
  const to = filters.to || null
  const outlets = filters.outlets && filters.outlets.length > 0 ? new Set(filters.outlets) : null
  const minReliability = filters.minReliability ?? null
  const maxCredibility = filters.maxCredibility ?? null
  const tagIds = filters.tagIds && filters.tagIds.length > 0 ? new Set(filters.tagIds) : null
  if (!from && !to && !outlets && !minReliability && maxCredibility === null && !tagIds) return [...claims]

  return claims.filter((claim) => {
    if (maxCredibility !== null && claim.credibility > maxCredibility) return false
    if (tagIds && !claim.tagIds.some((id) => tagIds.has(id))) return false
    if (minReliability && !meetsReliability(context.sources.get(claim.sourceId), minReliability)) return false
    const document = context.documents.get(claim.target.documentId)
    if (outlets && (document?.outlet == null || !outlets.has(document.outlet))) return false
    if (from || to) {
      const date = claimDate(claim, document)
      if (date === null || (from && date < from) || (to && date > to)) return false
    }
    return true
  })
}
