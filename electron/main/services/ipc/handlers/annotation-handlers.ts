import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { ParleyError } from '../../../../../shared/ipc/errors'
import type { AnnotationService } from '../../annotations/annotation-service'
import type { AnnotationTransfer } from '../../annotations/annotation-transfer'
import { writeFileDurable } from '../../store/durable-write'
import type { HandlerTable } from '../handler-table'

/** What is being saved: annotations (W3C JSON-LD, CSV) or a report (PDF, HTML, Markdown). */
export type SaveFormat = 'w3c' | 'csv' | 'qdpx' | 'pdf' | 'html' | 'md'

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
      return { chosen: true, ...(await transfer.import(await readAnnotationFile(path))) }
    },
  }
}

/** The chosen file's text, or a typed error naming what is wrong with it (never a raw system message). */
async function readAnnotationFile(path: string): Promise<string> {
  const name = basename(path)
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new ParleyError('import-failed', `${name} is not a file.`)
    if (info.size > MAX_ANNOTATION_FILE_BYTES) throw new ParleyError('import-failed', `${name} is over the 100 MB limit for annotation files.`)
    return (await readFile(path)).toString('utf8')
  } catch (error) {
    if (error instanceof ParleyError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new ParleyError('import-failed', code === 'ENOENT' ? `${name} no longer exists.` : `${name} could not be read (${code ?? 'read error'}).`)
  }
}
