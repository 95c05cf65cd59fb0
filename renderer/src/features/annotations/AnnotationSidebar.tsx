import { useMemo, useState } from 'react'
import { Group, ScrollArea, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core'
import type { Annotation } from '../../../../shared/domain/annotation'
import type { RegistriesView } from '../../../../shared/ipc/annotation-contract'
import { AnnotationCard, type AnnotationCardProps } from './AnnotationCard'

export interface AnnotationSidebarProps extends Pick<AnnotationCardProps, 'registries' | 'onCreateTag'> {
  annotations: readonly Annotation[]
  selectedIds: readonly string[]
  onSelect: (annotation: Annotation) => void
  onChange: (annotation: Annotation, changes: Parameters<AnnotationCardProps['onChange']>[0]) => void
  onEditClaim: (annotation: Annotation) => void
  onDelete: (annotation: Annotation) => void
}

type KindFilter = 'all' | Annotation['kind']

/** The document's annotations in text order, filterable; unanchored ones listed apart with their quotes. */
export function AnnotationSidebar({ annotations, registries, selectedIds, onSelect, onChange, onCreateTag, onEditClaim, onDelete }: AnnotationSidebarProps): React.JSX.Element {
  const [kind, setKind] = useState<KindFilter>('all')
  const [tagId, setTagId] = useState<string | null>(null)
  const [partyId, setPartyId] = useState<string | null>(null)
  const [issueId, setIssueId] = useState<string | null>(null)

  const visible = useMemo(
    () =>
      annotations
        .filter((a) => kind === 'all' || a.kind === kind)
        .filter((a) => !tagId || a.tagIds.includes(tagId))
        .filter((a) => !partyId || (a.kind === 'claim' && a.partyIds.includes(partyId)))
        .filter((a) => !issueId || (a.kind === 'claim' && a.issueId === issueId))
        .sort((a, b) => a.target.position.start - b.target.position.start),
    [annotations, kind, tagId, partyId, issueId],
  )
  const placed = visible.filter((a) => a.anchorStatus !== 'orphaned')
  const orphans = visible.filter((a) => a.anchorStatus === 'orphaned')
  const card = (annotation: Annotation) => (
    <AnnotationCard
      key={annotation.id}
      annotation={annotation}
      registries={registries}
      selected={selectedIds.includes(annotation.id)}
      onSelect={() => onSelect(annotation)}
      onChange={(changes) => onChange(annotation, changes)}
      onCreateTag={onCreateTag}
      onEditClaim={() => onEditClaim(annotation)}
      onDelete={() => onDelete(annotation)}
    />
  )

  return (
    <Stack gap="xs" h="100%" component="aside" aria-label="Annotations">
      <Group justify="space-between">
        <Title order={4}>Annotations</Title>
        {annotations.length > 0 && (
          <Text size="xs" c="dimmed">
            {visible.length} of {annotations.length}
          </Text>
        )}
      </Group>
      {/* Filters only where there is something to filter. */}
      {annotations.length > 0 && (
        <>
          <SegmentedControl size="xs" value={kind} onChange={(v) => setKind(v as KindFilter)} data={[{ value: 'all', label: 'All' }, { value: 'highlight', label: 'Highlights' }, { value: 'note', label: 'Notes' }, { value: 'claim', label: 'Claims' }]} aria-label="Show" />
          <Group grow gap={6}>
            <Select size="xs" placeholder="Tag" aria-label="Filter by tag" clearable data={registries.tags.map((t) => ({ value: t.id, label: t.name }))} value={tagId} onChange={setTagId} />
            <Select size="xs" placeholder="Party" aria-label="Filter by party" clearable data={registries.parties.map((p) => ({ value: p.id, label: p.name }))} value={partyId} onChange={setPartyId} />
            <Select size="xs" placeholder="Issue" aria-label="Filter by issue" clearable data={registries.issues.map((i) => ({ value: i.id, label: i.title }))} value={issueId} onChange={setIssueId} />
          </Group>
        </>
      )}
      <ScrollArea style={{ flex: 1 }} type="auto" offsetScrollbars>
        <Stack gap="xs" pb="md">
          {annotations.length === 0 && (
            <Text size="sm" c="dimmed">
              Select text in the article, then press H to highlight, N for a note or C for a claim.
            </Text>
          )}
          {placed.map(card)}
          {orphans.length > 0 && (
            <>
              <Text size="xs" fw={700} tt="uppercase" c="orange" mt="sm">
                Unanchored ({orphans.length})
              </Text>
              <Text size="xs" c="dimmed">
                The text changed and these passages could not be found again. They are kept with their quotes.
              </Text>
              {orphans.map(card)}
            </>
          )}
        </Stack>
      </ScrollArea>
    </Stack>
  )
}
