import { BrowserWindow, dialog } from 'electron'
import { supportedExtensions } from '../services/importer/format-table'

/** The system dialog for imports: several files, or one folder; null when the analyst cancels. */
export async function pickImportPathsWithDialog(kind: 'files' | 'folder'): Promise<string[] | null> {
  const owner = BrowserWindow.getFocusedWindow()
  const options: Electron.OpenDialogOptions =
    kind === 'folder'
      ? { title: 'Import a folder of articles', properties: ['openDirectory'] }
      : { title: 'Import articles', properties: ['openFile', 'multiSelections'], filters: [{ name: 'Articles', extensions: supportedExtensions }] }
  const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : result.filePaths
}
