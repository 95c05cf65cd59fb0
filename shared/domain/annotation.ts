import { z } from 'zod'
import { colorSchema } from './registries'

const idSchema = z.string().min(1).max(100)

/** W3C Web Annotation TextQuoteSelector: re-finds a span when offsets drift. */
export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(20000),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
})

/** W3C Web Annotation TextPositionSelector over the document's normalised text. */
export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, 'a position selector must span at least one character')

export const annotationTargetSchema = z.object({
  documentId: idSchema,
  /** Hash of the text the selectors were made against, to detect text changes. */
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
  quote: textQuoteSelectorSchema,
  position: textPositionSelectorSchema,
})

export const anchorStatusSchema = z.enum(['anchored', 'needs-review', 'orphaned'])
export const stanceSchema = z.enum(['supports', 'opposes', 'conditional', 'wary', 'neutral', 'unclear'])
export const reportingSchema = z.enum(['direct-quote', 'paraphrase', 'third-party'])
/** Admiralty information credibility: 1 confirmed … 5 improbable, 6 cannot be judged. */
export const credibilitySchema = z.number().int().min(1).max(6)

const annotationBase = {
  id: idSchema,
  target: annotationTargetSchema,
  color: colorSchema,
  /** Markdown written by the analyst; rendered escaped. */
  note: z.string().max(100000),
  tagIds: z.array(idSchema).max(200),
  anchorStatus: anchorStatusSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
}

export const highlightSchema = z.object({ ...annotationBase, kind: z.literal('highlight') })
export const noteSchema = z.object({ ...annotationBase, kind: z.literal('note') })
export const claimSchema = z.object({
  ...annotationBase,
  kind: z.literal('claim'),
  sourceId: idSchema,
  /** Defaults to the source's parties; the analyst may override. */
  partyIds: z.array(idSchema).min(1).max(50),
  issueId: idSchema,
  stance: stanceSchema,
  reporting: reportingSchema,
  statementDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  credibility: credibilitySchema,
  /**
   * Claims linked as one statement (the same quote carried by several outlets) share this id;
   * null when the claim stands alone. Absent in files written before linking existed.
   */
  statementId: idSchema.nullable().default(null),
})

export const annotationSchema = z.discriminatedUnion('kind', [highlightSchema, noteSchema, claimSchema])
export type Annotation = z.infer<typeof annotationSchema>
export type Claim = z.infer<typeof claimSchema>
