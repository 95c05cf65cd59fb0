import { z } from 'zod'
import type { Claim } from '../domain/annotation'
import type { Source } from '../domain/registries'
import type { PositionMatrix } from '../positions/types'

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written YYYY-MM-DD.')

/** The filters every positions view takes; they also live in the URL so a view can be reopened. */
export const positionFiltersSchema = z
  .object({
    from: day.nullable(),
    to: day.nullable(),
    outlets: z.array(z.string().max(300)).max(200),
    minReliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).nullable(),
    maxCredibility: z.number().int().min(1).max(6).nullable(),
    tagIds: z.array(z.string().min(1).max(100)).max(200),
  })
  .strict()
export type PositionFiltersInput = z.infer<typeof positionFiltersSchema>

export const getPositionsSchema = z.object({ filters: positionFiltersSchema }).strict()
export const getIssueClaimsSchema = z.object({ issueId: z.string().min(1).max(100), filters: positionFiltersSchema }).strict()
export const getEvidenceSchema = z.object({ claimIds: z.array(z.string().min(1).max(100)).max(10_000) }).strict()

export interface PositionsView extends PositionMatrix {
  /** Outlets present in the library, for the filter. */
  outlets: string[]
}

/** One claim behind a cell, with what an analyst needs to weigh it. */
export interface EvidenceItem {
  claim: Claim
  source: Source | null
  document: { id: string; title: string; outlet: string | null; publishedAt: string | null }
}
