import { useMemo, useState, type ReactNode } from 'react'
import { Button, EmptyState, Stack, Text } from '@mantine/core'
import { RegistryPageHeader } from './RegistryPageHeader'
import { RegistryTable, type RegistryColumn } from './RegistryTable'
import { MergeEntriesModal } from './MergeEntriesModal'
import { DeleteEntryModal } from './DeleteEntryModal'
import { mergeRegistryEntries } from './registry-commands'
import { countOf, registryNouns, sortByName, type RegistryEntry, type TableRegistry } from './registry-nouns'

export interface RegistryTablePageProps<E extends RegistryEntry> {
  registry: TableRegistry
  entries: E[]
  /** Claims per entry id. */
  usage: Record<string, number>
  columns: RegistryColumn<E>[]
  /** What the registry is for, shown while it is empty. */
  emptyDescription: string
  /** The modal form for a new entry (null) or an existing one; `close` closes it. */
  renderForm: (entry: E | null, close: () => void) => ReactNode
}

/**
 * A registry as a table: New, Edit, Delete (refused while claims use the entry) and Merge of the
 * selected entries. Shared by the source, party and issue pages.
 */
export function RegistryTablePage<E extends RegistryEntry>({ registry, entries, usage, columns, emptyDescription, renderForm }: RegistryTablePageProps<E>): React.JSX.Element {
  const nouns = registryNouns[registry]
  const sorted = useMemo(() => sortByName(entries), [entries])
  const [editing, setEditing] = useState<{ entry: E | null } | null>(null)
  const [deleting, setDeleting] = useState<E | null>(null)
  const [merging, setMerging] = useState(false)
  const [checkedIds, setCheckedIds] = useState<ReadonlySet<string>>(new Set())
  // Entries merged or deleted meanwhile (here or by undo) drop out of the selection.
  const selected = sorted.filter((entry) => checkedIds.has(entry.id))
  const selectedIds = new Set(selected.map((entry) => entry.id))
  const newLabel = `New ${nouns.singular}`
  const closeForm = () => setEditing(null)

  return (
    <Stack gap="sm">
      <RegistryPageHeader title={nouns.title} count={countOf(entries.length, nouns.singular, nouns.plural)}>
        {entries.length > 1 && (
          <Button variant="default" disabled={selected.length < 2} onClick={() => setMerging(true)}>
            Merge…
          </Button>
        )}
        <Button onClick={() => setEditing({ entry: null })}>{newLabel}</Button>
      </RegistryPageHeader>
      {entries.length > 1 && selected.length < 2 && (
        <Text size="xs" c="dimmed">
          To merge duplicates, tick two or more {nouns.plural}, then choose Merge…
        </Text>
      )}

      {entries.length === 0 ? (
        <EmptyState mt="xl" title={`No ${nouns.plural} yet`} description={emptyDescription}>
          <EmptyState.Actions>
            <Button onClick={() => setEditing({ entry: null })}>{newLabel}</Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <RegistryTable
          label={nouns.title}
          entries={sorted}
          columns={columns}
          usage={usage}
          selectedIds={selectedIds}
          onSelectionChange={setCheckedIds}
          onEdit={(entry) => setEditing({ entry })}
          onDelete={setDeleting}
        />
      )}

      {editing && renderForm(editing.entry, closeForm)}
      {merging && selected.length >= 2 && (
        <MergeEntriesModal
          registry={registry}
          entries={selected}
          usage={usage}
          onClose={() => setMerging(false)}
          onMerge={async (keepId, mergeIds) => {
            const done = await mergeRegistryEntries(registry, keepId, mergeIds)
            if (done) setCheckedIds(new Set())
            return done
          }}
        />
      )}
      {deleting && <DeleteEntryModal registry={registry} entry={deleting} claims={usage[deleting.id] ?? 0} onClose={() => setDeleting(null)} />}
    </Stack>
  )
}
