import { useState } from 'react'
import { Input, MultiSelect, SegmentedControl, Select, TagsInput, TextInput } from '@mantine/core'
import type { Party, Reliability, Source } from '../../../../shared/domain/registries'
import type { IpcArgs } from '../../../../shared/ipc/contract'
import { FormModal } from '../../components/FormModal'
import { cleanAliases, sortByName } from './registry-nouns'
import { isReliability, reliabilityOptions } from './reliability'

type SourceKind = Source['kind']

const kindOptions: Array<{ value: SourceKind; label: string }> = [
  { value: 'person', label: 'Person' },
  { value: 'organisation', label: 'Organisation' },
  { value: 'document', label: 'Document' },
]

export interface SourceFormProps {
  /** Null for a new source. */
  source: Source | null
  parties: Party[]
  onClose: () => void
  /** Resolves true once main has saved the source. */
  onSave: (input: IpcArgs<'saveSource'>) => Promise<boolean>
}

/** Creates or edits a source: who said it, other names for them, whom they speak for, how reliable. */
export function SourceForm({ source, parties, onClose, onSave }: SourceFormProps): React.JSX.Element {
  const [name, setName] = useState(source?.name ?? '')
  const [aliases, setAliases] = useState<string[]>(source?.aliases ?? [])
  const [kind, setKind] = useState<SourceKind>(source?.kind ?? 'person')
  // Only parties that still exist: main refuses to save a source naming a deleted one.
  const [partyIds, setPartyIds] = useState<string[]>(() => (source?.partyIds ?? []).filter((id) => parties.some((party) => party.id === id)))
  const [reliability, setReliability] = useState<Reliability>(source?.reliability ?? 'F')
  const [nameError, setNameError] = useState<string | null>(null)

  const submit = async () => {
    if (name.trim() === '') {
      setNameError('A name is required.')
      return false
    }
    return onSave({ id: source?.id ?? null, name: name.trim(), aliases: cleanAliases(aliases, name), kind, partyIds, reliability })
  }

  return (
    <FormModal title={source ? `Edit source “${source.name}”` : 'New source'} onClose={onClose} onSubmit={submit}>
      <TextInput
        label="Name"
        required
        data-autofocus
        placeholder="e.g. Sergei Lavrov"
        value={name}
        error={nameError}
        onChange={(event) => {
          setName(event.currentTarget.value)
          setNameError(null)
        }}
      />
      <TagsInput label="Aliases" description="Other names the press uses; press Enter after each." placeholder="e.g. Russian Foreign Minister" value={aliases} onChange={setAliases} />
      <Input.Wrapper label="Kind" labelElement="div">
        <div>
          <SegmentedControl aria-label="Kind" data={kindOptions} value={kind} onChange={(value) => setKind(value as SourceKind)} />
        </div>
      </Input.Wrapper>
      <MultiSelect
        label="Speaks for"
        description="The parties this source speaks for."
        placeholder={parties.length === 0 ? 'No parties yet: add them on the Parties page' : 'Choose parties'}
        data={sortByName(parties).map((party) => ({ value: party.id, label: party.name }))}
        value={partyIds}
        onChange={setPartyIds}
        searchable
        clearable
        nothingFoundMessage="No party by that name"
      />
      <Select
        label="Reliability"
        description="Admiralty grade of the source’s track record."
        data={reliabilityOptions}
        value={reliability}
        onChange={(value) => isReliability(value) && setReliability(value)}
        allowDeselect={false}
      />
    </FormModal>
  )
}
