import { useMemo, useState } from 'react'
import { Select } from '@mantine/core'
import type { Tag } from '../../../../shared/domain/registries'
import type { IpcArgs } from '../../../../shared/ipc/contract'
import { FormModal } from '../../components/FormModal'
import { NameAndColourFields, useNameAndColour } from './NameAndColourFields'
import { tagChoicesFor } from './tag-choices'

export interface TagFormProps {
  /** Null for a new tag. */
  tag: Tag | null
  /** Where a new tag goes (null: top level); an existing tag starts under its parent. */
  initialParentId: string | null
  tags: Tag[]
  /** The colour a new tag starts with. */
  suggestedColor: string
  onClose: () => void
  /** Resolves true once main has saved the tag. */
  onSave: (input: IpcArgs<'saveTag'>) => Promise<boolean>
}

/** Creates a tag, or renames, recolours and moves one; it cannot go under itself or its sub-tags. */
export function TagForm({ tag, initialParentId, tags, suggestedColor, onClose, onSave }: TagFormProps): React.JSX.Element {
  const fields = useNameAndColour(tag?.name ?? '', tag?.color ?? suggestedColor)
  const [parentId, setParentId] = useState<string | null>(tag ? tag.parentId : initialParentId)
  const parentChoices = useMemo(() => tagChoicesFor(tags, tag?.id ?? null), [tags, tag])

  const submit = async () => {
    if (!fields.validate()) return false
    return onSave({ id: tag?.id ?? null, ...fields.cleaned(), parentId })
  }

  return (
    <FormModal title={tag ? `Edit tag “${tag.name}”` : 'New tag'} onClose={onClose} onSubmit={submit}>
      <NameAndColourFields state={fields} namePlaceholder="e.g. Ceasefire violations" />
      <Select
        label="Parent"
        description="Leave empty for a top-level tag."
        placeholder="Top level"
        data={parentChoices}
        value={parentId}
        onChange={setParentId}
        searchable
        clearable
        nothingFoundMessage="No tag by that name"
      />
    </FormModal>
  )
}
