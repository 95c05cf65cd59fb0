import type { Claim } from '../domain/annotation'
import type { ParleyDocument } from '../domain/document'
import type { Source } from '../domain/registries'
import { claimDate } from '../positions/claim-date'
import type { StatementReach } from '../positions/corroboration'
import { cellKey, type PositionMatrix } from '../positions/types'
import { citationAt, type DocumentText } from './document-text'
import { paragraphsOf } from './plain-text'
import type { FindingClaim, FindingIssue, FindingsSection } from './report-types'
import { admiraltyGrade, describeGrade, REPORTING_LABELS, stanceLook } from '../domain/vocabulary'
import { countOf } from '../text/plural'

export interface FindingsInput {
  matrix: PositionMatrix
  claims: ReadonlyMap<string, Claim>
  documents: ReadonlyMap<string, ParleyDocument>
  sources: ReadonlyMap<string, Source>
  /** Reading texts of the documents whose blocks were supplied. */
  texts: ReadonlyMap<string, DocumentText>
  /** Anchors of documents in the documents section (empty when it is off). */
  documentAnchors: ReadonlyMap<string, string>
  /** How widely each claim's statement was carried, over the whole library. */
  reach: (claim: Claim) => StatementReach
}

/** Oldest first, undated last, then by id: the order an analyst reads a position develop in. */
function chronological(a: FindingClaim, b: FindingClaim): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function findingClaim(claim: Claim, input: FindingsInput): FindingClaim {
  const document = input.documents.get(claim.target.documentId)
  const source = input.sources.get(claim.sourceId)
  const text = input.texts.get(claim.target.documentId)
  const unanchored = claim.anchorStatus === 'orphaned'
  const reach = input.reach(claim)
  return {
    id: claim.id,
    quote: claim.target.quote.exact,
    look: stanceLook(claim.stance),
    reporting: REPORTING_LABELS[claim.reporting],
    sourceName: source?.name ?? 'Unknown source',
    outlet: document?.outlet ?? null,
    documentTitle: document?.title ?? 'Unknown document',
    documentAnchor: input.documentAnchors.get(claim.target.documentId) ?? null,
    date: claimDate(claim, document),
    citation: text && !unanchored ? citationAt(text, claim.target.position.start) : null,
    grade: admiraltyGrade(source, claim.credibility),
    gradeMeaning: describeGrade(source, claim.credibility),
    note: paragraphsOf(claim.note),
    needsReview: claim.anchorStatus === 'needs-review',
    unanchored,
    carriedBy: reach.claimCount > 1 ? reach : null,
  }
}

/**
 * Findings per issue, in matrix order: for each party that said something, its stance (the
 * matrix cell's) and every claim behind it. A claim naming two parties in scope appears under both.
 */
export function buildFindingIssues(input: FindingsInput, anchors: ReadonlyMap<string, string>): FindingIssue[] {
  const issues: FindingIssue[] = []
  for (const issue of input.matrix.issues) {
    const parties = input.matrix.parties.flatMap((party) => {
      const cell = input.matrix.cells[cellKey(issue.id, party.id)]
      if (!cell) return []
      const claims = cell.claimIds.flatMap((id) => {
        const claim = input.claims.get(id)
        return claim ? [findingClaim(claim, input)] : []
      })
      return [{ partyId: party.id, name: party.name, look: stanceLook(cell.stance), shifted: cell.shifted, claims: claims.sort(chronological) }]
    })
    if (parties.length === 0) continue
    issues.push({ anchor: anchors.get(issue.id)!, issueId: issue.id, title: issue.title, description: issue.description, parties })
  }
  return issues
}

export function buildFindingsSection(issues: FindingIssue[]): FindingsSection | null {
  return issues.length === 0 ? null : { kind: 'findings', id: 'findings', title: 'Findings by issue', issues }
}

/** "Same statement carried by 2 independent outlets (3 linked claims)", for linked claims only. */
export function carriedByLine(carriedBy: FindingClaim['carriedBy']): string | null {
  if (!carriedBy) return null
  return `Same statement carried by ${countOf(carriedBy.independentOutlets, 'independent outlet')} (${countOf(carriedBy.claimCount, 'linked claim')})`
}
