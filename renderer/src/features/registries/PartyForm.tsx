import { useState } from 'react'
import { TagsInput } from '@mantine/core'
import type { Party } from '../../../../shared/domain/registries'
import type { IpcArgs } from '../../../../shared/ipc/contract'
import { FormModal } from '../../components/FormModal'
import { cleanAliases } from './registry-nouns'
import { NameAndColourFields, useNameAndColour } from './NameAndColourFields'

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
  const fields = useNameAndColour(party?.name ?? '', party?.color ?? suggestedColor)
  const [aliases, setAliases] = useState<string[]>(party?.aliases ?? [])

  const submit = async () => {
    if (!fields.validate()) return false
    const { name, color } = fields.cleaned()
    return onSave({ id: party?.id ?? null, name, color, aliases: cleanAliases(aliases, name) })
  }

  return (
    <FormModal title={party ? `Edit party “${party.name}”` : 'New party'} onClose={onClose} onSubmit={submit}>
      <NameAndColourFields state={fields} namePlaceholder="e.g. Syrian opposition" />
      <TagsInput label="Aliases" description="Other names the press uses; press Enter after each." placeholder="e.g. HNC" value={aliases} onChange={setAliases} />
    </FormModal>
  )
}
