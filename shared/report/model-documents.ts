import type { Annotation } from '../domain/annotation'
import type { ContentBlock } from '../domain/content'
import type { ParleyDocument } from '../domain/document'
import type { Source } from '../domain/registries'
import { documentText } from './document-text'
import { buildPassages, placeAnnotations } from './model-passages'
import { excerpt, paragraphsOf } from './plain-text'
import type { DocumentTextMode } from './report-options'
import { dayOf } from './report-scope'
import type { Footnote, ReportDocumentEntry, UnanchoredAnnotation } from './report-types'
import { ANNOTATION_KIND_LABELS, stanceLook } from '../domain/vocabulary'

/** A footnote recalls what it annotates; the passage itself is in the text above it. */
const FOOTNOTE_QUOTE_CHARS = 160

/** Hands out footnote numbers consecutively through the whole report. */
export class FootnoteCounter {
  private next = 1
  take(): number {
    return this.next++
  }
}

export interface DocumentsInput {
  /** In report order. */
  documents: readonly ParleyDocument[]
  /** Annotations in scope, any order. */
  annotations: readonly Annotation[]
  texts: Readonly<Record<string, ContentBlock[]>>
  sources: ReadonlyMap<string, Source>
  mode: DocumentTextMode
  /** Anchor of each shown document, by id. */
  anchors: ReadonlyMap<string, string>
}

/** "Note", "Highlight", or "Claim — Vladimir Putin, Supports". */
export function annotationLabel(annotation: Annotation, sources: ReadonlyMap<string, Source>): string {
  if (annotation.kind !== 'claim') return ANNOTATION_KIND_LABELS[annotation.kind]
  const source = sources.get(annotation.sourceId)?.name ?? 'unknown source'
  return `${ANNOTATION_KIND_LABELS.claim} — ${source}, ${stanceLook(annotation.stance).label}`
}

const byPosition = (a: Annotation, b: Annotation) =>
  a.target.position.start - b.target.position.start || a.target.position.end - b.target.position.end || (a.id < b.id ? -1 : 1)

/**
 * One entry per document: its text (full, or the annotated passages) with highlights and
 * footnote markers, then the annotations that could not be placed, then its footnotes.
 */
export function buildDocumentEntries(input: DocumentsInput, counter: FootnoteCounter): ReportDocumentEntry[] {
  const byDocument = new Map<string, Annotation[]>()
  for (const annotation of input.annotations) {
    const list = byDocument.get(annotation.target.documentId)
    if (list) list.push(annotation)
    else byDocument.set(annotation.target.documentId, [annotation])
  }
  const titles = new Map(input.documents.map((d) => [d.id, d.title]))

  return input.documents.map((document): ReportDocumentEntry => {
    const annotations = (byDocument.get(document.id) ?? []).sort(byPosition)
    const blocks = input.texts[document.id]
    const text = documentText(blocks ?? [])
    const { placed, unplaced } = blocks ? placeAnnotations(text, annotations) : { placed: [], unplaced: annotations }
    const footnotes: Footnote[] = []
    const footnoteOf = (annotation: Annotation): number | null => {
      // Every claim is cited (who said it, on which issue); other annotations only when they carry a note.
      if (annotation.kind !== 'claim' && annotation.note.trim() === '') return null
      const number = counter.take()
      footnotes.push({ number, label: annotationLabel(annotation, input.sources), quote: excerpt(annotation.target.quote.exact, FOOTNOTE_QUOTE_CHARS), note: paragraphsOf(annotation.note) })
      return number
    }
    const passages = buildPassages(text, placed, input.mode, footnoteOf)
    const unanchored = unplaced.map((annotation): UnanchoredAnnotation => ({
      id: annotation.id,
      label: annotationLabel(annotation, input.sources),
      quote: annotation.target.quote.exact,
      color: annotation.color,
      footnote: footnoteOf(annotation),
    }))
    return {
      anchor: input.anchors.get(document.id)!,
      documentId: document.id,
      title: document.title,
      outlet: document.outlet,
      byline: document.byline,
      date: dayOf(document.publishedAt),
      sameStoryAs: document.sameStoryAs.flatMap((id) => titles.get(id) ?? []),
      textAvailable: blocks !== undefined,
      passages,
      unanchored,
      footnotes,
    }
  })
}
