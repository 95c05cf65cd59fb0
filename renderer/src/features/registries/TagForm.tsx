import { NameField } from './NameField'
import { useMemo, useState } from 'react'
import { Select } from '@mantine/core'
import type { Tag } from '../../../../shared/domain/registries'
import type { IpcArgs } from '../../../../shared/ipc/contract'
import { FormModal } from '../../components/FormModal'
import { isHexColor } from './registry-colors'
import { ColorField } from './ColorField'
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
  const [name, setName] = useState(tag?.name ?? '')
  const [color, setColor] = useState(tag?.color ?? suggestedColor)
  const [parentId, setParentId] = useState<string | null>(tag ? tag.parentId : initialParentId)
  const [errors, setErrors] = useState<{ name?: string; color?: string }>({})
  const parentChoices = useMemo(() => tagChoicesFor(tags, tag?.id ?? null), [tags, tag])

  const submit = async () => {
    const found = {
      name: name.trim() === '' ? 'A name is required.' : undefined,
      color: isHexColor(color) ? undefined : 'Choose a colour such as #1971c2.',
    }
    setErrors(found)
    if (found.name || found.color) return false
    return onSave({ id: tag?.id ?? null, name: name.trim(), color: color.toLowerCase(), parentId })
  }

  return (
    <FormModal title={tag ? `Edit tag “${tag.name}”` : 'New tag'} onClose={onClose} onSubmit={submit}>
      <NameField
        placeholder="e.g. Ceasefire violations"
        value={name}
        error={errors.name}
        onChange={(value) => {
          setName(value)
          setErrors((e) => ({ ...e, name: undefined }))
        }}
      />
      <ColorField
        value={color}
        error={errors.color}
        onChange={(value) => {
          setColor(value)
          setErrors((e) => ({ ...e, color: undefined }))
        }}
      />
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
