import type { Tag } from '../../../../shared/domain/registries'

/** A tag with its sub-tags, for showing the codebook as a tree. Depth 0 is the top level. */
export interface TagNode {
  tag: Tag
  depth: number
  children: TagNode[]
}

const byName = (a: Tag, b: Tag) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' })

/** Parent id -> sub-tags by name; a tag whose parent is missing counts as top level (key null). */
function childrenByParent(tags: readonly Tag[]): Map<string | null, Tag[]> {
  const ids = new Set(tags.map((tag) => tag.id))
  const children = new Map<string | null, Tag[]>()
  for (const tag of tags) {
    const parentId = tag.parentId !== null && ids.has(tag.parentId) ? tag.parentId : null
    children.set(parentId, [...(children.get(parentId) ?? []), tag])
  }
  for (const list of children.values()) list.sort(byName)
  return children
}

/**
 * The codebook as a forest, siblings sorted by name. Never loses a tag: one whose parent is missing
 * sits at the top level, and a damaged parent cycle is cut where it would repeat.
 */
export function buildTagTree(tags: readonly Tag[]): TagNode[] {
  const children = childrenByParent(tags)
  const placed = new Set<string>()
  const grow = (tag: Tag, depth: number): TagNode => {
    placed.add(tag.id)
    const kids = (children.get(tag.id) ?? []).filter((child) => !placed.has(child.id))
    return { tag, depth, children: kids.map((child) => grow(child, depth + 1)) }
  }
  const roots = (children.get(null) ?? []).map((tag) => grow(tag, 0))
  // Tags caught in a parent cycle are reachable from no root: show each cycle from its first tag.
  for (const tag of [...tags].sort(byName)) if (!placed.has(tag.id)) roots.push(grow(tag, 0))
  return roots
}

/** Every tag below `id` (sub-tags, their sub-tags …), not `id` itself. */
export function descendantIds(tags: readonly Tag[], id: string): string[] {
  const children = childrenByParent(tags)
  const found: string[] = []
  const seen = new Set([id])
  const queue = [id]
  for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
    for (const child of children.get(current) ?? []) {
      if (seen.has(child.id)) continue
      seen.add(child.id)
      found.push(child.id)
      queue.push(child.id)
    }
  }
  return found
}

/** "Diplomacy / Talks / Sochi": the tag's name after its ancestors'; '' for an unknown id. */
export function tagPath(tags: readonly Tag[], id: string): string {
  const byId = new Map(tags.map((tag) => [tag.id, tag]))
  const names: string[] = []
  const seen = new Set<string>()
  for (let tag = byId.get(id); tag && !seen.has(tag.id); tag = tag.parentId === null ? undefined : byId.get(tag.parentId)) {
    seen.add(tag.id)
    names.unshift(tag.name)
  }
  return names.join(' / ')
}
