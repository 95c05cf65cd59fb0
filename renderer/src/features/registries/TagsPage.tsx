import { useState } from 'react'
import { Button, EmptyState, Paper, Stack } from '@mantine/core'
import type { Tag } from '../../../../shared/domain/registries'
import type { RegistriesView } from '../../../../shared/ipc/annotation-contract'
import { useRegistries } from './use-registries'
import { RegistryQueryStates } from './RegistryQueryStates'
import { RegistryPageHeader } from './RegistryPageHeader'
import { TagTree } from './TagTree'
import { TagForm } from './TagForm'
import { MergeTagModal } from './MergeTagModal'
import { DeleteTagModal } from './DeleteTagModal'
import { deleteRegistryEntry, mergeRegistryEntries, saveTag } from './registry-commands'
import { suggestColor } from './registry-colors'
import { countOf } from './registry-nouns'

/** The tags page: the hierarchical codebook highlights are coded with. */
export function TagsPage(): React.JSX.Element {
  const registries = useRegistries()
  return (
    <RegistryQueryStates query={registries} loadingLabel="Loading tags…">
      {(view) => <TagCodebook tags={view.tags} usage={view.usage.tags} />}
    </RegistryQueryStates>
  )
}

type Editing = { tag: null; parentId: string | null } | { tag: Tag; parentId: null }

function TagCodebook({ tags, usage }: { tags: RegistriesView['tags']; usage: Record<string, number> }): React.JSX.Element {
  const [editing, setEditing] = useState<Editing | null>(null)
  const [merging, setMerging] = useState<Tag | null>(null)
  const [deleting, setDeleting] = useState<Tag | null>(null)
  const newTag = (parent: Tag | null) => setEditing({ tag: null, parentId: parent?.id ?? null })
  const editingParent = editing?.parentId ? tags.find((tag) => tag.id === editing.parentId) : undefined

  return (
    <Stack gap="sm">
      <RegistryPageHeader title="Tags" count={countOf(tags.length, 'tag')}>
        <Button onClick={() => newTag(null)}>New tag</Button>
      </RegistryPageHeader>

      {tags.length === 0 ? (
        <EmptyState
          mt="xl"
          title="No tags yet"
          description="Tags are your codebook: codes such as “Ceasefire violations” or “Humanitarian access”, nested as deep as you like, that you attach to highlights."
        >
          <EmptyState.Actions>
            <Button onClick={() => newTag(null)}>New tag</Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <Paper withBorder p="xs" maw={860}>
          <TagTree tags={tags} usage={usage} actions={{ onAddSubTag: newTag, onEdit: (tag) => setEditing({ tag, parentId: null }), onMerge: setMerging, onDelete: setDeleting }} />
        </Paper>
      )}

      {editing && (
        <TagForm
          tag={editing.tag}
          initialParentId={editing.parentId}
          tags={tags}
          // A sub-tag starts in its parent's colour, a top-level tag in one nobody uses yet.
          suggestedColor={editingParent?.color ?? suggestColor(tags.map((tag) => tag.color))}
          onClose={() => setEditing(null)}
          onSave={async (input) => (await saveTag(input)) !== null}
        />
      )}
      {merging && (
        <MergeTagModal
          tag={merging}
          tags={tags}
          annotations={usage[merging.id] ?? 0}
          onClose={() => setMerging(null)}
          onMerge={(targetId) => mergeRegistryEntries('tags', targetId, [merging.id])}
        />
      )}
      {deleting && (
        <DeleteTagModal
          tag={deleting}
          tags={tags}
          annotations={usage[deleting.id] ?? 0}
          onClose={() => setDeleting(null)}
          onDelete={() => deleteRegistryEntry('tags', deleting.id)}
        />
      )}
    </Stack>
  )
}
