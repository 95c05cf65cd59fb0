import { useCallback } from 'react'
import { useIpcQuery } from '../../ipc/use-ipc-query'
import { useLibraryChanges, type LibraryChange } from '../../app/library-changes'

/** A document's annotations (re-anchored by main if its text changed); reloads on library changes. */
export function useAnnotations(documentId: string) {
  const query = useIpcQuery('listAnnotations', { documentId }, documentId)
  const { reload } = query
  useLibraryChanges(
    useCallback(
      (change: LibraryChange) => {
        if (change.all || change.documentIds?.includes(documentId)) reload()
      },
      [reload, documentId],
    ),
  )
  return query
}
export type AnnotationsQuery = ReturnType<typeof useAnnotations>
