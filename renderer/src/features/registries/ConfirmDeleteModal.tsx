import { useState, type ReactNode } from 'react'
import { Button, Group, Modal, Stack, Text } from '@mantine/core'

export interface ConfirmDeleteModalProps {
  /** e.g. Delete source “Lavrov”? */
  title: string
  /** What deleting does, or why it cannot be done. */
  children: ReactNode
  /** Set when the entry must not be deleted (e.g. claims use it): the Delete button is disabled. */
  blocked?: boolean
  onClose: () => void
  /** Resolves once main has answered; the modal then closes. */
  /** Resolves true when done; on false the modal stays open (main's refusal was shown). */
  onConfirm: () => Promise<boolean>
}

/** Asks before deleting a registry entry, saying what it is used by. */
export function ConfirmDeleteModal({ title, children, blocked = false, onClose, onConfirm }: ConfirmDeleteModalProps): React.JSX.Element {
  const [deleting, setDeleting] = useState(false)
  const confirm = async () => {
    setDeleting(true)
    const done = await onConfirm()
    setDeleting(false)
    if (done) onClose()
  }
  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack gap="sm">
        {children}
        {!blocked && (
          <Text size="sm" c="dimmed">
            You can undo this with Ctrl+Z.
          </Text>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={confirm} disabled={blocked} loading={deleting}>
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
