import { z } from 'zod'
import { parleyIdSchema } from '../domain/ids'
import type { IncomingAnnotation } from './incoming'

/** An imported annotation that found no place, kept until the analyst assigns or discards it. */
export interface UnplacedAnnotation {
  id: string
  /** The file it came from, and its place there ("item 3"). */
  fileName: string
  label: string
  reason: string
  importedAt: string
  incoming: IncomingAnnotation
}

const text = (max: number) => z.string().max(max)
const incomingSchema = z.object({
  label: text(200),
  parley: z.unknown().nullable(),
  quote: z.object({ exact: text(20_000), prefix: text(2000), suffix: text(2000) }).nullable(),
  position: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).nullable(),
  hints: z.object({ parleyDocumentId: text(200).nullable(), textHash: text(200).nullable(), urls: z.array(text(4000)).max(20), title: text(2000).nullable() }),
  note: text(100_000),
  tags: z.array(text(400)).max(200),
  createdAt: text(40).nullable(),
  updatedAt: text(40).nullable(),
})
export const unplacedListSchema = z.array(
  z.object({ id: parleyIdSchema, fileName: text(1000), label: text(200), reason: text(1000), importedAt: text(40), incoming: incomingSchema }),
)

/** What the renderer shows of one: enough to recognise it and choose its document. */
export interface UnplacedView {
  id: string
  fileName: string
  label: string
  reason: string
  quote: string | null
  note: string
  tags: string[]
  documentHint: string | null
}

export const unplacedView = (u: UnplacedAnnotation): UnplacedView => ({
  id: u.id,
  fileName: u.fileName,
  label: u.label,
  reason: u.reason,
  quote: u.incoming.quote?.exact ?? null,
  note: u.incoming.note,
  tags: u.incoming.tags,
  documentHint: u.incoming.hints.title ?? u.incoming.hints.urls[0] ?? null,
})
