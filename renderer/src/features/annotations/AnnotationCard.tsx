import { useState } from 'react'
import { ActionIcon, Badge, Button, ColorSwatch, Group, MultiSelect, Paper, Stack, Text, Textarea, Tooltip } from '@mantine/core'
import type { Annotation } from '../../../../shared/domain/annotation'
import type { RegistriesView } from '../../../../shared/ipc/annotation-contract'
import { highlightColors } from './colors'
import { TrashIcon } from '../../components/icons'
import { NoteMarkdown } from './NoteMarkdown'
import { stanceLabels } from './claim-vocabulary'

export interface AnnotationCardProps {
  annotation: Annotation
  registries: RegistriesView
  selected: boolean
  onSelect: () => void
  onChange: (changes: { color?: string; note?: string; tagIds?: string[]; confirmPosition?: boolean }) => void
  onCreateTag: (name: string) => Promise<string | null>
  onEditClaim: () => void
  onDelete: () => void
}

const kindColor = { highlight: 'yellow', note: 'grape', claim: 'blue' } as const
const excerpt = (text: string) => (text.length > 220 ? `${text.slice(0, 220)}…` : text)

/** One annotation in the sidebar: its quote and details; selected, it can be edited in place. */
export function AnnotationCard({ annotation, registries, selected, onSelect, onChange, onCreateTag, onEditClaim, onDelete }: AnnotationCardProps): React.JSX.Element {
  const [note, setNote] = useState(annotation.note)
  const [tagSearch, setTagSearch] = useState('')
  const tags = registries.tags.filter((t) => annotation.tagIds.includes(t.id))
  const claim = annotation.kind === 'claim' ? annotation : null
  const source = claim ? registries.sources.find((s) => s.id === claim.sourceId) : undefined
  const parties = claim ? registries.parties.filter((p) => claim.partyIds.includes(p.id)) : []
  const issue = claim ? registries.issues.find((i) => i.id === claim.issueId) : undefined
  const tagOptions = registries.tags.map((t) => ({ value: t.id, label: t.name }))
  const canCreateTag = tagSearch.trim() !== '' && !registries.tags.some((t) => t.name.toLocaleLowerCase() === tagSearch.trim().toLocaleLowerCase())

  return (
    <Paper withBorder p="xs" radius="sm" data-annotation-card={annotation.id} style={{ borderLeft: `4px solid ${annotation.color}`, cursor: 'pointer', outline: selected ? '2px solid var(--mantine-primary-color-filled)' : undefined }} onClick={onSelect}>
      <Stack gap={6}>
        <Group justify="space-between" gap={4} wrap="nowrap">
          <Group gap={4}>
            <Badge size="xs" variant="light" color={kindColor[annotation.kind]}>
              {annotation.kind}
            </Badge>
            {annotation.anchorStatus === 'needs-review' && (
              <Badge size="xs" color="orange" variant="filled">
                needs review
              </Badge>
            )}
          </Group>
          {claim && (
            <Text size="xs" c="dimmed" title="Source reliability and information credibility">
              {source?.reliability ?? '?'}
              {claim.credibility}
            </Text>
          )}
        </Group>
        <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-line' }}>
          “{excerpt(annotation.target.quote.exact)}”
        </Text>
        {claim && (
          <Text size="sm">
            <b>{source?.name ?? 'Unknown source'}</b> ({parties.map((p) => p.name).join(', ')}) · {stanceLabels[claim.stance].toLowerCase()} · {issue?.title ?? 'Unknown issue'}
          </Text>
        )}
        {tags.length > 0 && (
          <Group gap={4}>
            {tags.map((tag) => (
              <Badge key={tag.id} size="xs" variant="dot" color={tag.color}>
                {tag.name}
              </Badge>
            ))}
          </Group>
        )}
        {!selected && annotation.note && <NoteMarkdown source={annotation.note} />}
        {selected && (
          <Stack gap={6} onClick={(event) => event.stopPropagation()}>
            <Group gap={6} aria-label="Colour">
              {highlightColors.map((color) => (
                <ColorSwatch key={color} color={color} size={18} component="button" type="button" aria-label={`Colour ${color}`} onClick={() => onChange({ color })} style={{ cursor: 'pointer', outline: color === annotation.color ? '2px solid var(--mantine-color-text)' : undefined }} />
              ))}
            </Group>
            <MultiSelect
              size="xs"
              placeholder="Tags"
              aria-label="Tags"
              searchable
              searchValue={tagSearch}
              onSearchChange={setTagSearch}
              data={canCreateTag ? [...tagOptions, { value: `create:${tagSearch.trim()}`, label: `+ Create tag “${tagSearch.trim()}”` }] : tagOptions}
              value={annotation.tagIds}
              onChange={async (ids) => {
                const creating = ids.find((id) => id.startsWith('create:'))
                if (!creating) return onChange({ tagIds: ids })
                const created = await onCreateTag(creating.slice('create:'.length))
                setTagSearch('')
                onChange({ tagIds: [...ids.filter((id) => !id.startsWith('create:')), ...(created ? [created] : [])] })
              }}
            />
            <Textarea size="xs" placeholder="Note (Markdown)" aria-label="Note" rows={3} value={note} onChange={(event) => setNote(event.currentTarget.value)} onBlur={() => note !== annotation.note && onChange({ note })} />
            {note && <NoteMarkdown source={note} />}
            <Group gap={6} justify="space-between">
              <Group gap={6}>
                {claim && (
                  <Button size="compact-xs" variant="light" onClick={onEditClaim}>
                    Edit claim
                  </Button>
                )}
                {annotation.anchorStatus === 'needs-review' && (
                  <Button size="compact-xs" variant="light" color="orange" onClick={() => onChange({ confirmPosition: true })}>
                    Confirm position
                  </Button>
                )}
              </Group>
              <Tooltip label="Delete (Ctrl+Z undoes)">
                <ActionIcon size="sm" variant="subtle" color="red" aria-label="Delete annotation" onClick={onDelete}>
                  <TrashIcon size={14} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  )
}
