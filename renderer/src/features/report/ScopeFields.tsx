import { Group, MultiSelect, Stack, Text, TextInput } from '@mantine/core'
import type { ReportScope } from '../../../../shared/report/report-options'
import type { OptionErrors } from './option-errors'
import { withMissing, type Choice, type RegistryChoices } from './scope-choices'

export interface ScopeFieldsProps {
  scope: ReportScope
  /** Null while the library's documents are loading. */
  documents: Choice[] | null
  registries: RegistryChoices | null
  errors: OptionErrors
  onChange: (scope: ReportScope) => void
}

/** A library may hold 10,000 documents: the dropdown shows this many matches of what is typed. */
export const SHOWN_MATCHES = 50

/** Bounds the pills of a long selection, so the form stays usable with hundreds picked. */
const pillStyles = { pillsList: { maxHeight: 132, overflowY: 'auto' as const } }

interface PickerProps {
  label: string
  everything: string
  choices: Choice[] | null
  value: string[]
  missingLabel: string
  onChange: (value: string[]) => void
}

function ScopePicker({ label, everything, choices, value, missingLabel, onChange }: PickerProps): React.JSX.Element {
  return (
    <MultiSelect
      label={label}
      placeholder={choices ? (value.length ? 'Add more…' : everything) : 'Loading…'}
      data={choices ? withMissing(choices, value, missingLabel) : []}
      value={value}
      onChange={onChange}
      disabled={!choices}
      searchable
      clearable
      hidePickedOptions
      limit={SHOWN_MATCHES}
      maxDropdownHeight={280}
      nothingFoundMessage="Nothing matches"
      styles={pillStyles}
    />
  )
}

/** Empty text means no bound; anything else goes to main as typed, which checks it. */
const dayOrNull = (text: string): string | null => (text.trim() === '' ? null : text.trim())

/** What the report covers: documents, issues, parties, tags and a date range; empty means all. */
export function ScopeFields({ scope, documents, registries, errors, onChange }: ScopeFieldsProps): React.JSX.Element {
  return (
    <Stack gap="sm">
      <ScopePicker
        label="Documents"
        everything="Every document"
        choices={documents}
        value={scope.documentIds}
        missingLabel="Removed document"
        onChange={(documentIds) => onChange({ ...scope, documentIds })}
      />
      <ScopePicker
        label="Issues"
        everything="Every issue"
        choices={registries?.issues ?? null}
        value={scope.issueIds}
        missingLabel="Removed issue"
        onChange={(issueIds) => onChange({ ...scope, issueIds })}
      />
      <ScopePicker
        label="Parties"
        everything="Every party"
        choices={registries?.parties ?? null}
        value={scope.partyIds}
        missingLabel="Removed party"
        onChange={(partyIds) => onChange({ ...scope, partyIds })}
      />
      <ScopePicker label="Tags" everything="Any tag" choices={registries?.tags ?? null} value={scope.tagIds} missingLabel="Removed tag" onChange={(tagIds) => onChange({ ...scope, tagIds })} />
      <Group gap="sm" grow align="flex-start">
        <TextInput label="From" placeholder="YYYY-MM-DD" value={scope.from ?? ''} error={errors['scope.from']} onChange={(e) => onChange({ ...scope, from: dayOrNull(e.currentTarget.value) })} />
        <TextInput label="To" placeholder="YYYY-MM-DD" value={scope.to ?? ''} error={errors['scope.to']} onChange={(e) => onChange({ ...scope, to: dayOrNull(e.currentTarget.value) })} />
      </Group>
      <Text size="xs" c="dimmed">
        Claims are dated by their statement, other annotations by their article. With a date set, undated items are left out.
      </Text>
    </Stack>
  )
}
