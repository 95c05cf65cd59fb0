import { BrowserWindow, dialog, shell } from 'electron'
import { ParleyError } from '../../../shared/ipc/errors'
import { supportedExtensions } from '../services/importer/format-table'
import type { SaveFormat } from '../services/ipc/handlers/annotation-handlers'

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

const saveDialogs: Record<SaveFormat, { title: string; filter: Electron.FileFilter }> = {
  w3c: { title: 'Export annotations (W3C JSON-LD)', filter: { name: 'JSON-LD', extensions: ['jsonld', 'json'] } },
  csv: { title: 'Export claims as CSV', filter: { name: 'CSV', extensions: ['csv'] } },
  qdpx: { title: 'Export a REFI-QDA project', filter: { name: 'REFI-QDA project', extensions: ['qdpx'] } },
  hypothesis: { title: 'Export for Hypothesis', filter: { name: 'Hypothesis export (JSON)', extensions: ['json'] } },
  pdf: { title: 'Save the report as PDF', filter: { name: 'PDF', extensions: ['pdf'] } },
  html: { title: 'Save the report as HTML', filter: { name: 'HTML', extensions: ['html', 'htm'] } },
  md: { title: 'Save the report as Markdown', filter: { name: 'Markdown', extensions: ['md'] } },
}

/** Where to save an export or a report; null when the analyst cancels. */
export async function pickSavePathWithDialog(suggestedName: string, format: SaveFormat): Promise<string | null> {
  const owner = BrowserWindow.getFocusedWindow()
  const options: Electron.SaveDialogOptions = { title: saveDialogs[format].title, defaultPath: suggestedName, filters: [saveDialogs[format].filter] }
  const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}

/** A W3C annotation file to import; null when the analyst cancels. */
export async function pickAnnotationFileWithDialog(kind: 'annotations' | 'qdpx' = 'annotations'): Promise<string | null> {
  const owner = BrowserWindow.getFocusedWindow()
  const options: Electron.OpenDialogOptions =
    kind === 'qdpx'
      ? { title: 'Import a REFI-QDA project', properties: ['openFile'], filters: [{ name: 'REFI-QDA project', extensions: ['qdpx'] }] }
      : { title: 'Import annotations', properties: ['openFile'], filters: [{ name: 'Annotations (Parley, W3C, Recogito, Hypothesis)', extensions: ['jsonld', 'json'] }] }
  const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

/** A report Parley saved, opened in the system's application for it, or shown selected in its folder. */
export async function revealSavedFile(path: string, how: 'open' | 'show'): Promise<void> {
  if (how === 'show') {
    shell.showItemInFolder(path)
    return
  }
  const failure = await shell.openPath(path)
  if (failure) throw new ParleyError('export-failed', `The report could not be opened: ${failure}`)
}
