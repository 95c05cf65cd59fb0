import type { Claim } from '../../../../shared/domain/annotation'
import type { EvidenceItem, PositionFiltersInput, PositionsView } from '../../../../shared/ipc/positions-contract'
import { aggregatePositions } from '../../../../shared/positions/aggregate'
import type { LibraryStore } from '../store/library-store'

/** Every claim in the library, read once per request from the annotation store's cache. */
async function allClaims(store: LibraryStore): Promise<Claim[]> {
  const claims: Claim[] = []
  for (const list of (await store.annotations.loadAll()).values()) for (const a of list) if (a.kind === 'claim') claims.push(a)
  return claims
}

/** The positions matrix and its evidence, from the claims, by the rules in shared/positions. */
export class PositionService {
  constructor(private readonly store: LibraryStore) {}

  async matrix(filters: PositionFiltersInput): Promise<PositionsView> {
    const data = this.store.data
    const matrix = aggregatePositions({ claims: await allClaims(this.store), documents: [...data.documents], sources: data.sources, parties: data.parties, issues: data.issues }, filters)
    const outlets = [...new Set(data.documents.map((d) => d.outlet).filter((o): o is string => Boolean(o)))].sort()
    return { ...matrix, outlets }
  }

  /** Every claim on one issue that passes the filters, with its source and document. */
  async issueClaims(issueId: string, filters: PositionFiltersInput): Promise<EvidenceItem[]> {
    const matrix = await this.matrix(filters)
    const ids = Object.values(matrix.cells).filter((cell) => cell.issueId === issueId).flatMap((cell) => cell.claimIds)
    return this.evidence([...new Set(ids)])
  }

  async evidence(claimIds: string[]): Promise<EvidenceItem[]> {
    const wanted = new Set(claimIds)
    const data = this.store.data
    const claims = (await allClaims(this.store)).filter((c) => wanted.has(c.id))
    return claims.map((claim) => {
      const document = data.documents.find((d) => d.id === claim.target.documentId)
      return {
        claim,
        source: data.sources.find((s) => s.id === claim.sourceId) ?? null,
        document: { id: claim.target.documentId, title: document?.title ?? 'Missing document', outlet: document?.outlet ?? null, publishedAt: document?.publishedAt ?? null },
      }
    })
  }
}
