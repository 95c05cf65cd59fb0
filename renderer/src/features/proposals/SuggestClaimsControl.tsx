import { Button, Group, Progress, Stack, Text } from '@mantine/core'
import { useSuggestClaims } from './use-suggest-claims'

export interface SuggestClaimsControlProps {
  /** null: every document in the library. */
  documentIds: string[] | null
  label: string
  /** Find the statements again even where the text has not changed. */
  force?: boolean
  variant?: 'filled' | 'default' | 'light' | 'subtle'
}

/** A button that proposes claims for some documents or all, with the progress under it while it runs. */
export function SuggestClaimsControl({ documentIds, label, force = false, variant = 'default' }: SuggestClaimsControlProps): React.JSX.Element {
  const { suggest, running, progress } = useSuggestClaims()
  return (
    <Stack gap={4} align="flex-end">
      <Group gap="xs">
        <Button size="xs" variant={variant} loading={running} onClick={() => void suggest(documentIds, force)}>
          {label}
        </Button>
      </Group>
      {progress && progress.total > 0 && (
        <Stack gap={2} w={260}>
          <Text size="xs" c="dimmed">
            Finding who said what: document {Math.min(progress.done + 1, progress.total).toLocaleString()} of {progress.total.toLocaleString()}
          </Text>
          <Progress value={(100 * progress.done) / progress.total} size="sm" animated aria-label="Proposing claims" />
        </Stack>
      )}
    </Stack>
  )
}
