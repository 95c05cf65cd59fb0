import { z } from 'zod'
import { parleyIdSchema } from '../domain/ids'
import { credibilitySchema, reportingSchema, stanceSchema, type Annotation } from '../domain/annotation'
import { colorSchema, reliabilitySchema, sourceKindSchema, type Issue, type Party, type Source, type Tag } from '../domain/registries'

/** Argument schemas and result types of the annotation, registry and history channels. */

const idSchema = parleyIdSchema
const nameSchema = z.string().trim().min(1, 'A name is required.').max(300)
const aliasesSchema = z.array(z.string().trim().min(1).max(300)).max(100)
const newOrExistingId = idSchema.nullable()
export const registryNames = ['sources', 'parties', 'issues', 'tags'] as const
export type RegistryName = (typeof registryNames)[number]

export const claimFieldsSchema = z
  .object({
    sourceId: idSchema,
    partyIds: z.array(idSchema).min(1, 'A claim speaks for at least one party.').max(50),
    issueId: idSchema,
    stance: stanceSchema,
    reporting: reportingSchema,
    statementDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written YYYY-MM-DD.').nullable(),
    credibility: credibilitySchema,
  })
  .strict()
export type ClaimFields = z.infer<typeof claimFieldsSchema>

const annotationBodySchema = {
  color: colorSchema,
  note: z.string().max(100_000),
  tagIds: z.array(idSchema).max(200),
  claim: claimFieldsSchema.nullable(),
}

export const createAnnotationSchema = z
  .object({
    documentId: idSchema,
    kind: z.enum(['highlight', 'note', 'claim']),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    ...annotationBodySchema,
  })
  .strict()
  .refine((a) => a.end > a.start, { message: 'The selection is empty.', path: ['end'] })
  .refine((a) => (a.kind === 'claim') === (a.claim !== null), { message: 'Claim fields go with claims, and only with claims.', path: ['claim'] })
export type CreateAnnotationInput = z.infer<typeof createAnnotationSchema>

export const updateAnnotationSchema = z
  .object({
    documentId: idSchema,
    id: idSchema,
    ...annotationBodySchema,
    /** The analyst checked a re-anchored span: it is anchored again. */
    confirmPosition: z.boolean(),
  })
  .strict()
export type UpdateAnnotationInput = z.infer<typeof updateAnnotationSchema>

export const saveSourceSchema = z
  .object({ id: newOrExistingId, name: nameSchema, aliases: aliasesSchema, kind: sourceKindSchema, partyIds: z.array(idSchema).max(50), reliability: reliabilitySchema })
  .strict()
export const savePartySchema = z.object({ id: newOrExistingId, name: nameSchema, color: colorSchema, aliases: aliasesSchema }).strict()
export const saveIssueSchema = z
  .object({ id: newOrExistingId, title: nameSchema, description: z.string().max(5000), keywords: z.array(z.string().trim().min(1).max(300)).max(200).optional() })
  .strict()
export const saveTagSchema = z.object({ id: newOrExistingId, name: nameSchema, color: colorSchema, parentId: idSchema.nullable() }).strict()

export const deleteRegistryEntrySchema = z.object({ registry: z.enum(registryNames), id: idSchema }).strict()
export const mergeRegistryEntriesSchema = z
  .object({ registry: z.enum(registryNames), keepId: idSchema, mergeIds: z.array(idSchema).min(1).max(100) })
  .strict()
  .refine((m) => !m.mergeIds.includes(m.keepId), { message: 'An entry cannot be merged into itself.', path: ['mergeIds'] })

export interface RegistriesView {
  sources: Source[]
  parties: Party[]
  issues: Issue[]
  tags: Tag[]
  /** How many annotations (for sources and issues: claims) use each entry, by id. */
  usage: Record<RegistryName, Record<string, number>>
}

export interface HistoryState {
  undoLabel: string | null
  redoLabel: string | null
}

export interface HistoryChange {
  /** What was undone or redone, e.g. "Create claim"; null when there was nothing to do. */
  label: string | null
  documentIds: string[]
  state: HistoryState
}

export interface AnnotationExportResult {
  /** False when the analyst cancelled the save dialog. */
  saved: boolean
  path: string | null
  count: number
}

export interface AnnotationImportResult {
  chosen: boolean
  /** Annotations placed in a document (those needing review included). */
  imported: number
  /** Of those, placed by a fuzzy match or chosen among several occurrences: worth a look. */
  needsReview: number
  /** Annotations whose document or words were not found, each with why. */
  notPlaced: Array<{ label: string; reason: string }>
  /** Which tool's format the file was read as; null when it was not an annotation file. */
  fileKind: string | null
  /** A QDA project brings its texts too: documents imported, and those already in the library. */
  documents?: { imported: number; reused: number }
  created: Record<RegistryName, number>
  skipped: Array<{ id: string; reason: string }>
  problems: string[]
}

export type { Annotation }
