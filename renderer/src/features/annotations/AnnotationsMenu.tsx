import { Button, Menu } from '@mantine/core'
import type { AnnotationExportFormat } from '../../../../shared/ipc/contract'

export interface AnnotationsMenuProps {
  onExport: (format: AnnotationExportFormat) => void
  onImport: () => void
  onImportQda: () => void
  /** How many imported annotations wait for a document, and how to see them. */
  unplacedCount: number
  onShowUnplaced: () => void
  onUndo: () => void
  onRedo: () => void
}

/** Library-wide annotation actions: export, import, undo and redo. */
export function AnnotationsMenu({ onExport, onImport, onImportQda, unplacedCount, onShowUnplaced, onUndo, onRedo }: AnnotationsMenuProps): React.JSX.Element {
  return (
    <Menu position="bottom-end" width={280} shadow="md">
      <Menu.Target>
        <Button variant="subtle" size="sm">
          Annotations
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onExport('w3c')}>Export all (W3C JSON-LD)…</Menu.Item>
        <Menu.Item onClick={() => onExport('csv')}>Export claims (CSV)…</Menu.Item>
        <Menu.Item onClick={() => onExport('md')}>Export claims (Markdown)…</Menu.Item>
        <Menu.Item onClick={() => onExport('hypothesis')}>Export for Hypothesis (JSON)…</Menu.Item>
        <Menu.Item onClick={() => onExport('qdpx')}>Export a REFI-QDA project (.qdpx)…</Menu.Item>
        <Menu.Item onClick={onImport}>Import annotations (Parley, W3C, Hypothesis)…</Menu.Item>
        <Menu.Item onClick={onImportQda}>Import a REFI-QDA project (.qdpx)…</Menu.Item>
        {unplacedCount > 0 && <Menu.Item onClick={onShowUnplaced}>Unplaced annotations ({unplacedCount})…</Menu.Item>}
        <Menu.Divider />
        <Menu.Item onClick={onUndo} rightSection="Ctrl+Z">
          Undo
        </Menu.Item>
        <Menu.Item onClick={onRedo} rightSection="Ctrl+Shift+Z">
          Redo
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
