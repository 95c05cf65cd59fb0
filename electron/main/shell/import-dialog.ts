import { BrowserWindow, dialog } from 'electron'
import { supportedExtensions } from '../services/importer/import-files'

/** The system file dialog for imports; null when the analyst cancels. */
export async function pickImportFilesWithDialog(): Promise<string[] | null> {
  const owner = BrowserWindow.getFocusedWindow()
  const options: Electron.OpenDialogOptions = {
    title: 'Import articles',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'Articles', extensions: supportedExtensions }],
  }
  const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : result.filePaths
}
