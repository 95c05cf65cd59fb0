import { useState } from 'react'
import { Badge, Button, Group, Modal, ScrollArea, Select, Stack, Text } from '@mantine/core'
import type { UnplacedView } from '../../../../shared/annotations/unplaced'
import type { ParleyDocument } from '../../../../shared/domain/document'

interface UnplacedModalProps {
  opened: boolean
  onClose: () => void
  items: readonly UnplacedView[]
  documents: readonly ParleyDocument[]
  /** Resolves to null when placed, else the reason it could not be. */
  onAssign: (id: string, documentId: string) => Promise<string | null>
  onDiscard: (id: string) => void
}

function UnplacedRow({ item, options, onAssign, onDiscard }: { item: UnplacedView; options: Array<{ value: string; label: string }>; onAssign: UnplacedModalProps['onAssign']; onDiscard: UnplacedModalProps['onDiscard'] }) {
  const [documentId, setDocumentId] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const place = async () => {
    if (!documentId) return
    setBusy(true)
    setError(await onAssign(item.id, documentId))
    setBusy(false)
  }
  return (
    <Stack gap={4} p="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }} data-testid="unplaced-item">
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Text size="xs" c="dimmed" truncate="end">
          {item.fileName}, {item.label}
          {item.documentHint ? ` · for ${item.documentHint}` : ''}
        </Text>
        {item.tags.length > 0 && (
          <Group gap={4} wrap="nowrap">
            {item.tags.slice(0, 4).map((tag) => (
              <Badge key={tag} size="xs" variant="light" color="gray">
                {tag}
              </Badge>
            ))}
          </Group>
        )}
      </Group>
      {item.quote && <Text size="sm" fs="italic">“{item.quote.length > 300 ? `${item.quote.slice(0, 300)}…` : item.quote}”</Text>}
      {item.note && (
        <Text size="sm" lineClamp={3}>
          {item.note}
        </Text>
      )}
      <Text size="xs" c="orange">
        Not placed: {item.reason}.
      </Text>
      <Group gap="xs" align="flex-end">
        <Select size="xs" searchable placeholder="Choose its document" data={options} value={documentId} onChange={setDocumentId} style={{ flex: 1 }} aria-label={`Document for ${item.label}`} nothingFoundMessage="No such document" />
        <Button size="xs" disabled={!documentId} loading={busy} onClick={() => void place()}>
          Place here
        </Button>
        <Button size="xs" variant="subtle" color="red" onClick={() => onDiscard(item.id)}>
          Discard
        </Button>
      </Group>
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  )
}

/**
 * Imported annotations whose document or words were not found. Each can be placed in a chosen
 * document (its words are looked for there) or discarded; none is dropped without the analyst.
 */
export function UnplacedModal({ opened, onClose, items, documents, onAssign, onDiscard }: UnplacedModalProps): React.JSX.Element {
  const options = documents.map((d) => ({ value: d.id, label: d.outlet ? `${d.title} (${d.outlet})` : d.title }))
  return (
    <Modal opened={opened} onClose={onClose} title={`Unplaced annotations (${items.length})`} size="xl">
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Every imported annotation has its place.
        </Text>
      ) : (
        <ScrollArea.Autosize mah="65vh">
          {items.map((item) => (
            <UnplacedRow key={item.id} item={item} options={options} onAssign={onAssign} onDiscard={onDiscard} />
          ))}
        </ScrollArea.Autosize>
      )}
    </Modal>
  )
}
