import type { DocumentView } from '../../../../../shared/ipc/contract'
import { composeText } from '../../../../../shared/domain/content'
import type { ParleyDocument } from '../../../../../shared/domain/document'
import { ParleyError } from '../../../../../shared/ipc/errors'
import type { LibraryStore } from '../../store/library-store'
import type { HandlerTable } from '../handler-table'

export async function documentView(store: LibraryStore, document: ParleyDocument): Promise<DocumentView> {
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

type DocumentHandlers = Pick<HandlerTable, 'getLibraryInfo' | 'listDocuments' | 'getDocument' | 'setBlockRemoved' | 'updateDocumentDetails' | 'setPublishedDates'>

export function documentHandlers(store: LibraryStore): DocumentHandlers {
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
      if (!blocks[blockIndex]) throw new ParleyError('not-found', `The document has no block ${blockIndex}.`)
      const next = blocks.map((b, i) => (i === blockIndex ? { ...b, removed: removed ? (b.removed ?? { reason: 'marked by the analyst', by: 'analyst' as const }) : null } : b))
      return documentView(store, await store.replaceBlocks(documentId, next))
    },
    async updateDocumentDetails({ documentId, details }) {
      return store.updateDetails(documentId, details)
    },
    async setPublishedDates({ dates }) {
      return store.setPublishedDates(dates)
    },
  }
}
