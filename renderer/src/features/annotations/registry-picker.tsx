import { useMemo, useState } from 'react'
import { MultiSelect, Select, type ComboboxItem, type OptionsFilter } from '@mantine/core'
import Fuse from 'fuse.js'

export interface PickerItem {
  id: string
  label: string
  aliases: string[]
}

const CREATE = 'create:'

/** Fuzzy matching on names and aliases ("Putin" finds "Vladimir Putin"), plus a "Create" option. */
function useFuzzyOptions(items: readonly PickerItem[], search: string) {
  const fuse = useMemo(() => new Fuse(items as PickerItem[], { keys: [{ name: 'label', weight: 2 }, 'aliases'], threshold: 0.4, ignoreLocation: true, ignoreDiacritics: true }), [items])
  return useMemo(() => {
    const query = search.trim()
    const matched = query ? fuse.search(query).map((r) => r.item) : [...items]
    const options: ComboboxItem[] = matched.map((item) => ({ value: item.id, label: item.label }))
    const exists = items.some((item) => [item.label, ...item.aliases].some((name) => name.toLocaleLowerCase() === query.toLocaleLowerCase()))
    if (query && !exists) options.push({ value: `${CREATE}${query}`, label: `+ Create “${query}”` })
    return options
  }, [fuse, items, search])
}

// Options are already matched by fuse.js: show them as they are.
const keepAll: OptionsFilter = ({ options }) => options

export interface RegistryPickerProps {
  label: string
  placeholder?: string
  items: readonly PickerItem[]
  value: string | null
  onChange: (id: string | null) => void
  onCreate: (name: string) => Promise<string | null>
  error?: string
  required?: boolean
}

export function RegistryPicker({ label, placeholder, items, value, onChange, onCreate, error, required }: RegistryPickerProps): React.JSX.Element {
  const [search, setSearch] = useState('')
  const options = useFuzzyOptions(items, search)
  const selected = items.find((item) => item.id === value)
  return (
    <Select
      label={label}
      placeholder={placeholder}
      withAsterisk={required}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={selected && !options.some((o) => o.value === selected.id) ? [{ value: selected.id, label: selected.label }, ...options] : options}
      filter={keepAll}
      value={value}
      error={error}
      nothingFoundMessage="Type a name to create it"
      onChange={async (next) => {
        if (next?.startsWith(CREATE)) {
          const id = await onCreate(next.slice(CREATE.length))
          if (id) onChange(id)
          return
        }
        onChange(next)
      }}
    />
  )
}

export interface RegistryMultiPickerProps extends Omit<RegistryPickerProps, 'value' | 'onChange'> {
  value: string[]
  onChange: (ids: string[]) => void
}

export function RegistryMultiPicker({ label, placeholder, items, value, onChange, onCreate, error, required }: RegistryMultiPickerProps): React.JSX.Element {
  const [search, setSearch] = useState('')
  const options = useFuzzyOptions(items, search)
  const selectedOptions = items.filter((item) => value.includes(item.id) && !options.some((o) => o.value === item.id)).map((item) => ({ value: item.id, label: item.label }))
  return (
    <MultiSelect
      label={label}
      placeholder={placeholder}
      withAsterisk={required}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={[...selectedOptions, ...options]}
      filter={keepAll}
      value={value}
      error={error}
      onChange={async (next) => {
        const creating = next.find((v) => v.startsWith(CREATE))
        if (creating) {
          const id = await onCreate(creating.slice(CREATE.length))
          setSearch('')
          onChange([...next.filter((v) => !v.startsWith(CREATE)), ...(id ? [id] : [])])
          return
        }
        onChange(next)
      }}
    />
  )
}
