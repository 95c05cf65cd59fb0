import { ActionIcon, Group, Paper, Text, Tooltip } from '@mantine/core'

export interface FindBarProps {
  terms: readonly string[]
  count: number
  current: number
  onMove: (step: 1 | -1) => void
  onClose: () => void
}

/** Search matches in the open document: how many, which one, next and previous. */
export function FindBar({ terms, count, current, onMove, onClose }: FindBarProps): React.JSX.Element {
  return (
    <Paper withBorder shadow="sm" px="sm" py={4} role="search" aria-label="Matches in this document">
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" truncate="end" maw={260}>
          “{terms.join(' ')}”
        </Text>
        <Text size="sm" c="dimmed" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
          {count === 0 ? 'no matches' : `${current + 1} of ${count}`}
        </Text>
        <Tooltip label="Previous match (Shift+F3)">
          <ActionIcon variant="subtle" aria-label="Previous match" disabled={count === 0} onClick={() => onMove(-1)}>
            ↑
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Next match (F3)">
          <ActionIcon variant="subtle" aria-label="Next match" disabled={count === 0} onClick={() => onMove(1)}>
            ↓
          </ActionIcon>
        </Tooltip>
        <ActionIcon variant="subtle" color="gray" aria-label="Stop highlighting matches" onClick={onClose}>
          ×
        </ActionIcon>
      </Group>
    </Paper>
  )
}
