import { resolve } from 'node:path'
import { startLibraryServices, type LibraryServices } from '../../electron/main/services/library-services'
import { createIpcDispatcher, type IpcDispatcher } from '../../electron/main/services/ipc/dispatch'
import type { HandlerTable } from '../../electron/main/services/ipc/handler-table'
import type { PdfPrinter } from '../../electron/main/services/report/pdf-printer'
import { APP_ENTRY_URL, APP_ORIGIN, isTrustedAppUrl } from '../../electron/main/shell/security'
import type { IpcMethod } from '../../shared/ipc/contract'
import { collectIds, type IdPool } from './id-pool'

const repoRoot = resolve(import.meta.dirname, '../..')
export const parseWorkerFile = resolve(repoRoot, 'electron/main/services/importer/parse-worker.ts')

/** The URL Parley's own window sends from; the app's real sender check decides what else is trusted. */
export const TRUSTED_SENDER = APP_ENTRY_URL

/** A real library in a temp folder behind the real handler table and the real dispatcher. */
export interface FuzzLibrary {
  libraryDir: string
  services: LibraryServices
  dispatch: IpcDispatcher
  /** How often each handler ran: a refused call must not have reached one. */
  handlerCalls: Map<IpcMethod, number>
  /** Errors the dispatcher logged, by the reference it gave the renderer. */
  logged: Map<string, unknown>
  ids: IdPool
  close: () => Promise<void>
}

const refusingPrinter: PdfPrinter = {
  print: async () => {
    throw new Error('The fuzz library prints nothing: its save dialogs always cancel.')
  },
}

function countingTable(table: HandlerTable, calls: Map<IpcMethod, number>): HandlerTable {
  const counted: Record<string, unknown> = {}
  for (const [method, handler] of Object.entries(table) as Array<[IpcMethod, (args: unknown) => Promise<unknown>]>) {
    counted[method] = (args: unknown) => {
      calls.set(method, (calls.get(method) ?? 0) + 1)
      return handler(args)
    }
  }
  return counted as HandlerTable
}

/**
 * Opens a library at `libraryDir`, seeded as the app's first run seeds it (sample articles and
 * sample analysis), so documents, annotations, claims and registries all exist. Every system
 * dialog is a stub that cancels (resolves null).
 */
export async function startFuzzLibrary(libraryDir: string): Promise<FuzzLibrary> {
  const services = await startLibraryServices({
    libraryDir,
    sampleLibraryDir: resolve(repoRoot, 'resources/sample-library'),
    sampleAnalysisFile: resolve(repoRoot, 'resources/sample-analysis.json'),
    parseWorkerFile,
    pickImportPaths: async () => null,
    pickSavePath: async () => null,
    pickAnnotationFile: async () => null,
    pdfPrinter: refusingPrinter,
  })
  // Settled before the fuzz starts (and before a quick close): a search index still catching up
  // when the library closes is saved after the close (found by this harness; reported).
  await services.search.ready
  const handlerCalls = new Map<IpcMethod, number>()
  const logged = new Map<string, unknown>()
  const dispatch = createIpcDispatcher(countingTable(services.handlers, handlerCalls), {
    isTrustedSender: (url) => isTrustedAppUrl(url, [APP_ORIGIN]),
    logError: (_channel, error, reference) => logged.set(reference, error),
  })
  const ids = await collectIds(dispatch, TRUSTED_SENDER)
  handlerCalls.clear()
  return { libraryDir, services, dispatch, handlerCalls, logged, ids, close: () => services.close() }
}
