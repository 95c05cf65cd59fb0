import { Button, Menu } from '@mantine/core'
import { ImportIcon } from '../../components/icons'

/** The header's Import control: files or a whole folder; dropping and pasting work anywhere. */
export function ImportMenu({ onImport, running }: { onImport: (kind: 'files' | 'folder') => void; running: boolean }): React.JSX.Element {
  return (
    <Menu position="bottom-end" width={260} shadow="md">
      <Menu.Target>
        <Button leftSection={<ImportIcon size={16} />} variant="light" size="sm" loading={running}>
          Import
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onImport('files')}>Files…</Menu.Item>
        <Menu.Item onClick={() => onImport('folder')}>Folder…</Menu.Item>
        <Menu.Divider />
        <Menu.Label>Or drop files on the window, or paste text (Ctrl+V)</Menu.Label>
      </Menu.Dropdown>
    </Menu>
  )
}
