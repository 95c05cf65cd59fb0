import type { DocumentView, ImportResult, IpcMethod, IpcResultOf, IpcValidArgs } from '../../../../shared/ipc/contract'
import { composeText } from '../../../../shared/domain/content'
import type { ParleyDocument } from '../../../../shared/domain/document'
import { ParleyError } from '../../../../shared/ipc/errors'
import type { LibraryStore } from '../store/library-store'
import { importSources, type ImportSource } from '../importer/import-files'
import { collectImportPaths } from '../importer/collect-files'
import { ImportBatches } from '../importer/import-batches'
import type { ParserRunner } from '../importer/parser-runner'

/** One async function per contract method, taking arguments main has already validated. */
export type HandlerTable = { [M in IpcMethod]: (args: IpcValidArgs<M>) => Promise<IpcResultOf<M>> }

export interface HandlerDependencies {
  store: LibraryStore
  parser: ParserRunner
  /** Asks the analyst for files or a folder; resolves null when they cancel. The shell passes a system dialog. */
  pickImportPaths: (kind: 'files' | 'folder') => Promise<string[] | null>
}

async function documentView(store: LibraryStore, document: ParleyDocument): Promise<DocumentView> {
  const blocks = await store.readBlocks(document)
  const { text, placed } = composeText(blocks)
  const sameStory = document.sameStoryAs.flatMap((id) => {
    try {
      const other = store.getDocument(id)
      return [{ id: other.id, title: other.title, outlet: other.outlet }]
    } catch {
      return []
    }
  })
  return { document, text, blocks: placed, sameStory }
}

/**
 * The handlers behind every channel. Electron registers exactly this table (shell/register-ipc.ts)
 * and the e2e harness bridges the browser to it, so both exercise the same code.
 */
export function createHandlerTable({ store, parser, pickImportPaths }: HandlerDependencies): HandlerTable {
  const batches = new ImportBatches()
  const importOne = async (source: ImportSource): Promise<ImportResult> => (await importSources([source], { store, parser }))[0]!

  return {
    async getLibraryInfo() {
      return { location: store.location, documentCount: store.listDocuments().length, notices: [...store.notices] }
    },
    async listDocuments() {
      return [...store.listDocuments()]
    },
    async getDocument({ id }) {
      return documentView(store, store.getDocument(id))
    },
    async setBlockRemoved({ documentId, blockIndex, removed }) {
      const blocks = await store.readBlocks(store.getDocument(documentId))
      const block = blocks[blockIndex]
      if (!block) throw new ParleyError('not-found', `The document has no block ${blockIndex}.`)
      const next = blocks.map((b, i) => (i === blockIndex ? { ...b, removed: removed ? (b.removed ?? { reason: 'marked by the analyst', by: 'analyst' as const }) : null } : b))
      return documentView(store, await store.replaceBlocks(documentId, next))
    },
    async updateDocumentDetails({ documentId, details }) {
      return store.updateDetails(documentId, details)
    },
    async pickImportFiles({ kind }) {
      const chosen = await pickImportPaths(kind)
      if (!chosen || chosen.length === 0) return { batchId: null, files: [] }
      return batches.open(await collectImportPaths(chosen))
    },
    async importPickedFile({ batchId, index }) {
      return importOne({ kind: 'path', path: batches.path(batchId, index) })
    },
    async importDroppedFile({ name, dataBase64 }) {
      return importOne({ kind: 'content', name, bytes: new Uint8Array(Buffer.from(dataBase64, 'base64')) })
    },
    async importPasted({ format, content }) {
      const name = format === 'html' ? 'Pasted page.html' : 'Pasted text.txt'
      return importOne({ kind: 'content', name, bytes: new TextEncoder().encode(content), pasted: true })
    },
  }
}
