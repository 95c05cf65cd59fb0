import { Alert, Button, Code, List, Stack, Text } from '@mantine/core'
import type { ParleyIpcError } from '../ipc/parley-client'
import type { IpcErrorCode } from '../../../shared/ipc/errors'
import { AlertIcon } from './icons'

const titles: Record<IpcErrorCode, string> = {
  'not-found': 'Not found',
  'invalid-arguments': 'Invalid request',
  'forbidden-sender': 'Request refused',
  'library-in-use': 'Library in use',
  'library-damaged': 'Library damaged',
  'library-too-new': 'Library from a newer Parley',
  'import-failed': 'Import failed',
  'export-failed': 'Export failed',
  'unknown-channel': 'Unknown request',
  cancelled: 'Cancelled',
  internal: 'Something went wrong',
}

/** Shows a typed IPC error as it came from main: its kind, message and details. */
export function ErrorState({ error, onRetry }: { error: ParleyIpcError; onRetry?: () => void }): React.JSX.Element {
  return (
    <Alert color="red" variant="light" icon={<AlertIcon />} title={titles[error.code]} role="alert" maw={720}>
      <Stack gap="xs">
        <Text size="sm">{error.message}</Text>
        {error.details.length > 0 && (
          <List size="sm">
            {error.details.map((detail, index) => (
              <List.Item key={index}>{detail}</List.Item>
            ))}
          </List>
        )}
        <Text size="xs" c="dimmed">
          Error code: <Code>{error.code}</Code>
        </Text>
        {onRetry && (
          <div>
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              Try again
            </Button>
          </div>
        )}
      </Stack>
    </Alert>
  )
}
