import { claimDate, indexById } from './claim-date'
import { filterClaims, type PositionFilters } from './filters'
import { independenceIndex, type IndependenceIndex } from './independence'
import { currentPoint, decidingClaims, hasShifted, newestFirst, stanceHistory, stanceSince } from './stance-rules'
import { cellKey, type DatedClaim, type PositionCell, type PositionInput, type PositionMatrix } from './types'

/** One cell from its claims (any order, all already dated); null when there are none. */
export function positionCell(issueId: string, partyId: string, claims: readonly DatedClaim[], independence: IndependenceIndex): PositionCell | null {
  if (claims.length === 0) return null
  const sorted = [...claims].sort(newestFirst)
  const history = stanceHistory(decidingClaims(sorted))
  const current = currentPoint(history)!
  const { since, previous } = stanceSince(history)
  let firstDate: string | null = null
  for (let i = sorted.length - 1; i >= 0 && firstDate === null; i--) firstDate = sorted[i]!.date
  return {
    issueId,
    partyId,
    stance: current.stance,
    shifted: hasShifted(history),
    claimIds: sorted.map((c) => c.claim.id),
    decisiveClaimIds: current.claimIds,
    claimCount: sorted.length,
    independentOutlets: independence.count(sorted.map((c) => c.claim.target.documentId)),
    firstDate,
    lastDate: sorted[0]!.date,
    since,
    previousStance: previous,
    history,
  }
}

/**
 * The issue × party matrix of stated positions. Claims are filtered, dated and grouped once; a
 * claim counts for every party it names. Only parties and issues in the input get cells, and a
 * cell exists only when the party has at least one (filtered) claim on the issue.
 */
export function aggregatePositions(input: PositionInput, filters?: PositionFilters): PositionMatrix {
  const documents = indexById(input.documents)
  const claims = filters ? filterClaims(input.claims, { documents, sources: indexById(input.sources) }, filters) : input.claims
  const partyIds = new Set(input.parties.map((p) => p.id))
  const issueIds = new Set(input.issues.map((i) => i.id))

  const groups = new Map<string, { issueId: string; partyId: string; claims: DatedClaim[] }>()
  for (const claim of claims) {
    if (!issueIds.has(claim.issueId)) continue
    const dated: DatedClaim = { claim, date: claimDate(claim, documents.get(claim.target.documentId)) }
    for (const partyId of new Set(claim.partyIds)) {
      if (!partyIds.has(partyId)) continue
      const key = cellKey(claim.issueId, partyId)
      const group = groups.get(key)
      if (group) group.claims.push(dated)
      else groups.set(key, { issueId: claim.issueId, partyId, claims: [dated] })
    }
  }

  const independence = independenceIndex(input.documents)
  const cells: Record<string, PositionCell> = {}
  for (const [key, group] of groups) {
    const cell = positionCell(group.issueId, group.partyId, group.claims, independence)
    if (cell) cells[key] = cell
  }
  return { issues: [...input.issues], parties: [...input.parties], cells }
}
