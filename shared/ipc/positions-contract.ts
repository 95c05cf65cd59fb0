import { z } from 'zod'
import { parleyIdSchema } from '../domain/ids'
import type { Claim } from '../domain/annotation'
import type { Source } from '../domain/registries'
import type { PositionCell, PositionMatrix } from '../positions/types'
import type { StatementReach } from '../positions/corroboration'

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written YYYY-MM-DD.')

/** The filters every positions view takes; they also live in the URL so a view can be reopened. */
export const positionFiltersSchema = z
  .object({
    from: day.nullable(),
    to: day.nullable(),
    outlets: z.array(z.string().max(300)).max(200),
    minReliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).nullable(),
    maxCredibility: z.number().int().min(1).max(6).nullable(),
    tagIds: z.array(parleyIdSchema).max(200),
  })
  .strict()
export type PositionFiltersInput = z.infer<typeof positionFiltersSchema>

export const getPositionsSchema = z.object({ filters: positionFiltersSchema }).strict()
export const getIssueClaimsSchema = z.object({ issueId: parleyIdSchema, filters: positionFiltersSchema }).strict()
export const getEvidenceSchema = z.object({ claimIds: z.array(parleyIdSchema).max(10_000) }).strict()
const claimIdSchema = parleyIdSchema
export const getStatementSchema = z.object({ claimId: claimIdSchema }).strict()
export const linkSameStatementSchema = z
  .object({ claimIds: z.array(claimIdSchema).min(2, 'Link at least two claims.').max(500) })
  .strict()
  .refine((a) => new Set(a.claimIds).size === a.claimIds.length, { message: 'A claim is named twice.', path: ['claimIds'] })
export const unlinkSameStatementSchema = z.object({ claimId: claimIdSchema }).strict()

export const getCellEvidenceSchema = z
  .object({ issueId: parleyIdSchema, partyId: parleyIdSchema, filters: positionFiltersSchema })
  .strict()

/** What a matrix cell shows; the claims behind it come with getCellEvidence, when opened. */
export type PositionCellSummary = Omit<PositionCell, 'claimIds' | 'history'>

/** The matrix for the screen: small enough to cross IPC at once for 50 issues × 20 parties. */
export interface PositionsView extends Omit<PositionMatrix, 'cells'> {
  cells: Record<string, PositionCellSummary>
  /** Outlets present in the library, for the filter. */
  outlets: string[]
}

/** One claim behind a cell, with what an analyst needs to weigh it. */
export interface EvidenceItem {
  claim: Claim
  source: Source | null
  document: { id: string; title: string; outlet: string | null; publishedAt: string | null }
  /** How widely the claim's statement (it and the claims linked with it) is reported. */
  reach: StatementReach
}

/** A claim's statement: the claims linked with it, and candidates to link. */
export interface StatementView {
  claim: EvidenceItem
  /** The other claims linked as the same statement. */
  linked: EvidenceItem[]
  /** Same source, similar quote, not yet linked; most similar first. */
  suggestions: Array<EvidenceItem & { similarity: number }>
}
