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

/** Where to save an annotation export; null when the analyst cancels. */
export async function pickSavePathWithDialog(suggestedName: string, format: 'w3c' | 'csv'): Promise<string | null> {
  const owner = BrowserWindow.getFocusedWindow()
  const options: Electron.SaveDialogOptions = {
    title: format === 'csv' ? 'Export claims as CSV' : 'Export annotations (W3C JSON-LD)',
    defaultPath: suggestedName,
    filters: format === 'csv' ? [{ name: 'CSV', extensions: ['csv'] }] : [{ name: 'JSON-LD', extensions: ['jsonld', 'json'] }],
  }
  const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}

/** A W3C annotation file to import; null when the analyst cancels. */
export async function pickAnnotationFileWithDialog(): Promise<string | null> {
  const owner = BrowserWindow.getFocusedWindow()
  const options: Electron.OpenDialogOptions = { title: 'Import annotations', properties: ['openFile'], filters: [{ name: 'W3C annotations', extensions: ['jsonld', 'json'] }] }
  const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}
