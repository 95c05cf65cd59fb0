import type { ImportResult } from '../../../../../shared/ipc/contract'
import type { LibraryStore } from '../../store/library-store'
import { importSources, replaceWithNewerVersion, type ImportSource } from '../../importer/import-files'
import { documentView } from './document-handlers'
import { collectImport } from '../../importer/collect-files'
import { basename } from 'node:path'
import { ImportBatches } from '../../importer/import-batches'
import { oneResult } from '../../importer/formats/news-exports/export-entries'
import { ImportProgressBoard } from '../../importer/import-progress'
import type { ParserRunner } from '../../importer/parser-runner'
import type { HandlerTable } from '../handler-table'

type ImportHandlers = Pick<HandlerTable, 'pickImportFiles' | 'importPickedFile' | 'getImportProgress' | 'importDroppedFile' | 'importPasted' | 'replaceWithNewerVersion'>

export function importHandlers(store: LibraryStore, parser: ParserRunner, pickImportPaths: (kind: 'files' | 'folder') => Promise<string[] | null>, progress: ImportProgressBoard): ImportHandlers {
  const batches = new ImportBatches()
  // One file, one result; an export's articles each have their row inside it.
  const importOne = async (source: ImportSource, progressId?: string): Promise<ImportResult> => {
    if (!progressId) return oneResult(await importSources([source], { store, parser }))
    progress.report(progressId, { stage: 'reading', done: 0, total: 1 })
    try {
      return oneResult(await importSources([source], { store, parser, onProgress: (p) => progress.report(progressId, p) }))
    } finally {
      progress.finish(progressId)
    }
  }
  return {
    async pickImportFiles({ kind }) {
      const chosen = await pickImportPaths(kind)
      if (!chosen || chosen.length === 0) return { batchId: null, files: [] }
      const collected = await collectImport(chosen)
      return { ...batches.open(collected.files), emptyFolders: collected.emptyFolders.map((f) => ({ name: basename(f.path), message: f.message })) }
    },
    async importPickedFile({ batchId, index, progressId }) {
      return importOne({ kind: 'path', path: batches.path(batchId, index) }, progressId)
    },
    async importDroppedFile({ name, dataBase64, progressId }) {
      return importOne({ kind: 'content', name, bytes: new Uint8Array(Buffer.from(dataBase64, 'base64')) }, progressId)
    },
    async getImportProgress({ progressId }) {
      return progress.get(progressId)
    },
    async replaceWithNewerVersion({ documentId }) {
      store.getDocument(documentId)
      const [path] = (await pickImportPaths('files')) ?? []
      if (!path) return null
      await replaceWithNewerVersion(documentId, path, { store, parser })
      return documentView(store, store.getDocument(documentId))
    },
    async importPasted({ format, content }) {
      const name = format === 'html' ? 'Pasted page.html' : 'Pasted text.txt'
      return importOne({ kind: 'content', name, bytes: new TextEncoder().encode(content), pasted: true })
    },
  }
}
