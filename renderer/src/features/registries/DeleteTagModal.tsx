import { Text } from '@mantine/core'
import type { Tag } from '../../../../shared/domain/registries'
import { ConfirmDeleteModal } from './ConfirmDeleteModal'
import { countOf } from './registry-nouns'
import { tagPath } from './tag-tree'

export interface DeleteTagModalProps {
  tag: Tag
  tags: Tag[]
  /** Annotations tagged with `tag`. */
  annotations: number
  onClose: () => void
  /** Resolves once main has answered. */
  onDelete: () => Promise<boolean>
}

/** Deletes a tag: it comes off every annotation, and its sub-tags move up to its parent. */
export function DeleteTagModal({ tag, tags, annotations, onClose, onDelete }: DeleteTagModalProps): React.JSX.Element {
  const subTags = tags.filter((t) => t.parentId === tag.id).length
  const parent = tag.parentId === null ? '' : tagPath(tags, tag.parentId)
  const destination = parent ? `“${parent}”` : 'the top level'
  return (
    <ConfirmDeleteModal title={`Delete tag “${tag.name}”?`} onClose={onClose} onConfirm={onDelete}>
      <Text size="sm">
        {annotations > 0 ? `Used by ${countOf(annotations, 'annotation')}, which ${annotations === 1 ? 'loses' : 'lose'} this tag.` : 'Not used by any annotation.'}
        {subTags === 1 && ` Its sub-tag moves up to ${destination}.`}
        {subTags > 1 && ` Its ${subTags} sub-tags move up to ${destination}.`}
      </Text>
    </ConfirmDeleteModal>
  )
}
