import { useState } from 'react'
import { TagsInput, TextInput, Textarea } from '@mantine/core'
import type { Issue } from '../../../../shared/domain/registries'
import type { IpcArgs } from '../../../../shared/ipc/contract'
import { FormModal } from '../../components/FormModal'

export interface IssueFormProps {
  /** Null for a new issue. */
  issue: Issue | null
  onClose: () => void
  /** Resolves true once main has saved the issue. */
  onSave: (input: IpcArgs<'saveIssue'>) => Promise<boolean>
}

/** Creates or edits an issue: the question positions are taken on, and what it covers. */
export function IssueForm({ issue, onClose, onSave }: IssueFormProps): React.JSX.Element {
  const [title, setTitle] = useState(issue?.title ?? '')
  const [description, setDescription] = useState(issue?.description ?? '')
  const [keywords, setKeywords] = useState<string[]>(issue?.keywords ?? [])
  const [titleError, setTitleError] = useState<string | null>(null)

  const submit = async () => {
    if (title.trim() === '') {
      setTitleError('A title is required.')
      return false
    }
    return onSave({ id: issue?.id ?? null, title: title.trim(), description: description.trim(), keywords })
  }

  return (
    <FormModal title={issue ? `Edit issue “${issue.title}”` : 'New issue'} onClose={onClose} onSubmit={submit}>
      <TextInput
        label="Title"
        required
        data-autofocus
        placeholder="e.g. Kurdish participation"
        value={title}
        error={titleError}
        onChange={(event) => {
          setTitle(event.currentTarget.value)
          setTitleError(null)
        }}
      />
      <TagsInput
        label="Keywords"
        description="Words that mark a statement as being about this issue; Parley uses them to propose the issue of a claim."
        placeholder="Type a word or phrase, then Enter"
        value={keywords}
        onChange={(next) => setKeywords([...new Set(next.map((k) => k.trim()).filter(Boolean))])}
        maxTags={200}
        clearable
      />
      <Textarea label="Description" placeholder="What the issue covers, and what it does not." rows={5} resize="vertical" maxLength={5000} value={description} onChange={(event) => setDescription(event.currentTarget.value)} />
    </FormModal>
  )
}
