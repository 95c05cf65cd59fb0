import type { IpcMethod, IpcResultOf, IpcValidArgs } from '../../../../shared/ipc/contract'
import type { LibraryStore } from '../store/library-store'
import { importFiles } from '../importer/import-files'

/** One async function per contract method, taking arguments main has already validated. */
export type HandlerTable = { [M in IpcMethod]: (args: IpcValidArgs<M>) => Promise<IpcResultOf<M>> }

export interface HandlerDependencies {
  store: LibraryStore
  /** Asks the analyst for files; resolves null when they cancel. The shell passes a system dialog. */
  pickImportFiles: () => Promise<string[] | null>
}

/**
 * The handlers behind every channel. Electron registers exactly this table (shell/register-ipc.ts)
 * and the e2e harness bridges the browser to it, so both exercise the same code.
 */
export function createHandlerTable({ store, pickImportFiles }: HandlerDependencies): HandlerTable {
  return {
    async getLibraryInfo() {
      return { location: store.location, documentCount: store.listDocuments().length, notices: [...store.notices] }
    },
    async listDocuments() {
      return [...store.listDocuments()]
    },
    async getDocument({ id }) {
      const document = store.getDocument(id)
      return { document, text: await store.readText(document) }
    },
    async importFromDialog() {
      const paths = await pickImportFiles()
      if (!paths || paths.length === 0) return { chosen: false, results: [] }
      return { chosen: true, results: await importFiles(paths, { store }) }
    },
  }
}
