import { useCallback } from 'react'
import { notifications } from '@mantine/notifications'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'
import { announceLibraryChange } from '../../app/library-changes'
import type { AnnotationExportFormat } from '../../../../shared/ipc/contract'

/** Exports annotations (W3C JSON-LD, claims as CSV, a REFI-QDA project) and imports a JSON-LD export. */
export function useAnnotationTransfer() {
  const exportAnnotations = useCallback(async (format: AnnotationExportFormat, documentId: string | null) => {
    try {
      const result = await callParley('exportAnnotations', { format, documentId })
      if (!result.saved) return
      const what = format === 'csv' ? `${result.count} claims` : `${result.count} annotations`
      notifications.show({ color: 'teal', title: 'Exported', message: `${what} saved to ${result.path}`, autoClose: 6000 })
    } catch (error) {
      notifications.show({ color: 'red', title: 'Export failed', message: toParleyIpcError(error).message, autoClose: false })
    }
  }, [])

  const importAnnotations = useCallback(async () => {
    try {
      const result = await callParley('importAnnotations', {})
      if (!result.chosen) return
      const created = Object.entries(result.created).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${kind}`)
      const parts = [`${result.imported} annotations imported`, ...(created.length ? [`created ${created.join(', ')}`] : []), ...(result.skipped.length ? [`${result.skipped.length} skipped (${[...new Set(result.skipped.map((s) => s.reason))].join('; ')})`] : [])]
      announceLibraryChange({ all: true, registries: true })
      notifications.show({ color: result.problems.length ? 'orange' : 'teal', title: 'Annotations imported', message: [parts.join('; '), ...result.problems.slice(0, 3)].join('\n'), autoClose: 10000 })
    } catch (error) {
      notifications.show({ color: 'red', title: 'Import failed', message: toParleyIpcError(error).message, autoClose: false })
    }
  }, [])

  return { exportAnnotations, importAnnotations }
}
