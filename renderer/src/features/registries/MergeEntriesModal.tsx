import { useState } from 'react'
import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core'
import { countOf, entryName, registryNouns, type RegistryEntry, type TableRegistry } from './registry-nouns'

export interface MergeEntriesModalProps {
  registry: TableRegistry
  /** The selected entries, two or more. */
  entries: RegistryEntry[]
  /** Claims per entry id. */
  usage: Record<string, number>
  onClose: () => void
  /** Resolves once main has answered; the modal then closes. */
  onMerge: (keepId: string, mergeIds: string[]) => Promise<boolean>
}

const whatElseFollows: Record<TableRegistry, string> = {
  sources: 'Their names become aliases of the kept source, and their parties are added to it.',
  parties: 'Their names become aliases of the kept party, and sources speaking for them speak for it instead.',
  issues: 'Only the kept issue’s title and description remain.',
}

/** Merges duplicate entries: the analyst picks the one to keep, and the others' claims follow it. */
export function MergeEntriesModal({ registry, entries, usage, onClose, onMerge }: MergeEntriesModalProps): React.JSX.Element {
  const nouns = registryNouns[registry]
  const mostUsed = entries.reduce((best, entry) => ((usage[entry.id] ?? 0) > (usage[best.id] ?? 0) ? entry : best), entries[0]!)
  const [keepId, setKeepId] = useState(mostUsed.id)
  const [merging, setMerging] = useState(false)
  const keep = entries.find((entry) => entry.id === keepId) ?? mostUsed
  const others = entries.filter((entry) => entry.id !== keep.id)
  const following = others.reduce((sum, entry) => sum + (usage[entry.id] ?? 0), 0)

  const confirm = async () => {
    setMerging(true)
    const done = await onMerge(keep.id, others.map((entry) => entry.id))
    setMerging(false)
    if (done) onClose()
  }

  return (
    <Modal opened onClose={onClose} title={`Merge ${entries.length} ${nouns.plural}`}>
      <Stack gap="md">
        <Radio.Group label={`Which ${nouns.singular} do you keep?`} value={keep.id} onChange={setKeepId}>
          <Stack gap="xs" mt="xs">
            {entries.map((entry) => (
              <Radio key={entry.id} value={entry.id} label={entryName(entry)} description={countOf(usage[entry.id] ?? 0, 'claim')} />
            ))}
          </Stack>
        </Radio.Group>
        <Text size="sm">
          {countOf(following, 'claim')} will follow to “{entryName(keep)}”. {whatElseFollows[registry]} You can undo this with Ctrl+Z.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={confirm} loading={merging}>
            Merge into “{entryName(keep)}”
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
