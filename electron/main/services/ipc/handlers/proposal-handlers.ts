import type { UndoHistory } from '../../annotations/undo-history'
import type { ImportProgressBoard } from '../../importer/import-progress'
import { acceptProposals } from '../../proposals/accept-proposals'
import type { ProposalService } from '../../proposals/proposal-service'
import type { LibraryStore } from '../../store/library-store'
import type { HandlerTable } from '../handler-table'

type ProposalHandlers = Pick<HandlerTable, 'listDocumentProposals' | 'suggestClaims' | 'getReviewQueue' | 'dismissProposals' | 'acceptProposals'>

export function proposalHandlers(proposals: ProposalService, deps: { store: LibraryStore; history: UndoHistory; progress: ImportProgressBoard }): ProposalHandlers {
  return {
    listDocumentProposals: ({ documentId }) => proposals.forDocument(documentId),
    async suggestClaims({ documentIds, force, progressId }) {
      try {
        return await proposals.suggest(documentIds, force, progressId ? (p) => deps.progress.report(progressId, p) : undefined)
      } finally {
        if (progressId) deps.progress.finish(progressId)
      }
    },
    getReviewQueue: ({ limit }) => proposals.queue(limit),
    dismissProposals: ({ items }) => proposals.dismiss(items),
    acceptProposals: ({ items }) => acceptProposals(items, { store: deps.store, proposals, history: deps.history }),
  }
}
