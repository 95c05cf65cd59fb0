import { resolve } from 'node:path'
import { LibraryStore } from '../../../electron/main/services/store/library-store'
import { seedSampleLibrary } from '../../../electron/main/services/sample-library'
import { inProcessParserRunner } from '../../../electron/main/services/importer/parser-runner'
import { createHandlerTable, type HandlerDependencies } from '../../../electron/main/services/ipc/handler-table'
import { LibrarySearch } from '../../../electron/main/services/library-search/library-search'
import { annotateSamples } from '../../e2e/harness/annotate-samples'

/** The sample library in `libraryDir`, annotated as in annotateSamples, behind the real handlers. */
export async function openAnnotatedSampleLibrary(libraryDir: string, deps: Partial<Pick<HandlerDependencies, 'pickSavePath' | 'pdfPrinter'>> = {}) {
  const store = await LibraryStore.open(libraryDir)
  await seedSampleLibrary(store, resolve('resources/sample-library'), inProcessParserRunner)
  const search = await LibrarySearch.open(store)
  const handlers = createHandlerTable({ store, search, parser: inProcessParserRunner, pickImportPaths: async () => null, pickSavePath: deps.pickSavePath ?? (async () => null), pickAnnotationFile: async () => null, pdfPrinter: deps.pdfPrinter })
  const sample = await annotateSamples(store)
  const close = async () => {
    await search.close()
    await store.close()
  }
  return { store, handlers, sample, close }
}
