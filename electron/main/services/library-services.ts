import { LibraryStore, type LibraryStoreOptions } from './store/library-store'
import { createHandlerTable, type HandlerTable } from './ipc/handler-table'
import { seedSampleLibrary } from './sample-library'

export interface LibraryServicesOptions extends LibraryStoreOptions {
  libraryDir: string
  /** Folder of sample articles imported into a new, empty library. */
  sampleLibraryDir?: string
  pickImportFiles: () => Promise<string[] | null>
}

export interface LibraryServices {
  store: LibraryStore
  handlers: HandlerTable
  close: () => Promise<void>
}

/** The composition root shared by the Electron shell and the e2e harness. */
export async function startLibraryServices(options: LibraryServicesOptions): Promise<LibraryServices> {
  const store = await LibraryStore.open(options.libraryDir, options)
  try {
    if (options.sampleLibraryDir) await seedSampleLibrary(store, options.sampleLibraryDir)
  } catch (error) {
    await store.close()
    throw error
  }
  const handlers = createHandlerTable({ store, pickImportFiles: options.pickImportFiles })
  return { store, handlers, close: () => store.close() }
}
