import { useCallback, useRef, useState } from 'react'
import { Button, Group, Progress, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { ImportProgress, ImportResult } from '../../../../shared/ipc/contract'
import { newProgressId } from './progress-id'
import { followProgress } from '../../ipc/follow-progress'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'
import { fileToBase64 } from './file-to-base64'
import { summariseImport } from './summarise-import'

interface ImportJob {
  name: string
  /** Runs the import; a long one can be followed by its progress id (see getImportProgress). */
  run: (progressId: string) => Promise<ImportResult>
}

export interface ImportReport {
  results: ImportResult[]
  cancelled: boolean
}

const NOTIFICATION_ID = 'import-progress'
/** How often a running import call is asked how far it has got. */

/** A row of the results for something that could not even be tried, such as a folder with nothing in it. */
const failedJob = (name: string, message: string): ImportJob => ({
  name,
  run: async () => ({ fileName: name, status: 'failed', documentId: null, title: null, message, warnings: [] }),
})

/** "article 57 of 200" while a news-database export is read article by article. */
function insideFile(progress: ImportProgress | null): string | null {
  if (!progress || progress.total <= 1) return null
  if (progress.stage === 'saving') return `saving ${progress.total} articles`
  return `article ${progress.done + 1} of ${progress.total}`
}

function ProgressMessage({ done, total, current, inside, onCancel }: { done: number; total: number; current: string; inside?: ImportProgress | null; onCancel: () => void }): React.JSX.Element {
  const within = insideFile(inside ?? null)
  const fraction = inside && inside.total > 1 ? (inside.stage === 'saving' ? 1 : inside.done / inside.total) : 0
  return (
    <Stack gap={6}>
      <Text size="sm" truncate="end">
        {done} of {total}: {current}
      </Text>
      {within && (
        <Text size="xs" c="dimmed" data-testid="import-progress-within">
          {within}
        </Text>
      )}
      <Progress value={((done + fraction) / total) * 100} size="sm" aria-label="Import progress" />
      <Group justify="flex-end">
        <Button size="compact-xs" variant="subtle" color="gray" onClick={onCancel}>
          Cancel
        </Button>
      </Group>
    </Stack>
  )
}

/**
 * Imports files one at a time through main (dialog choices, dropped files, pasted text), with
 * progress and a cancel button for batches, and a per-file report at the end.
 */
/** How often the library list is refreshed while a batch runs, so its count moves with the progress. */
const LIBRARY_REFRESH_MS = 700

export function useImporter({ onFinished, onImported }: { onFinished: (report: ImportReport) => void; onImported?: () => void }) {
  const [running, setRunning] = useState(false)
  const [report, setReport] = useState<ImportReport | null>(null)
  const cancelRequested = useRef(false)

  const runJobs = useCallback(
    async (jobs: ImportJob[]) => {
      if (jobs.length === 0) return
      setRunning(true)
      cancelRequested.current = false
      const cancel = () => {
        cancelRequested.current = true
      }
      const results: ImportResult[] = []
      let lastRefresh = performance.now()
      notifications.show({ id: NOTIFICATION_ID, title: 'Importing', message: <ProgressMessage done={0} total={jobs.length} current={jobs[0]!.name} onCancel={cancel} />, autoClose: false, withCloseButton: false })
      for (const [index, job] of jobs.entries()) {
        if (cancelRequested.current) break
        notifications.update({ id: NOTIFICATION_ID, message: <ProgressMessage done={index} total={jobs.length} current={job.name} onCancel={cancel} /> })
        const progressId = newProgressId()
        // A file of many articles is one call: ask main how far it has got while it runs.
        const stopFollowing = followProgress(progressId, (inside) =>
          notifications.update({ id: NOTIFICATION_ID, message: <ProgressMessage done={index} total={jobs.length} current={job.name} inside={inside} onCancel={cancel} /> }),
        )
        try {
          const result = await job.run(progressId)
          results.push(result)
          if (result.status === 'imported' && onImported && performance.now() - lastRefresh >= LIBRARY_REFRESH_MS) {
            lastRefresh = performance.now()
            onImported()
          }
        } catch (error) {
          results.push({ fileName: job.name, status: 'failed', documentId: null, title: null, message: `${job.name}: ${toParleyIpcError(error).message}`, warnings: [] })
        } finally {
          stopFollowing()
        }
      }
      const cancelled = results.length < jobs.length
      const failed = results.some((r) => r.status === 'failed')
      notifications.update({
        id: NOTIFICATION_ID,
        title: cancelled ? 'Import cancelled' : 'Import finished',
        message: summariseImport(results, cancelled),
        color: failed ? 'orange' : 'teal',
        autoClose: 6000,
        withCloseButton: true,
      })
      const finished = { results, cancelled }
      // A news-database export is one file but many documents: its rows are worth a look too.
      if (jobs.length > 1 || results.some((r) => r.status !== 'imported' || (r.articles?.length ?? 0) > 0)) setReport(finished)
      setRunning(false)
      onFinished(finished)
    },
    [onFinished, onImported],
  )

  const importFromDialog = useCallback(
    async (kind: 'files' | 'folder') => {
      try {
        const batch = await callParley('pickImportFiles', { kind })
        if (!batch.batchId) return
        const empty = batch.emptyFolders ?? []
        if (batch.files.length === 0) {
          const message = empty.map((f) => f.message).join(' ') || 'The folder holds no .html, .pdf, .docx, .rtf, .txt or .md files.'
          notifications.show({ color: 'orange', title: 'Nothing to import', message, autoClose: 8000 })
          return
        }
        const batchId = batch.batchId
        // Folders with nothing in them are listed in the results too, so none goes unmentioned.
        await runJobs([...empty.map((f) => failedJob(f.name, f.message)), ...batch.files.map((file) => ({ name: file.name, run: (progressId: string) => callParley('importPickedFile', { batchId, index: file.index, progressId }) }))])
      } catch (error) {
        notifications.show({ color: 'red', title: 'Import failed', message: toParleyIpcError(error).message, autoClose: false })
      }
    },
    [runJobs],
  )

  const importFiles = useCallback(
    (files: File[], folders: readonly string[] = []) =>
      runJobs([
        // A dropped folder cannot be read from here (main never sees its path): say how to import it.
        ...folders.map((name) => failedJob(name, `${name} is a folder: dropped folders cannot be imported. Use Import → Folder… to import the files in it.`)),
        ...files.map((file) => ({ name: file.name, run: async (progressId: string) => callParley('importDroppedFile', { name: file.name, dataBase64: await fileToBase64(file), progressId }) })),
      ]),
    [runJobs],
  )

  const importPasted = useCallback(
    (format: 'text' | 'html', content: string) => runJobs([{ name: 'Pasted text', run: () => callParley('importPasted', { format, content }) }]),
    [runJobs],
  )

  return { running, report, dismissReport: () => setReport(null), importFromDialog, importFiles, importPasted }
}
export type Importer = ReturnType<typeof useImporter>
