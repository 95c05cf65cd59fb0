import type { ImportProgress } from '../../../shared/ipc/contract'
import { callParley } from './parley-client'

/** How often a long call's progress is asked for. */
export const PROGRESS_POLL_MS = 250

/**
 * Asks main how far a long call under `progressId` has got, every quarter second, until the
 * returned stop function is called. Unanswered or failed polls are skipped: progress is advisory.
 */
export function followProgress(progressId: string, onProgress: (progress: ImportProgress) => void): () => void {
  const timer = window.setInterval(() => {
    void callParley('getImportProgress', { progressId }).then((progress) => progress && onProgress(progress), () => undefined)
  }, PROGRESS_POLL_MS)
  return () => window.clearInterval(timer)
}
