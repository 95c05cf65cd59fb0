import { useState } from 'react'
import { Group, TextInput } from '@mantine/core'
import { FormModal } from '../../components/FormModal'
import type { ParleyDocument } from '../../../../shared/domain/document'
import type { DocumentDetailsInput } from '../../../../shared/ipc/contract'
import type { ParleyIpcError } from '../../ipc/parley-client'

export interface DocumentDetailsModalProps {
  document: ParleyDocument
  opened: boolean
  onClose: () => void
  onSave: (details: DocumentDetailsInput) => Promise<ParleyIpcError | null>
}

const fieldOf = (detail: string) => detail.split(':')[0]?.replace(/^details\./, '') ?? ''

/** Every metadata field of a document, editable; main validates and its errors show per field. */
export function DocumentDetailsModal({ document, opened, onClose, onSave }: DocumentDetailsModalProps): React.JSX.Element | null {
  const [values, setValues] = useState<DocumentDetailsInput>(() => ({
    title: document.title,
    outlet: document.outlet ?? '',
    byline: document.byline ?? '',
    publishedAt: document.publishedAt?.slice(0, 10) ?? '',
    language: document.language ?? '',
  }))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const field = (name: keyof DocumentDetailsInput) => ({
    value: values[name] ?? '',
    error: errors[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      // Read now: React clears currentTarget once the handler returns, before the updater runs.
      const value = event.currentTarget.value
      setValues((v) => ({ ...v, [name]: value }))
    },
  })

  const submit = async (): Promise<boolean> => {
    const failure = await onSave(values)
    if (!failure) return true
    const byField: Record<string, string> = {}
    for (const detail of failure.details) byField[fieldOf(detail)] = detail.slice(detail.indexOf(':') + 1).trim()
    setErrors(Object.keys(byField).length > 0 ? byField : { title: failure.message })
    return false
  }

  if (!opened) return null
  return (
    <FormModal title="Document details" onClose={onClose} onSubmit={submit}>
      <TextInput label="Title" required data-autofocus {...field('title')} />
      <TextInput label="Outlet" placeholder="e.g. The Levant Ledger" {...field('outlet')} />
      <TextInput label="Author" placeholder="e.g. Karim Haddad" {...field('byline')} />
      <Group grow>
        <TextInput label="Published" placeholder="YYYY-MM-DD" {...field('publishedAt')} />
        <TextInput label="Language" placeholder="e.g. en" {...field('language')} />
      </Group>
    </FormModal>
  )
}
