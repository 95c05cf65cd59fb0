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
import { ProposalFiles } from '../proposals/proposal-files'
import { ProposalService } from '../proposals/proposal-service'
import { inProcessAttributionRunner, type AttributionRunner } from '../proposals/attribution-runner'
import { proposalHandlers } from './handlers/proposal-handlers'
import { importedDocumentIds } from '../proposals/imported-documents'

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
  /** Runs the attribution finder: a worker thread in the app, in-process by default. */
  attributions?: AttributionRunner
}

/**
 * The handlers behind every channel. Electron registers exactly this table (shell/register-ipc.ts)
 * and the e2e harness bridges the browser to it, so both exercise the same code.
 */
export function createHandlerTable(deps: HandlerDependencies): HandlerTable {
  const proposalFiles = new ProposalFiles(deps.store.paths)
  const history = new UndoHistory(deps.store, proposalFiles)
  const annotations = new AnnotationService(deps.store, history)
  const registries = new RegistryService(deps.store, history)
  const transfer = new AnnotationTransfer(deps.store, history)
  const positions = new PositionService(deps.store)
  const statements = new StatementLinks(deps.store, history)
  // One board for every long import the renderer follows (files, exports, annotation files).
  const progress = new ImportProgressBoard()
  const proposals = new ProposalService(deps.store, proposalFiles, deps.attributions ?? inProcessAttributionRunner, history)
  const imports = importHandlers(deps.store, deps.parser, deps.pickImportPaths, progress)
  // Proposals are made at import, one document after another, behind the import's answer; a
  // document listed before its turn is analysed on the spot, so nothing waits on this queue.
  let proposing: Promise<unknown> = Promise.resolve()
  const proposeAfterImport = async <R extends import('../../../../shared/ipc/contract').ImportResult>(result: R): Promise<R> => {
    const ids = importedDocumentIds(result)
    if (ids.length > 0) proposing = proposing.then(() => proposals.suggest(ids, false)).catch((error: unknown) => console.error('Parley: claims were not proposed after an import:', error))
    return result
  }
  return {
    ...documentHandlers(deps.store),
    ...imports,
    importPickedFile: async (args) => proposeAfterImport(await imports.importPickedFile(args)),
    importDroppedFile: async (args) => proposeAfterImport(await imports.importDroppedFile(args)),
    importPasted: async (args) => proposeAfterImport(await imports.importPasted(args)),
    ...proposalHandlers(proposals, { store: deps.store, history, progress }),
    ...annotationHandlers(annotations, transfer, { ...deps, progress }),
    ...registryHandlers(registries, history),
    ...reportHandlers({ store: deps.store, pdfPrinter: deps.pdfPrinter ?? chromiumOnThisMachine, pickReportPath: deps.pickSavePath, revealSavedFile: deps.revealSavedFile }),
    async reparseDocument({ documentId }) {
      const summary = await reparseAndReanchor(documentId, { store: deps.store, parser: deps.parser }, (id) => annotations.list(id))
      // Proposals again for the new text; dismissals are kept by their words.
      await proposals.suggest([documentId], false).catch((error: unknown) => console.error('Parley: claims were not proposed after a re-read:', error))
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
