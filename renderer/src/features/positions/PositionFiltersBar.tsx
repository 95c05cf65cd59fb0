import { Group, MultiSelect, Select, TextInput } from '@mantine/core'
import type { PositionFiltersInput } from '../../../../shared/ipc/contract'
import type { Tag } from '../../../../shared/domain/registries'
import { reliabilityOptions } from '../registries/reliability'
import { credibilityLabels } from '../annotations/claim-vocabulary'

export interface PositionFiltersBarProps {
  filters: PositionFiltersInput
  outlets: string[]
  tags: Tag[]
  onChange: (filters: PositionFiltersInput) => void
}

const dayOrNull = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : null)

/** Date range, outlets, minimum reliability, credibility and tags: every view takes them. */
export function PositionFiltersBar({ filters, outlets, tags, onChange }: PositionFiltersBarProps): React.JSX.Element {
  return (
    <Group gap="sm" align="flex-end">
      <TextInput label="From" placeholder="YYYY-MM-DD" w={130} defaultValue={filters.from ?? ''} onBlur={(e) => onChange({ ...filters, from: dayOrNull(e.currentTarget.value) })} />
      <TextInput label="To" placeholder="YYYY-MM-DD" w={130} defaultValue={filters.to ?? ''} onBlur={(e) => onChange({ ...filters, to: dayOrNull(e.currentTarget.value) })} />
      <MultiSelect label="Outlets" placeholder="All outlets" data={outlets} value={filters.outlets} onChange={(value) => onChange({ ...filters, outlets: value })} w={240} searchable clearable />
      <Select label="Sources at least" placeholder="Any reliability" data={reliabilityOptions} value={filters.minReliability} onChange={(value) => onChange({ ...filters, minReliability: value as PositionFiltersInput['minReliability'] })} w={200} clearable />
      <Select
        label="Credibility at least"
        placeholder="Any credibility"
        data={Object.entries(credibilityLabels).map(([value, label]) => ({ value, label }))}
        value={filters.maxCredibility ? String(filters.maxCredibility) : null}
        onChange={(value) => onChange({ ...filters, maxCredibility: value ? Number(value) : null })}
        w={200}
        clearable
      />
      <MultiSelect label="Tags" placeholder="Any tag" data={tags.map((t) => ({ value: t.id, label: t.name }))} value={filters.tagIds} onChange={(value) => onChange({ ...filters, tagIds: value })} w={200} searchable clearable />
    </Group>
  )
}
