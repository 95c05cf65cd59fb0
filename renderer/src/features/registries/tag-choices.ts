import type { Tag } from '../../../../shared/domain/registries'
import { descendantIds, tagPath } from './tag-tree'

/**
 * Tags that `tagId` may go under or be merged into, as Select options labelled with their path:
 * every tag but itself and its descendants (which would make a loop). All tags for a new tag (null).
 */
export function tagChoicesFor(tags: readonly Tag[], tagId: string | null): Array<{ value: string; label: string }> {
  const excluded = new Set(tagId === null ? [] : [tagId, ...descendantIds(tags, tagId)])
  return tags
    .filter((tag) => !excluded.has(tag.id))
    .map((tag) => ({ value: tag.id, label: tagPath(tags, tag.id) }))
    .sort((a, b) => a.label.localeCompare(b.label, undefined, { sensitivity: 'base' }))
}
