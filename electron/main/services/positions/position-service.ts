import type { Claim } from '../../../../shared/domain/annotation'
import type { EvidenceItem, PositionFiltersInput, PositionsView, StatementView } from '../../../../shared/ipc/positions-contract'
import { ParleyError } from '../../../../shared/ipc/errors'
import { aggregatePositions } from '../../../../shared/positions/aggregate'
import { statementOf, statementReachIndex, suggestSameStatement } from '../../../../shared/positions/corroboration'
import { independenceIndex } from '../../../../shared/positions/independence'
import { cellKey, type PositionMatrix } from '../../../../shared/positions/types'
import type { LibraryStore } from '../store/library-store'

/** Every claim in the library, read once per request from the annotation store's cache. */
export async function allClaims(store: LibraryStore): Promise<Claim[]> {
  const claims: Claim[] = []
  for (const list of (await store.annotations.loadAll()).values()) for (const a of list) if (a.kind === 'claim') claims.push(a)
  return claims
}

/** The positions matrix, its evidence and claims' statements, by the rules in shared/positions. */
export class PositionService {
  constructor(private readonly store: LibraryStore) {}

  /** The whole matrix, with the claim ids and stance history behind every cell. */
  async fullMatrix(filters: PositionFiltersInput): Promise<PositionMatrix> {
    const data = this.store.data
    return aggregatePositions({ claims: await allClaims(this.store), documents: [...data.documents], sources: data.sources, parties: data.parties, issues: data.issues }, filters)
  }

  /** The matrix as the screen shows it: cell summaries, and the outlets to filter by. */
  async matrix(filters: PositionFiltersInput): Promise<PositionsView> {
    const { cells, ...matrix } = await this.fullMatrix(filters)
    const summaries: PositionsView['cells'] = {}
    for (const [key, { claimIds, history, ...summary }] of Object.entries(cells)) {
      void [claimIds, history]
      summaries[key] = summary
    }
    const outlets = [...new Set(this.store.data.documents.map((d) => d.outlet).filter((o): o is string => Boolean(o)))].sort()
    return { ...matrix, cells: summaries, outlets }
  }

  /** The claims behind one cell under the filters; none when the cell is empty. */
  async cellEvidence(issueId: string, partyId: string, filters: PositionFiltersInput): Promise<EvidenceItem[]> {
    const cell = (await this.fullMatrix(filters)).cells[cellKey(issueId, partyId)]
    return cell ? this.evidence(cell.claimIds) : []
  }

  /** Every claim on one issue that passes the filters, with its source and document. */
  async issueClaims(issueId: string, filters: PositionFiltersInput): Promise<EvidenceItem[]> {
    const matrix = await this.fullMatrix(filters)
    const ids = Object.values(matrix.cells).filter((cell) => cell.issueId === issueId).flatMap((cell) => cell.claimIds)
    return this.evidence([...new Set(ids)])
  }

  async evidence(claimIds: string[]): Promise<EvidenceItem[]> {
    const wanted = new Set(claimIds)
    const claims = await allClaims(this.store)
    const describe = this.describer(claims)
    return claims.filter((c) => wanted.has(c.id)).map(describe)
  }

  /** A claim's statement: what is linked with it and what might be. */
  async statement(claimId: string): Promise<StatementView> {
    const claims = await allClaims(this.store)
    const claim = claims.find((c) => c.id === claimId)
    if (!claim) throw new ParleyError('not-found', `No claim ${claimId} in this library.`)
    const describe = this.describer(claims)
    return {
      claim: describe(claim),
      linked: statementOf(claim, claims).filter((c) => c.id !== claim.id).map(describe),
      suggestions: suggestSameStatement(claim, claims).map((s) => ({ ...describe(s.claim), similarity: s.similarity })),
    }
  }

  /** Describes claims against one snapshot of the library: lookups are built once. */
  private describer(claims: Claim[]): (claim: Claim) => EvidenceItem {
    const data = this.store.data
    const documents = new Map(data.documents.map((d) => [d.id, d]))
    const sources = new Map(data.sources.map((s) => [s.id, s]))
    const reach = statementReachIndex(claims, independenceIndex(data.documents))
    return (claim) => {
      const document = documents.get(claim.target.documentId)
      return {
        claim,
        source: sources.get(claim.sourceId) ?? null,
        document: { id: claim.target.documentId, title: document?.title ?? 'Missing document', outlet: document?.outlet ?? null, publishedAt: document?.publishedAt ?? null },
        reach: reach(claim),
      }
    }
  }
}
