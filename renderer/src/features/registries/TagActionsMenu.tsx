import { Button, Menu } from '@mantine/core'
import type { Tag } from '../../../../shared/domain/registries'

export interface TagActions {
  onAddSubTag: (parent: Tag) => void
  onEdit: (tag: Tag) => void
  onMerge: (tag: Tag) => void
  onDelete: (tag: Tag) => void
}

/**
 * What can be done to one tag. Clicks and keys stop here, so they work the menu rather than
 * expanding, collapsing or moving through the tree around it (the dropdown's events bubble here
 * too, through its portal).
 */
export function TagActionsMenu({ tag, actions }: { tag: Tag; actions: TagActions }): React.JSX.Element {
  const stop = (event: React.SyntheticEvent) => event.stopPropagation()
  return (
    <div onClick={stop} onKeyDown={stop}>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="subtle" size="compact-sm" aria-label={`Actions for “${tag.name}”`}>
            Actions
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => actions.onAddSubTag(tag)}>Add sub-tag…</Menu.Item>
          <Menu.Item onClick={() => actions.onEdit(tag)}>Rename, recolour or move…</Menu.Item>
          <Menu.Item onClick={() => actions.onMerge(tag)}>Merge into another tag…</Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" onClick={() => actions.onDelete(tag)}>
            Delete…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </div>
  )
}
