import { Button, Group, Stack, Text } from '@mantine/core'

/** "Report saved": where, how big, and the two things one does next, open it or find it. */
export function SavedReportMessage({ path, size, onOpen, onShow }: { path: string; size: string; onOpen: () => void; onShow: () => void }): React.JSX.Element {
  return (
    <Stack gap={6}>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="saved-report-path">
        {path}
        {size}
      </Text>
      <Group gap="xs">
        <Button size="compact-xs" variant="light" onClick={onOpen}>
          Open
        </Button>
        <Button size="compact-xs" variant="subtle" onClick={onShow}>
          Show in folder
        </Button>
      </Group>
    </Stack>
  )
}
