import type { ReactNode } from 'react'
import { Button, Checkbox, Group, Table, VisuallyHidden } from '@mantine/core'
import { entryName, type RegistryEntry } from './registry-nouns'

export interface RegistryColumn<E> {
  header: string
  render: (entry: E) => ReactNode
}

export interface RegistryTableProps<E extends RegistryEntry> {
  /** The table's accessible name, e.g. "Sources". */
  label: string
  entries: E[]
  columns: RegistryColumn<E>[]
  /** Claims (or annotations) per entry id. */
  usage: Record<string, number>
  selectedIds: ReadonlySet<string>
  onSelectionChange: (ids: Set<string>) => void
  onEdit: (entry: E) => void
  onDelete: (entry: E) => void
}

/** Registry entries with a selection checkbox each, their columns, a Claims count, Edit and Delete. */
export function RegistryTable<E extends RegistryEntry>({ label, entries, columns, usage, selectedIds, onSelectionChange, onEdit, onDelete }: RegistryTableProps<E>): React.JSX.Element {
  const allSelected = entries.length > 0 && entries.every((entry) => selectedIds.has(entry.id))
  const someSelected = entries.some((entry) => selectedIds.has(entry.id))
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(selectedIds)
    if (checked) next.add(id)
    else next.delete(id)
    onSelectionChange(next)
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={label} highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label="Select all"
                checked={allSelected}
                indeterminate={someSelected && !allSelected}
                onChange={(event) => onSelectionChange(event.currentTarget.checked ? new Set(entries.map((entry) => entry.id)) : new Set())}
              />
            </Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.header}>{column.header}</Table.Th>
            ))}
            <Table.Th ta="right">Claims</Table.Th>
            <Table.Th w={1}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const name = entryName(entry)
            return (
              <Table.Tr key={entry.id} bg={selectedIds.has(entry.id) ? 'var(--mantine-primary-color-light)' : undefined}>
                <Table.Td>
                  <Checkbox aria-label={`Select “${name}”`} checked={selectedIds.has(entry.id)} onChange={(event) => toggle(entry.id, event.currentTarget.checked)} />
                </Table.Td>
                {columns.map((column) => (
                  <Table.Td key={column.header}>{column.render(entry)}</Table.Td>
                ))}
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {(usage[entry.id] ?? 0).toLocaleString()}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button variant="subtle" size="compact-sm" aria-label={`Edit “${name}”`} onClick={() => onEdit(entry)}>
                      Edit
                    </Button>
                    <Button variant="subtle" color="red" size="compact-sm" aria-label={`Delete “${name}”`} onClick={() => onDelete(entry)}>
                      Delete
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
