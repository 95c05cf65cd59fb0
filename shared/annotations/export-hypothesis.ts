import type { AnnotationExportInput } from './export-w3c'
import { tagPath } from './export-w3c'

/**
 * Annotations in the shape of a Hypothesis export ({export_date, annotations: [rows]}): each row
 * with its document's address (its web address when known, else its Parley URN), title, quote,
 * position, note as text and tags by name. Hypothesis and any tool that reads its exports can
 * take it; Parley reads it back through the same path as a real Hypothesis file.
 */
export function exportHypothesis(input: AnnotationExportInput & { exportedAt: string }): object {
  const documents = new Map(input.documents.map((d) => [d.id, d]))
  const tagsById = new Map(input.tags.map((t) => [t.id, t]))
  const rows = input.annotations
    .filter((a) => a.anchorStatus !== 'orphaned')
    .map((annotation) => {
      const document = documents.get(annotation.target.documentId)
      const uri = document?.url ?? `urn:parley:document:${annotation.target.documentId}`
      return {
        id: annotation.id,
        created: annotation.createdAt,
        updated: annotation.updatedAt,
        uri,
        text: annotation.note,
        tags: annotation.tagIds.map((id) => tagsById.get(id)).filter((t) => t !== undefined).map((t) => tagPath(t, tagsById)),
        document: { title: document ? [document.title] : [] },
        target: [
          {
            source: uri,
            selector: [
              { type: 'TextQuoteSelector', exact: annotation.target.quote.exact, prefix: annotation.target.quote.prefix, suffix: annotation.target.quote.suffix },
              { type: 'TextPositionSelector', start: annotation.target.position.start, end: annotation.target.position.end },
            ],
          },
        ],
      }
    })
  return { export_date: input.exportedAt, annotations: rows }
}
