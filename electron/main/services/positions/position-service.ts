import type { Claim } from '../../../../shared/domain/annotation'
import type { EvidenceItem, PositionFiltersInput, PositionsView, StatementView } from '../../../../shared/ipc/positions-contract'
import { ParleyError } from '../../../../shared/ipc/errors'
import { aggregatePositions } from '../../../../shared/positions/aggregate'
import { statementOf, statementReachIndex, suggestSameStatement } from '../../../../shared/positions/corroboration'
import { independenceIndex } from '../../../../shared/positions/independence'
import { cellKey, type PositionMatrix } from '../../../../shared/positions/types'
import type { LibraryStore } from '../store/library-store'
import { allClaims } from '../annotations/library-claims'

/** The positions matrix, its evidence and claims' statements, by the rules in shared/positions. */
export class PositionService {
  constructor(private readonly store: LibraryStore) {}

  /** The whole matrix, with the claim ids and stance history behind every cell. */
  async fullMatrix(filters: PositionFiltersInput): Promise<PositionMatrix> {
    return (await this.aggregate(filters)).matrix
  }

  /**
   * The claims and the matrix over them; `only` narrows it to one issue (and party), so opening
   * one cell or one issue aggregates just that, not the whole library's matrix.
   */
  private async aggregate(filters: PositionFiltersInput, only?: { issueId: string; partyId?: string }): Promise<{ claims: Claim[]; matrix: PositionMatrix }> {
    const data = this.store.data
    const claims = await allClaims(this.store)
    const issues = only ? data.issues.filter((i) => i.id === only.issueId) : data.issues
    const parties = only?.partyId ? data.parties.filter((p) => p.id === only.partyId) : data.parties
    return { claims, matrix: aggregatePositions({ claims, documents: [...data.documents], sources: data.sources, parties, issues }, filters) }
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
    const { claims, matrix } = await this.aggregate(filters, { issueId, partyId })
    const cell = matrix.cells[cellKey(issueId, partyId)]
    return cell ? this.describeSome(claims, cell.claimIds) : []
  }

  /** Every claim on one issue that passes the filters, with its source and document. */
  async issueClaims(issueId: string, filters: PositionFiltersInput): Promise<EvidenceItem[]> {
    const { claims, matrix } = await this.aggregate(filters, { issueId })
    return this.describeSome(claims, Object.values(matrix.cells).flatMap((cell) => cell.claimIds))
  }

  async evidence(claimIds: string[]): Promise<EvidenceItem[]> {
    return this.describeSome(await allClaims(this.store), claimIds)
  }

  /** The claims with these ids (each once, library order), described. */
  private describeSome(claims: Claim[], claimIds: readonly string[]): EvidenceItem[] {
    const wanted = new Set(claimIds)
    return claims.filter((c) => wanted.has(c.id)).map(this.describer(claims))
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
