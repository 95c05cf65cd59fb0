import { useState, type ReactNode } from 'react'
import { Button, Group, Modal, Stack } from '@mantine/core'

export interface EntryFormModalProps {
  title: string
  onClose: () => void
  /** Validates and saves; resolves true when saved, so the modal closes, false to stay open. */
  onSubmit: () => Promise<boolean>
  children: ReactNode
}

/** A modal form for one registry entry with Cancel and Save; it stays open when saving fails. */
export function EntryFormModal({ title, onClose, onSubmit, children }: EntryFormModalProps): React.JSX.Element {
  const [saving, setSaving] = useState(false)
  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    setSaving(true)
    const saved = await onSubmit()
    setSaving(false)
    if (saved) onClose()
  }
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {children}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
