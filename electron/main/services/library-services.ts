import { LibraryStore, type LibraryStoreOptions } from './store/library-store'
import { createHandlerTable, type HandlerTable } from './ipc/handler-table'
import { seedSampleLibrary } from './sample-library'
import { seedSampleAnalysis } from './sample-analysis'
import { createWorkerParserRunner, type ParserRunner } from './importer/parser-runner'
import { LibrarySearch } from './library-search/library-search'
import type { SaveFormat } from './ipc/handlers/annotation-handlers'
import type { PdfPrinter } from './report/pdf-printer'
import type { ParleyDocument } from '../../../shared/domain/document'
import { prepareBlocks } from './importer/prepare-blocks'
import { createWorkerAttributionRunner } from './proposals/attribution-runner'

export interface LibraryServicesOptions extends LibraryStoreOptions {
  libraryDir: string
  /** Folder of sample articles imported into a new, empty library. */
  sampleLibraryDir?: string
  /** The analysis seeded with the sample articles (resources/sample-analysis.json); the app's first run. */
  sampleAnalysisFile?: string
  /** The parse worker: built parse-worker.js in the app, parse-worker.ts from source. */
  parseWorkerFile: string | URL
  pickImportPaths: (kind: 'files' | 'folder') => Promise<string[] | null>
  pickSavePath: (suggestedName: string, format: SaveFormat) => Promise<string | null>
  /** Prints report PDFs; the app passes Electron's, elsewhere a Chromium on the machine is used. */
  pdfPrinter?: PdfPrinter
  /** Opens a saved report or shows it in its folder (Electron's shell in the app). */
  revealSavedFile?: (path: string, how: 'open' | 'show') => Promise<void>
  pickAnnotationFile: () => Promise<string | null>
}

export interface LibraryServices {
  store: LibraryStore
  search: LibrarySearch
  parser: ParserRunner
  handlers: HandlerTable
  close: () => Promise<void>
}

/** The composition root shared by the Electron shell and the e2e harness. */
export async function startLibraryServices(options: LibraryServicesOptions): Promise<LibraryServices> {
  const parser = createWorkerParserRunner(options.parseWorkerFile)
  // A damaged blocks file is rebuilt by parsing the kept original again, as the importer did.
  const rebuildBlocks = async (document: ParleyDocument, original: Uint8Array) =>
    prepareBlocks((await parser.parse(document.original.extension, original, document.original.name)).blocks)
  let store: LibraryStore
  try {
    store = await LibraryStore.open(options.libraryDir, { ...options, rebuildBlocks })
  } catch (error) {
    await parser.close()
    throw error
  }
  let search: LibrarySearch | null = null
  const attributions = createWorkerAttributionRunner(options.parseWorkerFile)
  const close = async () => {
    await search?.close()
    await attributions.close()
    await parser.close()
    await store.close()
  }
  try {
    const seeded = options.sampleLibraryDir ? await seedSampleLibrary(store, options.sampleLibraryDir, parser) : []
    if (options.sampleAnalysisFile && seeded.some((result) => result.status === 'imported')) {
      // Our own data, checked by its unit test; should it ever fail, the articles still open.
      await seedSampleAnalysis(store, options.sampleAnalysisFile).catch((error: unknown) => console.error('Parley: the sample analysis was not added:', error))
    }
    search = await LibrarySearch.open(store)
  } catch (error) {
    await close()
    throw error
  }
  const handlers = createHandlerTable({
    store,
    search,
    parser,
    pickImportPaths: options.pickImportPaths,
    pickSavePath: options.pickSavePath,
    pdfPrinter: options.pdfPrinter,
    revealSavedFile: options.revealSavedFile,
    pickAnnotationFile: options.pickAnnotationFile,
    attributions,
  })
  return { store, search, parser, handlers, close }
}
