import { useCallback } from 'react'
import { useIpcQuery } from '../../ipc/use-ipc-query'
import { useLibraryChanges, type LibraryChange } from '../../app/library-changes'

/** Sources, parties, issues and tags with their usage counts; reloads when the library changes. */
export function useRegistries() {
  const query = useIpcQuery('getRegistries', {}, 'registries')
  const { reload } = query
  useLibraryChanges(
    useCallback(
      (change: LibraryChange) => {
        // Annotation changes alter usage counts too.
        if (change.registries || change.all || (change.documentIds?.length ?? 0) > 0) reload()
      },
      [reload],
    ),
  )
  return query
}
export type RegistriesQuery = ReturnType<typeof useRegistries>
