import { createElement, useCallback, useEffect, useRef, useState } from 'react'
import { SavedReportMessage } from './SavedReportMessage'
import { notifications } from '@mantine/notifications'
import type { ReportExportProgress, ReportFormat } from '../../../../shared/ipc/contract'
import type { ReportOptions } from '../../../../shared/report/report-options'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'
import { formatBytes, formatNames, isFinished } from './report-format'

/** How often a running export is asked where it stands. */
export const POLL_INTERVAL_MS = 200

/**
 * Saves the report: main asks where (the analyst may cancel there), then the job runs in main
 * while this polls it. `progress` is what the progress dialog shows: null when there is no
 * dialog; a failed job stays until dismissed, so its reason can be read.
 */
export function useReportExport() {
  const [progress, setProgress] = useState<ReportExportProgress | null>(null)
  const [starting, setStarting] = useState<ReportFormat | null>(null)
  // The job the dialog follows; a late answer about a job already finished is ignored.
  const activeJob = useRef<string | null>(null)

  const show = useCallback((next: ReportExportProgress) => {
    activeJob.current = isFinished(next.stage) ? null : next.jobId
    if (next.stage === 'done') {
      const size = next.bytes === null ? '' : ` (${formatBytes(next.bytes)})`
      const reveal = (how: 'open' | 'show') =>
        void callParley('revealReportExport', { jobId: next.jobId, how }).catch((error: unknown) =>
          notifications.show({ color: 'red', title: how === 'open' ? 'The report did not open' : 'The folder did not open', message: toParleyIpcError(error).message, autoClose: 8000 }),
        )
      notifications.show({
        color: 'teal',
        title: 'Report saved',
        message: createElement(SavedReportMessage, { path: next.path, size, onOpen: () => reveal('open'), onShow: () => reveal('show') }),
        autoClose: 12_000,
      })
      setProgress(null)
    } else if (next.stage === 'cancelled') {
      notifications.show({ color: 'gray', title: 'Export cancelled', message: `The ${formatNames[next.format]} file was not saved.`, autoClose: 5000 })
      setProgress(null)
    } else {
      setProgress(next)
    }
  }, [])

  useEffect(() => {
    if (!progress || isFinished(progress.stage)) return
    let current = true
    const timer = setTimeout(() => {
      callParley('getReportExport', { jobId: progress.jobId }).then(
        (next) => current && show(next),
        (error: unknown) => current && show({ ...progress, stage: 'failed', message: toParleyIpcError(error).message }),
      )
    }, POLL_INTERVAL_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [progress, show])

  const start = useCallback(
    async (options: ReportOptions, format: ReportFormat) => {
      setStarting(format)
      try {
        const result = await callParley('startReportExport', { options, format })
        if (result.started) show(result.progress)
      } catch (error) {
        notifications.show({ color: 'red', title: 'The report was not saved', message: toParleyIpcError(error).message, autoClose: false })
      } finally {
        setStarting(null)
      }
    },
    [show],
  )

  const cancel = useCallback(async () => {
    if (!progress) return
    const { jobId } = progress
    try {
      const next = await callParley('cancelReportExport', { jobId })
      if (activeJob.current === jobId) show(next)
    } catch (error) {
      if (activeJob.current === jobId) show({ ...progress, stage: 'failed', message: toParleyIpcError(error).message })
    }
  }, [progress, show])

  const dismiss = useCallback(() => setProgress(null), [])
  return { progress, starting, start, cancel, dismiss }
}
