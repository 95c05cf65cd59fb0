import { readFile } from 'node:fs/promises'
import type { AnnotationService } from '../../annotations/annotation-service'
import type { AnnotationTransfer } from '../../annotations/annotation-transfer'
import { writeFileDurable } from '../../store/durable-write'
import type { HandlerTable } from '../handler-table'

/** What is being saved: annotations (W3C JSON-LD, CSV) or a report (PDF, HTML, Markdown). */
export type SaveFormat = 'w3c' | 'csv' | 'pdf' | 'html' | 'md'

type AnnotationHandlers = Pick<HandlerTable, 'listAnnotations' | 'createAnnotation' | 'updateAnnotation' | 'deleteAnnotation' | 'exportAnnotations' | 'importAnnotations'>

export interface AnnotationFileDialogs {
  /** Asks where to save an export; null when the analyst cancels. */
  pickSavePath: (suggestedName: string, format: SaveFormat) => Promise<string | null>
  /** Asks for a JSON-LD file to import; null when the analyst cancels. */
  pickAnnotationFile: () => Promise<string | null>
}

const MAX_ANNOTATION_FILE_BYTES = 100 * 1024 * 1024

export function annotationHandlers(annotations: AnnotationService, transfer: AnnotationTransfer, dialogs: AnnotationFileDialogs): AnnotationHandlers {
  return {
    listAnnotations: ({ documentId }) => annotations.list(documentId),
    createAnnotation: (input) => annotations.create(input),
    updateAnnotation: (input) => annotations.update(input),
    async deleteAnnotation({ documentId, id }) {
      await annotations.remove(documentId, id)
      return null
    },
    async exportAnnotations({ format, documentId }) {
      const exported = await transfer.export(format, documentId)
      const path = await dialogs.pickSavePath(exported.suggestedName, format)
      if (!path) return { saved: false, path: null, count: exported.count }
      await writeFileDurable(path, exported.content)
      return { saved: true, path, count: exported.count }
    },
    async importAnnotations() {
      const path = await dialogs.pickAnnotationFile()
      if (!path) return { chosen: false, imported: 0, created: { sources: 0, parties: 0, issues: 0, tags: 0 }, skipped: [], problems: [] }
      const content = await readFile(path)
      if (content.byteLength > MAX_ANNOTATION_FILE_BYTES) throw new Error('The annotation file is over 100 MB.')
      return { chosen: true, ...(await transfer.import(content.toString('utf8'))) }
    },
  }
}
