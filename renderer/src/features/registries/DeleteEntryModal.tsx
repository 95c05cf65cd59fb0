import { Text } from '@mantine/core'
import { ConfirmDeleteModal } from './ConfirmDeleteModal'
import { deleteRegistryEntry } from './registry-commands'
import { countOf, entryName, registryNouns, type RegistryEntry, type TableRegistry } from './registry-nouns'

export interface DeleteEntryModalProps {
  registry: TableRegistry
  entry: RegistryEntry
  /** How many claims use the entry; any at all blocks the deletion. */
  claims: number
  onClose: () => void
}

/** Deletes an unused source, party or issue; one that claims use must be merged instead. */
export function DeleteEntryModal({ registry, entry, claims, onClose }: DeleteEntryModalProps): React.JSX.Element {
  const { singular } = registryNouns[registry]
  const name = entryName(entry)
  return (
    <ConfirmDeleteModal
      title={`Delete ${singular} “${name}”?`}
      blocked={claims > 0}
      onClose={onClose}
      onConfirm={() => deleteRegistryEntry(registry, entry.id)}
    >
      {claims > 0 ? (
        <Text size="sm">
          “{name}” is used by {countOf(claims, 'claim')}, so it cannot be deleted. Merge it into another {singular} instead: tick both in the table, then choose Merge…
        </Text>
      ) : (
        <Text size="sm">“{name}” is not used by any claim.</Text>
      )}
    </ConfirmDeleteModal>
  )
}
