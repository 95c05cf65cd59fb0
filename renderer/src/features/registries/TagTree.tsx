import { useMemo, useState } from 'react'
import { AccordionChevron, ColorSwatch, Group, Text, Tree, useTree, type TreeNodeData } from '@mantine/core'
import type { Tag } from '../../../../shared/domain/registries'
import { buildTagTree, type TagNode } from './tag-tree'
import { countOf } from './registry-nouns'
import { TagActionsMenu, type TagActions } from './TagActionsMenu'

export interface TagTreeProps {
  tags: Tag[]
  /** Annotations per tag id. */
  usage: Record<string, number>
  actions: TagActions
}

const toTreeData = (nodes: TagNode[]): TreeNodeData[] => nodes.map((node) => ({ value: node.tag.id, label: node.tag.name, children: toTreeData(node.children) }))

/**
 * The codebook as a tree, sub-tags indented under their parent, each with its colour, name,
 * annotation count and actions. Everything starts expanded; new tags appear expanded too.
 */
export function TagTree({ tags, usage, actions }: TagTreeProps): React.JSX.Element {
  const data = useMemo(() => toTreeData(buildTagTree(tags)), [tags])
  const byId = useMemo(() => new Map(tags.map((tag) => [tag.id, tag])), [tags])
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const expandedState = useMemo<Record<string, boolean>>(() => Object.fromEntries(tags.map((tag) => [tag.id, !collapsed.has(tag.id)])), [tags, collapsed])
  const tree = useTree({
    expandedState,
    onExpandedStateChange: (state) => setCollapsed(new Set(Object.keys(state).filter((id) => !state[id]))),
  })

  return (
    <Tree
      aria-label="Tag codebook"
      data={data}
      tree={tree}
      levelOffset="xl"
      renderNode={({ node, expanded, hasChildren, elementProps }) => {
        const tag = byId.get(node.value)
        if (!tag) return null
        return (
          <Group gap="xs" wrap="nowrap" py={4} pr="xs" {...elementProps} data-testid="tag-row">
            <AccordionChevron size={14} style={{ visibility: hasChildren ? 'visible' : 'hidden', transform: expanded ? undefined : 'rotate(-90deg)', flexShrink: 0 }} />
            <ColorSwatch color={tag.color} size={14} style={{ flexShrink: 0 }} />
            <Text size="sm" fw={500} style={{ flex: 1, minWidth: 0 }} truncate>
              {tag.name}
            </Text>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {countOf(usage[tag.id] ?? 0, 'annotation')}
            </Text>
            <TagActionsMenu tag={tag} actions={actions} />
          </Group>
        )
      }}
    />
  )
}
