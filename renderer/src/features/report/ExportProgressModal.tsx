import { useState } from 'react'
import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core'
import type { ReportExportProgress } from '../../../../shared/ipc/contract'
import { formatNames, stageLabels } from './report-format'

export interface ExportProgressModalProps {
  /** The running (or failed) export; null closes the dialog. */
  progress: ReportExportProgress | null
  onCancel: () => void
  /** Dismisses a failed export. */
  onClose: () => void
}

/** Where a report export stands, with Cancel while it runs and the reason when it failed. */
export function ExportProgressModal({ progress, onCancel, onClose }: ExportProgressModalProps): React.JSX.Element {
  const failed = progress?.stage === 'failed'
  return (
    <Modal
      opened={progress !== null}
      // A running export ends only through Cancel; a failed one closes like any dialog.
      onClose={failed ? onClose : () => undefined}
      title="Saving the report"
      closeOnClickOutside={false}
      closeOnEscape={failed}
      withCloseButton={false}
      centered
    >
      {progress && <ExportProgressBody key={progress.jobId} progress={progress} onCancel={onCancel} onClose={onClose} />}
    </Modal>
  )
}

function ExportProgressBody({ progress, onCancel, onClose }: { progress: ReportExportProgress; onCancel: () => void; onClose: () => void }): React.JSX.Element {
  const [cancelling, setCancelling] = useState(false)
  const failed = progress.stage === 'failed'
  const printing = progress.stage === 'printing'
  const percent = Math.round(Math.min(1, Math.max(0, progress.fraction)) * 100)
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={600}>
          {stageLabels[progress.stage]}
        </Text>
        <Text size="sm" c="dimmed">
          {percent}%
        </Text>
      </Group>
      <Progress value={percent} size="lg" color={failed ? 'red' : undefined} striped={printing} animated={printing} aria-label="Export progress" />
      {failed ? (
        <Text size="sm" c="red" role="alert">
          {progress.message}
        </Text>
      ) : (
        <Text size="sm">{progress.message}</Text>
      )}
      {progress.path && (
        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
          {formatNames[progress.format]} · {progress.path}
        </Text>
      )}
      <Group justify="flex-end">
        {failed ? (
          <Button onClick={onClose}>Close</Button>
        ) : (
          <Button
            variant="default"
            loading={cancelling}
            onClick={() => {
              setCancelling(true)
              onCancel()
            }}
          >
            Cancel
          </Button>
        )}
      </Group>
    </Stack>
  )
}
