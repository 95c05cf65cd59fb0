import type { ImportedAnnotation, ImportedTag } from './import-w3c'

/**
 * An annotation read from any tool's file (Parley, a W3C Web Annotation tool, Recogito,
 * Hypothesis), before its document is found and its quote anchored there.
 */
export interface IncomingAnnotation {
  /** "item 3", "row 3": how the import results name it. */
  label: string
  /** The full Parley annotation when the file came from Parley; null for other tools. */
  parley: ImportedAnnotation | null
  quote: { exact: string; prefix: string; suffix: string } | null
  position: { start: number; end: number } | null
  /** What the file says about the annotated document, strongest first. */
  hints: { parleyDocumentId: string | null; textHash: string | null; urls: string[]; title: string | null }
  note: string
  /** Tag names. */
  tags: string[]
  /** Tags with their hierarchy and colours, when the file gives them (a QDA project's codes); used instead of `tags`. */
  tagTree?: ImportedTag[]
  createdAt: string | null
  updatedAt: string | null
}

export const MAX_NOTE_LENGTH = 100_000
export const MAX_QUOTE_LENGTH = 20_000

/** A Parley annotation, read strictly, as an incoming one. */
export function fromParley(annotation: ImportedAnnotation, label: string): IncomingAnnotation {
  return {
    label,
    parley: annotation,
    quote: { exact: annotation.quote.exact, prefix: annotation.quote.prefix, suffix: annotation.quote.suffix },
    position: { start: annotation.position.start, end: annotation.position.end },
    hints: { parleyDocumentId: annotation.documentId, textHash: annotation.textHash, urls: [], title: annotation.document?.title ?? null },
    note: annotation.note,
    tags: annotation.tags.map((t) => t.path),
    createdAt: annotation.createdAt,
    updatedAt: annotation.updatedAt,
  }
}
