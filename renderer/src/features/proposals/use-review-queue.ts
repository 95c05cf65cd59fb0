import { useCallback } from 'react'
import { useIpcQuery } from '../../ipc/use-ipc-query'
import { useLibraryChanges } from '../../app/library-changes'

/** Proposals shown at once; the page says when more wait. */
export const QUEUE_LIMIT = 5000

/** Every proposal waiting in the library; reloads on any change (accept, dismiss, undo, import). */
export function useReviewQueue() {
  const query = useIpcQuery('getReviewQueue', { limit: QUEUE_LIMIT }, 'queue')
  const { reload } = query
  useLibraryChanges(useCallback(() => reload(), [reload]))
  return query
}
