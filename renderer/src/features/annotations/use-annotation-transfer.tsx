import { useCallback } from 'react'
import { Button, Group, Progress, Stack, Text } from '@mantine/core'
import { newProgressId } from '../import/progress-id'
import { notifications } from '@mantine/notifications'
import { followProgress } from '../../ipc/follow-progress'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'
import { countOf } from '../../../../shared/text/plural'
import { announceLibraryChange } from '../../app/library-changes'
import type { AnnotationExportFormat } from '../../../../shared/ipc/contract'

/** Exports annotations (W3C JSON-LD, claims as CSV, a REFI-QDA project) and imports a JSON-LD export. */
const PROGRESS_ID = 'annotation-import-progress'

function ImportProgressMessage({ done, total }: { done: number; total: number }): React.JSX.Element {
  return (
    <Stack gap={6}>
      <Text size="sm" data-testid="annotation-import-progress">
        Placing {done.toLocaleString('en')} of {total.toLocaleString('en')}
      </Text>
      <Progress value={(done / Math.max(1, total)) * 100} size="sm" aria-label="Annotation import progress" />
    </Stack>
  )
}

export function useAnnotationTransfer(showUnplaced?: () => void) {
  const exportAnnotations = useCallback(async (format: AnnotationExportFormat, documentId: string | null) => {
    try {
      const result = await callParley('exportAnnotations', { format, documentId })
      if (!result.saved) return
      const what = format === 'csv' || (format === 'md' && documentId === null) ? `${result.count} claims` : `${result.count} annotations`
      notifications.show({ color: 'teal', title: 'Exported', message: `${what} saved to ${result.path}`, autoClose: 6000 })
    } catch (error) {
      notifications.show({ color: 'red', title: 'Export failed', message: toParleyIpcError(error).message, autoClose: false })
    }
  }, [])

  const importFrom = useCallback(async (channel: 'importAnnotations' | 'importQdaProject') => {
    const progressId = newProgressId()
    // A file of many annotations takes a while: once main has started, show how far it has got.
    let shown = false
    const stopFollowing = followProgress(progressId, (progress) => {
      if (progress.stage !== 'annotations') return
      const message = <ImportProgressMessage done={progress.done} total={progress.total} />
      if (!shown) notifications.show({ id: PROGRESS_ID, title: 'Importing annotations', message, autoClose: false, withCloseButton: false })
      else notifications.update({ id: PROGRESS_ID, message })
      shown = true
    })
    try {
      const result = await callParley(channel, { progressId }).finally(() => {
        stopFollowing()
        if (shown) notifications.hide(PROGRESS_ID)
      })
      if (!result.chosen) return
      const singular: Record<string, string> = { sources: 'source', parties: 'party', issues: 'issue', tags: 'tag' }
      const created = Object.entries(result.created).filter(([, n]) => n > 0).map(([kind, n]) => countOf(n, singular[kind] ?? kind, kind))
      const parts = [
        ...(result.documents ? [`${countOf(result.documents.imported, 'document')} imported${result.documents.reused ? ` (${result.documents.reused} already here)` : ''}`] : []),
        `${result.imported.toLocaleString('en')} placed${result.needsReview ? ` (${result.needsReview.toLocaleString('en')} to review)` : ''}`,
        ...(result.notPlaced.length ? [`${result.notPlaced.length} not placed`] : []),
        ...(created.length ? [`created ${created.join(', ')}`] : []),
        ...(result.skipped.length ? [`${result.skipped.length} skipped (${[...new Set(result.skipped.map((s) => s.reason))].join('; ')})`] : []),
      ]
      announceLibraryChange({ all: true, registries: true })
      const trouble = result.problems.length > 0 || result.notPlaced.length > 0
      notifications.show({
        color: trouble ? 'orange' : 'teal',
        title: `Annotations imported${result.fileKind ? ` (${result.fileKind})` : ''}`,
        message: (
          <Stack gap={4}>
            <Text size="sm">{parts.join('; ')}.</Text>
            {result.problems.slice(0, 3).map((problem) => (
              <Text key={problem} size="xs" c="dimmed">
                {problem}
              </Text>
            ))}
            {result.notPlaced.length > 0 && showUnplaced && (
              <Group>
                <Button size="compact-xs" variant="light" onClick={showUnplaced}>
                  Place or discard the {result.notPlaced.length}…
                </Button>
              </Group>
            )}
          </Stack>
        ),
        autoClose: trouble ? false : 8000,
      })
    } catch (error) {
      notifications.show({ color: 'red', title: 'Import failed', message: toParleyIpcError(error).message, autoClose: false })
    }
  }, [showUnplaced])
  const importAnnotations = useCallback(() => importFrom('importAnnotations'), [importFrom])
  const importQdaProject = useCallback(() => importFrom('importQdaProject'), [importFrom])

  return { exportAnnotations, importAnnotations, importQdaProject }
}
