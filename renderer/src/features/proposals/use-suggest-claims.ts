import { useCallback, useState } from 'react'
import { notifications } from '@mantine/notifications'
import type { ImportProgress } from '../../../../shared/ipc/contract'
import { countOf } from '../../../../shared/text/plural'
import { announceLibraryChange } from '../../app/library-changes'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'
import { followProgress } from '../../ipc/follow-progress'
import { newProgressId } from '../import/progress-id'

/**
 * Proposes claims for some documents or all, following main's progress (documents done of total)
 * while it runs, then says what came of it, naming documents nothing could be proposed for.
 */
export function useSuggestClaims() {
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const [running, setRunning] = useState(false)
  const suggest = useCallback(async (documentIds: string[] | null, force = false) => {
    const progressId = newProgressId()
    setRunning(true)
    setProgress({ stage: 'proposals', done: 0, total: documentIds?.length ?? 0 })
    const stopFollowing = followProgress(progressId, setProgress)
    try {
      const result = await callParley('suggestClaims', { documentIds, force, progressId })
      announceLibraryChange({ all: true })
      const skipped = result.skipped.length > 0 ? ` ${countOf(result.skipped.length, 'document')} skipped: ${result.skipped.slice(0, 3).map((s) => `“${s.title}” (${s.reason})`).join('; ')}${result.skipped.length > 3 ? '…' : ''}` : ''
      notifications.show({ color: result.skipped.length > 0 ? 'orange' : 'teal', title: `${countOf(result.proposals, 'proposed claim')} to review`, message: `In ${countOf(result.documents, 'document')}.${skipped}`, autoClose: result.skipped.length > 0 ? false : 4000 })
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not propose claims', message: toParleyIpcError(error).message, autoClose: false })
    } finally {
      stopFollowing()
      setRunning(false)
      setProgress(null)
    }
  }, [])
  return { suggest, running, progress }
}
