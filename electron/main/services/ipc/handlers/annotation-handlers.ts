import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { ParleyError } from '../../../../../shared/ipc/errors'
import type { AnnotationService } from '../../annotations/annotation-service'
import type { AnnotationTransfer } from '../../annotations/annotation-transfer'
import { writeFileDurable } from '../../store/durable-write'
import type { HandlerTable } from '../handler-table'
import { unplacedView } from '../../../../../shared/annotations/unplaced'
import { importQdpx } from '../../annotations/qdpx-import'
import type { LibraryStore } from '../../store/library-store'
import type { ParserRunner } from '../../importer/parser-runner'
import type { ImportProgressBoard } from '../../importer/import-progress'
import type { ImportProgress } from '../../../../../shared/ipc/contract'

/** What is being saved: annotations (W3C JSON-LD, CSV) or a report (PDF, HTML, Markdown). */
export type SaveFormat = 'w3c' | 'csv' | 'qdpx' | 'hypothesis' | 'pdf' | 'html' | 'md'

type AnnotationHandlers = Pick<HandlerTable, 'listAnnotations' | 'createAnnotation' | 'updateAnnotation' | 'deleteAnnotation' | 'exportAnnotations' | 'importAnnotations' | 'importQdaProject' | 'listUnplacedAnnotations' | 'assignUnplacedAnnotation' | 'discardUnplacedAnnotation'>

export interface AnnotationFileDialogs {
  /** Asks where to save an export; null when the analyst cancels. */
  pickSavePath: (suggestedName: string, format: SaveFormat) => Promise<string | null>
  /** Asks for an annotation file (JSON) or a REFI-QDA project to import; null when the analyst cancels. */
  pickAnnotationFile: (kind?: 'annotations' | 'qdpx') => Promise<string | null>
}

const MAX_ANNOTATION_FILE_BYTES = 100 * 1024 * 1024

export function annotationHandlers(annotations: AnnotationService, transfer: AnnotationTransfer, dialogs: AnnotationFileDialogs & { store: LibraryStore; parser: ParserRunner; progress: ImportProgressBoard }): AnnotationHandlers {
  /** Runs an import, telling the board how far it has got under the renderer's id. */
  const followed = async <T>(progressId: string | undefined, run: (onProgress?: (p: ImportProgress) => void) => Promise<T>): Promise<T> => {
    if (!progressId) return run()
    dialogs.progress.report(progressId, { stage: 'reading', done: 0, total: 1 })
    try {
      return await run((p) => dialogs.progress.report(progressId, p))
    } finally {
      dialogs.progress.finish(progressId)
    }
  }
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
    async importAnnotations({ progressId }) {
      const path = await dialogs.pickAnnotationFile()
      if (!path) return { chosen: false, imported: 0, needsReview: 0, notPlaced: [], fileKind: null, created: { sources: 0, parties: 0, issues: 0, tags: 0 }, skipped: [], problems: [] }
      const text = await readAnnotationFile(path)
      return { chosen: true, ...(await followed(progressId, (onProgress) => transfer.import(text, basename(path), onProgress))) }
    },
    async importQdaProject({ progressId }) {
      const path = await dialogs.pickAnnotationFile('qdpx')
      if (!path) return { chosen: false, imported: 0, needsReview: 0, notPlaced: [], fileKind: null, created: { sources: 0, parties: 0, issues: 0, tags: 0 }, skipped: [], problems: [] }
      const bytes = await readAnnotationBytes(path)
      return { chosen: true, ...(await followed(progressId, (onProgress) => importQdpx(bytes, basename(path), { store: dialogs.store, parser: dialogs.parser, transfer, onProgress }))) }
    },
    listUnplacedAnnotations: async () => (await transfer.unplaced.list()).map(unplacedView),
    assignUnplacedAnnotation: ({ id, documentId }) => transfer.assignUnplaced(id, documentId),
    async discardUnplacedAnnotation({ id }) {
      await transfer.unplaced.remove(id)
      return null
    },
  }
}

/** The chosen file's text, or a typed error naming what is wrong with it (never a raw system message). */
async function readAnnotationFile(path: string): Promise<string> {
  return Buffer.from(await readAnnotationBytes(path)).toString('utf8')
}

async function readAnnotationBytes(path: string): Promise<Uint8Array> {
  const name = basename(path)
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new ParleyError('import-failed', `${name} is not a file.`)
    if (info.size > MAX_ANNOTATION_FILE_BYTES) throw new ParleyError('import-failed', `${name} is over the 100 MB limit for annotation files.`)
    return new Uint8Array(await readFile(path))
  } catch (error) {
    if (error instanceof ParleyError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new ParleyError('import-failed', code === 'ENOENT' ? `${name} no longer exists.` : `${name} could not be read (${code ?? 'read error'}).`)
  }
}
