import { useCallback, useState } from 'react'
import { notifications } from '@mantine/notifications'
import type { ImportReport } from '../../../../shared/ipc/contract'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'

export function summariseImport(report: ImportReport): string {
  const count = (status: string) => report.results.filter((r) => r.status === status).length
  const parts = [`${count('imported')} imported`]
  if (count('duplicate')) parts.push(`${count('duplicate')} already in the library`)
  if (count('failed')) parts.push(`${count('failed')} failed`)
  return parts.join(', ')
}

/** Runs the system import dialog in main and reports what happened to each file. */
export function useImportFromDialog({ onFinished }: { onFinished: (report: ImportReport) => void }) {
  const [running, setRunning] = useState(false)
  const [reportToShow, setReportToShow] = useState<ImportReport | null>(null)

  const run = useCallback(async () => {
    setRunning(true)
    const id = notifications.show({ loading: true, title: 'Importing', message: 'Choose files in the dialog…', autoClose: false, withCloseButton: false })
    try {
      const report = await callParley('importFromDialog', {})
      if (!report.chosen) {
        notifications.hide(id)
        return
      }
      const failed = report.results.some((r) => r.status === 'failed')
      notifications.update({ id, loading: false, color: failed ? 'orange' : 'teal', title: 'Import finished', message: summariseImport(report), autoClose: 6000, withCloseButton: true })
      if (report.results.length > 1 || failed || report.results.some((r) => r.status === 'duplicate')) setReportToShow(report)
      onFinished(report)
    } catch (error) {
      const failure = toParleyIpcError(error)
      notifications.update({ id, loading: false, color: 'red', title: 'Import failed', message: failure.message, autoClose: false, withCloseButton: true })
    } finally {
      setRunning(false)
    }
  }, [onFinished])

  return { run, running, reportToShow, dismissReport: () => setReportToShow(null) }
}
