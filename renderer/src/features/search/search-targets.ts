import type { SearchHit } from '../../../../shared/ipc/contract'
import type { Route } from '../../app/use-hash-route'

export const kindLabels: Record<SearchHit['kind'], string> = {
  document: 'Documents',
  claim: 'Claims',
  annotation: 'Highlights and notes',
  source: 'Sources',
  party: 'Parties',
}

export const kindNames: Record<SearchHit['kind'], string> = {
  document: 'Document',
  claim: 'Claim',
  annotation: 'Highlight or note',
  source: 'Source',
  party: 'Party',
}

export const kindOrder: SearchHit['kind'][] = ['document', 'claim', 'annotation', 'source', 'party']

/** Where a hit leads: the reader at the match (with every match highlighted), or a registry. */
export function routeForHit(hit: SearchHit): Route {
  if (hit.kind === 'source') return { page: 'sources' }
  if (hit.kind === 'party') return { page: 'parties' }
  return {
    page: 'reader',
    documentId: hit.documentId ?? hit.id,
    find: hit.matchedTerms,
    ...(hit.kind === 'claim' || hit.kind === 'annotation' ? { annotationId: hit.id } : {}),
  }
}
