import { useMemo, useState } from 'react'
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core'
import type { Tag } from '../../../../shared/domain/registries'
import { countOf } from './registry-nouns'
import { tagChoicesFor } from './tag-choices'
import { descendantIds, tagPath } from './tag-tree'

export interface MergeTagModalProps {
  tag: Tag
  tags: Tag[]
  /** Annotations tagged with `tag`. */
  annotations: number
  onClose: () => void
  /** Merges `tag` into `targetId`; resolves once main has answered, and the modal closes. */
  onMerge: (targetId: string) => Promise<boolean>
}

/** Merges a tag into another: its annotations and sub-tags move to the other tag, and it goes. */
export function MergeTagModal({ tag, tags, annotations, onClose, onMerge }: MergeTagModalProps): React.JSX.Element {
  // Not into its own sub-tags: they would end up under themselves.
  const choices = useMemo(() => tagChoicesFor(tags, tag.id), [tags, tag])
  const subTags = useMemo(() => tags.filter((t) => t.parentId === tag.id).length, [tags, tag])
  const [targetId, setTargetId] = useState<string | null>(null)
  const [merging, setMerging] = useState(false)
  const target = targetId === null ? '' : tagPath(tags, targetId)

  const confirm = async () => {
    if (targetId === null) return
    setMerging(true)
    const done = await onMerge(targetId)
    setMerging(false)
    if (done) onClose()
  }

  return (
    <Modal opened onClose={onClose} title={`Merge tag “${tag.name}”`}>
      <Stack gap="md">
        <Select
          label="Merge into"
          placeholder="Choose a tag"
          data={choices}
          value={targetId}
          onChange={setTargetId}
          searchable
          nothingFoundMessage={descendantIds(tags, tag.id).length > 0 ? 'No tag by that name (sub-tags of this tag cannot be chosen)' : 'No tag by that name'}
          data-autofocus
        />
        <Text size="sm">
          {targetId === null
            ? `“${tag.name}” is used by ${countOf(annotations, 'annotation')}. Choose the tag to merge it into.`
            : `${countOf(annotations, 'annotation')} will be tagged “${target}” instead${subTags === 1 ? ', and its sub-tag moves under it' : subTags > 1 ? `, and its ${subTags} sub-tags move under it` : ''}. “${tag.name}” itself is removed. You can undo this with Ctrl+Z.`}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={confirm} disabled={targetId === null} loading={merging}>
            Merge
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
