import { NameField } from './NameField'
import { useState } from 'react'
import { TagsInput } from '@mantine/core'
import type { Party } from '../../../../shared/domain/registries'
import type { IpcArgs } from '../../../../shared/ipc/contract'
import { FormModal } from '../../components/FormModal'
import { cleanAliases } from './registry-nouns'
import { isHexColor } from './registry-colors'
import { ColorField } from './ColorField'

export interface PartyFormProps {
  /** Null for a new party. */
  party: Party | null
  /** The colour a new party starts with. */
  suggestedColor: string
  onClose: () => void
  /** Resolves true once main has saved the party. */
  onSave: (input: IpcArgs<'saveParty'>) => Promise<boolean>
}

/** Creates or edits a party: its name, the colour its claims are shown in, and other names for it. */
export function PartyForm({ party, suggestedColor, onClose, onSave }: PartyFormProps): React.JSX.Element {
  const [name, setName] = useState(party?.name ?? '')
  const [color, setColor] = useState(party?.color ?? suggestedColor)
  const [aliases, setAliases] = useState<string[]>(party?.aliases ?? [])
  const [errors, setErrors] = useState<{ name?: string; color?: string }>({})

  const submit = async () => {
    const found = {
      name: name.trim() === '' ? 'A name is required.' : undefined,
      color: isHexColor(color) ? undefined : 'Choose a colour such as #1971c2.',
    }
    setErrors(found)
    if (found.name || found.color) return false
    return onSave({ id: party?.id ?? null, name: name.trim(), color: color.toLowerCase(), aliases: cleanAliases(aliases, name) })
  }

  return (
    <FormModal title={party ? `Edit party “${party.name}”` : 'New party'} onClose={onClose} onSubmit={submit}>
      <NameField
        placeholder="e.g. Syrian opposition"
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
      <TagsInput label="Aliases" description="Other names the press uses; press Enter after each." placeholder="e.g. HNC" value={aliases} onChange={setAliases} />
    </FormModal>
  )
}
