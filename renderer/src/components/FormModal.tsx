import { useState, type ReactNode } from 'react'
import { Button, Group, Modal, Stack } from '@mantine/core'

export interface FormModalProps {
  title: string
  onClose: () => void
  /** Validates and saves; resolves true when saved, so the modal closes, false to stay open. */
  onSubmit: () => Promise<boolean>
  children: ReactNode
}

/** A modal form with Cancel and Save; it stays open when saving fails (errors show in its fields). */
export function FormModal({ title, onClose, onSubmit, children }: FormModalProps): React.JSX.Element {
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
