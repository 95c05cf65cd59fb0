import type { IpcMethod, IpcResultOf, IpcValidArgs } from '../../../../shared/ipc/contract'
import type { LibraryStore } from '../store/library-store'
import type { ParserRunner } from '../importer/parser-runner'
import { AnnotationService } from '../annotations/annotation-service'
import { AnnotationTransfer } from '../annotations/annotation-transfer'
import { RegistryService } from '../annotations/registry-service'
import { UndoHistory } from '../annotations/undo-history'
import { documentHandlers, documentView } from './handlers/document-handlers'
import { reparseAndReanchor } from '../importer/reparse'
import { importHandlers } from './handlers/import-handlers'
import { annotationHandlers, type AnnotationFileDialogs } from './handlers/annotation-handlers'
import { registryHandlers } from './handlers/registry-handlers'
import type { LibrarySearch } from '../library-search/library-search'
import { PositionService } from '../positions/position-service'
import { StatementLinks } from '../annotations/statement-links'
import { reportHandlers } from './handlers/report-handlers'
import type { PdfPrinter } from '../report/pdf-printer'
import { chromiumOnThisMachine } from '../report/chromium-pdf-printer'
import { ImportProgressBoard } from '../importer/import-progress'

/** One async function per contract method, taking arguments main has already validated. */
export type HandlerTable = { [M in IpcMethod]: (args: IpcValidArgs<M>) => Promise<IpcResultOf<M>> }

export interface HandlerDependencies extends AnnotationFileDialogs {
  store: LibraryStore
  search: LibrarySearch
  parser: ParserRunner
  /** Asks the analyst for files or a folder; resolves null when they cancel. The shell passes a system dialog. */
  pickImportPaths: (kind: 'files' | 'folder') => Promise<string[] | null>
  /** Prints report PDFs; by default a Chromium found on this machine (CHROMIUM_PATH first). */
  pdfPrinter?: PdfPrinter
  /** Opens a saved report or shows it in its folder; the shell passes Electron's shell. */
  revealSavedFile?: (path: string, how: 'open' | 'show') => Promise<void>
}

/**
 * The handlers behind every channel. Electron registers exactly this table (shell/register-ipc.ts)
 * and the e2e harness bridges the browser to it, so both exercise the same code.
 */
export function createHandlerTable(deps: HandlerDependencies): HandlerTable {
  const history = new UndoHistory(deps.store)
  const annotations = new AnnotationService(deps.store, history)
  const registries = new RegistryService(deps.store, history)
  const transfer = new AnnotationTransfer(deps.store, history)
  const positions = new PositionService(deps.store)
  const statements = new StatementLinks(deps.store, history)
  // One board for every long import the renderer follows (files, exports, annotation files).
  const progress = new ImportProgressBoard()
  return {
    ...documentHandlers(deps.store),
    ...importHandlers(deps.store, deps.parser, deps.pickImportPaths, progress),
    ...annotationHandlers(annotations, transfer, { ...deps, progress }),
    ...registryHandlers(registries, history),
    ...reportHandlers({ store: deps.store, pdfPrinter: deps.pdfPrinter ?? chromiumOnThisMachine, pickReportPath: deps.pickSavePath, revealSavedFile: deps.revealSavedFile }),
    async reparseDocument({ documentId }) {
      const summary = await reparseAndReanchor(documentId, { store: deps.store, parser: deps.parser }, (id) => annotations.list(id))
      return { view: await documentView(deps.store, deps.store.getDocument(documentId)), summary }
    },
    search: ({ query, limit, offset, prefixLast }) => deps.search.search(query, { limit, offset, prefixLast }),
    getPositions: ({ filters }) => positions.matrix(filters),
    getEvidence: ({ claimIds }) => positions.evidence(claimIds),
    getCellEvidence: ({ issueId, partyId, filters }) => positions.cellEvidence(issueId, partyId, filters),
    getIssueClaims: ({ issueId, filters }) => positions.issueClaims(issueId, filters),
    getStatement: ({ claimId }) => positions.statement(claimId),
    async linkSameStatement({ claimIds }) {
      await statements.link(claimIds)
      return positions.statement(claimIds[0]!)
    },
    async unlinkSameStatement({ claimId }) {
      await statements.unlink(claimId)
      return null
    },
  }
}
