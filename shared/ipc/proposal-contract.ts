import { z } from 'zod'
import { parleyIdSchema } from '../domain/ids'
import { claimFieldsSchema } from './annotation-contract'
import type { ClaimProposal } from '../proposals/types'

/** Argument schemas and result types of the claim-proposal channels. */

const proposalKeySchema = z.string().regex(/^[a-z-]{3}-[0-9a-f]{8}-[0-9a-f]{8}$/, 'not a proposal key Parley made')
const proposalRefSchema = z.object({ documentId: parleyIdSchema, key: proposalKeySchema }).strict()

/** One document's proposals still to review, or why there are none. */
export interface DocumentProposals {
  documentId: string
  proposals: ClaimProposal[]
  dismissedCount: number
  /** Said when nothing can be proposed (a document not in English, an empty text). */
  notice: string | null
}

export const listDocumentProposalsSchema = z.object({ documentId: parleyIdSchema }).strict()

export const suggestClaimsSchema = z
  .object({
    /** null: every document in the library. */
    documentIds: z.array(parleyIdSchema).min(1).max(100_000).nullable(),
    /** Find the statements again even where the text has not changed. */
    force: z.boolean(),
    progressId: parleyIdSchema.optional(),
  })
  .strict()

export interface SuggestClaimsResult {
  documents: number
  proposals: number
  /** Documents nothing could be proposed for, with the reason. */
  skipped: Array<{ documentId: string; title: string; reason: string }>
}

export const reviewQueueSchema = z.object({ limit: z.number().int().min(1).max(20_000) }).strict()

export interface ReviewQueue {
  proposals: ClaimProposal[]
  /** All proposals waiting, when more than `limit` were. */
  total: number
  titles: Record<string, string>
  documentsAnalysed: number
  documentsNotAnalysed: number
}

export const dismissProposalsSchema = z.object({ items: z.array(proposalRefSchema).min(1).max(20_000) }).strict()

export const acceptProposalsSchema = z
  .object({
    items: z.array(proposalRefSchema.extend({ claim: claimFieldsSchema.partial().strict().optional() }).strict()).min(1).max(20_000),
  })
  .strict()

export interface AcceptProposalsResult {
  accepted: number
  /** Left in the queue: a claim needs an issue, a party and a source; the analyst chooses them. */
  needsChoice: Array<{ documentId: string; key: string; reason: string }>
  createdSources: number
}
