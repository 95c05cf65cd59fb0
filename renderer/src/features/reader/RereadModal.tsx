import { Button, Group, List, Modal, Stack, Text } from '@mantine/core'

export interface RereadModalProps {
  opened: boolean
  title: string
  fileName: string
  busy: boolean
  onConfirm: () => void
  onClose: () => void
}

/** Says what re-reading changes before it happens: the text may move, nothing is dropped. */
export function RereadModal({ opened, title, fileName, busy, onConfirm, onClose }: RereadModalProps): React.JSX.Element {
  return (
    <Modal opened={opened} onClose={onClose} title="Re-read from original" centered size="md">
      <Stack gap="sm">
        <Text size="sm">
          Parley reads <b>{fileName}</b>, kept when “{title}” was imported, again with its current importer.
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>Paragraphs, boilerplate and transcript speakers are worked out anew. Blocks you marked as boilerplate stay removed.</List.Item>
          <List.Item>Details you left empty (outlet, author, date) are filled where the file gives them; details you set are kept.</List.Item>
          <List.Item>Annotations are placed again. Any that moved are marked “needs review”; any that cannot be found are kept under Unanchored.</List.Item>
        </List>
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button onClick={onConfirm} loading={busy}>
            Re-read
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
