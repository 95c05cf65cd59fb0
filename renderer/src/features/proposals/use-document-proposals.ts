import { useCallback } from 'react'
import { useIpcQuery } from '../../ipc/use-ipc-query'
import { useLibraryChanges, type LibraryChange } from '../../app/library-changes'

/**
 * The claims Parley proposes in one document, still to review. They follow the registries (a new
 * source or keyword changes the proposals) and the document's annotations (an accepted one goes).
 */
export function useDocumentProposals(documentId: string) {
  const query = useIpcQuery('listDocumentProposals', { documentId }, documentId)
  const { reload } = query
  useLibraryChanges(
    useCallback(
      (change: LibraryChange) => {
        if (change.all || change.registries || change.documentIds?.includes(documentId)) reload()
      },
      [reload, documentId],
    ),
  )
  return query
}
