import type { Claim } from '../domain/annotation'
import type { ParleyDocument } from '../domain/document'
import type { Issue, Party, Source } from '../domain/registries'

export type Stance = Claim['stance']
export type CellStance = Stance | 'mixed'

export interface HistoryPoint {
  /** null: the undated claims, always the first point when present. */
  date: string | null
  stance: CellStance
  claimIds: string[]
}

export interface PositionCell {
  issueId: string
  partyId: string
  stance: CellStance
  shifted: boolean
  /** Every claim behind the cell, newest first (undated last). */
  claimIds: string[]
  /** The claims that decided `stance`: deciding claims on the latest date. */
  decisiveClaimIds: string[]
  claimCount: number
  independentOutlets: number
  firstDate: string | null
  lastDate: string | null
  /** When the current stance began, and the definite stance before it; null when it never changed. */
  since: string | null
  previousStance: CellStance | null
  /** Deciding claims per date, oldest first, one point per date. */
  history: HistoryPoint[]
}

export interface PositionMatrix {
  issues: Issue[]
  parties: Party[]
  /** Keyed `${issueId}|${partyId}`; no entry when the party made no claim on the issue. */
  cells: Record<string, PositionCell>
}

export interface PositionInput {
  claims: Claim[]
  documents: ParleyDocument[]
  sources: Source[]
  parties: Party[]
  issues: Issue[]
}

/** A claim with its resolved date, so rules never look a document up again. */
export interface DatedClaim {
  claim: Claim
  date: string | null
}

export const cellKey = (issueId: string, partyId: string) => `${issueId}|${partyId}`
