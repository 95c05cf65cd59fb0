import type { Claim } from '../domain/annotation'
import type { ParleyDocument } from '../domain/document'
import type { Issue, Party, Source } from '../domain/registries'
import { aggregatePositions } from '../positions/aggregate'
import { cellKey, type PositionMatrix } from '../positions/types'
import type { ReportScope } from './report-options'
import type { MatrixCell, MatrixSection } from './report-types'
import { stanceLook } from '../domain/vocabulary'

/**
 * Rows or columns of the matrix: the ones the scope lists (even with nothing said: an empty row
 * is a finding too), else every one the claims in scope mention. Registry order either way.
 */
function pick<T extends { id: string }>(all: readonly T[], listed: readonly string[], mentioned: ReadonlySet<string>): T[] {
  const wanted = listed.length > 0 ? new Set(listed) : mentioned
  return all.filter((item) => wanted.has(item.id))
}

export interface PositionsInput {
  /** Claims already in scope. */
  claims: readonly Claim[]
  /** The whole library, so reprint links reach across documents outside the scope. */
  documents: readonly ParleyDocument[]
  sources: readonly Source[]
  parties: readonly Party[]
  issues: readonly Issue[]
}

/** The issue × party matrix of the claims in scope, as the Positions page computes it. */
export function reportPositions(input: PositionsInput, scope: ReportScope): PositionMatrix {
  const issues = pick(input.issues, scope.issueIds, new Set(input.claims.map((c) => c.issueId)))
  const parties = pick(input.parties, scope.partyIds, new Set(input.claims.flatMap((c) => c.partyIds)))
  // The claims are already scoped; the period and tags are passed again so the cells provably
  // follow the Positions page's filter rules.
  return aggregatePositions(
    { claims: [...input.claims], documents: [...input.documents], sources: [...input.sources], parties, issues },
    { from: scope.from, to: scope.to, tagIds: scope.tagIds },
  )
}

export function matrixCell(matrix: PositionMatrix, issueId: string, partyId: string): MatrixCell | null {
  const cell = matrix.cells[cellKey(issueId, partyId)]
  if (!cell) return null
  return {
    look: stanceLook(cell.stance),
    mixed: cell.stance === 'mixed',
    shifted: cell.shifted,
    claimCount: cell.claimCount,
    independentOutlets: cell.independentOutlets,
    firstDate: cell.firstDate,
    lastDate: cell.lastDate,
  }
}

/** The matrix section; null when no party said anything on any issue in scope. */
export function buildMatrixSection(matrix: PositionMatrix, findingsAnchors: ReadonlyMap<string, string>): MatrixSection | null {
  if (Object.keys(matrix.cells).length === 0) return null
  return {
    kind: 'matrix',
    id: 'positions',
    title: 'Positions matrix',
    columns: matrix.parties.map((p) => ({ id: p.id, name: p.name, color: p.color })),
    rows: matrix.issues.map((issue) => ({
      issueId: issue.id,
      title: issue.title,
      findingsAnchor: findingsAnchors.get(issue.id) ?? null,
      cells: matrix.parties.map((party) => matrixCell(matrix, issue.id, party.id)),
    })),
  }
}
