import { Button, Menu, Text } from '@mantine/core'

export interface DocumentTextMenuProps {
  onReread: () => void
  onReplaceWithNewerVersion: () => void
  /** Saves this document and its annotations as Markdown (Obsidian, GitHub). */
  onExportMarkdown: () => void
}

/** Actions that change where the document's text comes from, each saying what it does. */
export function DocumentTextMenu({ onReread, onReplaceWithNewerVersion, onExportMarkdown }: DocumentTextMenuProps): React.JSX.Element {
  return (
    <Menu position="bottom-end" width={320} withinPortal>
      <Menu.Target>
        <Button size="compact-sm" variant="subtle" rightSection="▾">
          Text
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={onReread}>
          <Text size="sm" fw={500}>
            Re-read from original
          </Text>
          <Text size="xs" c="dimmed">
            Read the kept file again with this version of Parley: paragraphs, boilerplate, speakers and empty details. Annotations are placed again.
          </Text>
        </Menu.Item>
        <Menu.Item onClick={onReplaceWithNewerVersion}>
          <Text size="sm" fw={500}>
            Replace with a newer version…
          </Text>
          <Text size="xs" c="dimmed">
            The outlet updated this article? Choose the new file: the text is replaced, annotations follow it.
          </Text>
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={onExportMarkdown}>
          <Text size="sm" fw={500}>
            Export as Markdown…
          </Text>
          <Text size="xs" c="dimmed">
            The article's details and each annotation as a quote with its speaker, note and #tags, for Obsidian or GitHub.
          </Text>
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
