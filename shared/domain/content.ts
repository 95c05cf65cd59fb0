import { z } from 'zod'

export const blockKindSchema = z.enum(['paragraph', 'heading', 'quote', 'list-item', 'speech'])
export type BlockKind = z.infer<typeof blockKindSchema>

/** Why a block is not part of the reading text, and who decided. */
export const removalSchema = z.object({
  reason: z.string().min(1).max(100),
  by: z.enum(['importer', 'analyst']),
})
export type Removal = z.infer<typeof removalSchema>

/**
 * Who speaks a 'speech' block: a transcript's speaker header ("VLADIMIR PUTIN RUSSIAN PRESIDENT")
 * or an interview line ("PUTIN: …"). The block's text is the words spoken; claim suggestions
 * read the speaker from here.
 */
export const speakerSchema = z.object({
  name: z.string().min(1).max(200),
  /** Role or affiliation as the text gives it ("Russian President"), if any. */
  role: z.string().min(1).max(300).nullable(),
})
export type Speaker = z.infer<typeof speakerSchema>

/**
 * One block of a document as imported. Removed blocks (paywall, disclaimers, …) are kept so the
 * analyst can see and restore them: nothing the importer drops is lost.
 */
export const contentBlockSchema = z.object({
  kind: blockKindSchema,
  /** Normalised; never contains a blank line, so blocks join unambiguously. */
  text: z.string().min(1),
  /** 1-based page in a paged original (PDF), for citations. */
  page: z.number().int().positive().nullable(),
  removed: removalSchema.nullable(),
  /** Set on 'speech' blocks only; absent in blocks stored before speech blocks existed. */
  speaker: speakerSchema.nullable().optional(),
})
export type ContentBlock = z.infer<typeof contentBlockSchema>

export const documentContentSchema = z.object({
  documentId: z.string().min(1),
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
  blocks: z.array(contentBlockSchema),
})
export type DocumentContent = z.infer<typeof documentContentSchema>

export const BLOCK_SEPARATOR = '\n\n'

/** A block placed in the reading text: kept blocks have offsets, removed ones do not. */
export interface PlacedBlock extends ContentBlock {
  index: number
  start: number | null
  end: number | null
}

/**
 * The reading text of a document: its kept blocks joined by a blank line. Annotations anchor into
 * this string, so this is the one place that decides it.
 */
export function composeText(blocks: readonly ContentBlock[]): { text: string; placed: PlacedBlock[] } {
  let text = ''
  const placed = blocks.map((block, index): PlacedBlock => {
    if (block.removed) return { ...block, index, start: null, end: null }
    if (text.length > 0) text += BLOCK_SEPARATOR
    const start = text.length
    text += block.text
    return { ...block, index, start, end: text.length }
  })
  return { text, placed }
}

/** Blocks for a text stored before blocks existed: one paragraph per blank-line-separated run. */
export function blocksFromText(text: string): ContentBlock[] {
  return text
    .split(BLOCK_SEPARATOR)
    .filter((part) => part.length > 0)
    .map((part) => ({ kind: 'paragraph', text: part, page: null, removed: null }))
}
