import { app, dialog, BrowserWindow } from 'electron'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { resolveLibraryDir } from './services/library-location'
import { startLibraryServices, type LibraryServices } from './services/library-services'
import { createIpcDispatcher } from './services/ipc/dispatch'
import { ParleyError } from '../../shared/ipc/errors'
import { registerAppScheme, serveAppProtocol } from './shell/app-protocol'
import { createMainWindow, hardenSessions } from './shell/main-window'
import { registerIpc } from './shell/register-ipc'
import { installAppMenu } from './shell/app-menu'
import { electronPdfPrinter } from './shell/electron-pdf-printer'
import { pickAnnotationFileWithDialog, pickImportPathsWithDialog, pickSavePathWithDialog } from './shell/file-dialogs'
import { APP_ENTRY_URL, APP_ORIGIN, isTrustedAppUrl } from './shell/security'

// The Electron shell: window, protocol, menu, dialogs and IPC registration. Everything it wires
// together lives in services/ and runs (and is tested) under plain Node.
const here = fileURLToPath(new URL('.', import.meta.url))
const rendererDir = join(here, '../renderer')
const preloadPath = join(here, '../preload/index.cjs')
const devServerUrl = process.env.ELECTRON_RENDERER_URL

registerAppScheme()

let services: LibraryServices | null = null

if (!app.requestSingleInstanceLock()) {
  // Another Parley window already holds the library; it is focused by its second-instance handler.
  app.quit()
} else {
  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0]
    if (window) {
      if (window.isMinimized()) window.restore()
      window.focus()
    }
  })
  void app.whenReady().then(start)
}

async function start(): Promise<void> {
  const libraryDir = resolveLibraryDir(process.argv, process.env, join(app.getPath('userData'), 'library'))
  try {
    services = await startLibraryServices({
      libraryDir,
      sampleLibraryDir: join(app.getAppPath(), 'resources', 'sample-library'),
      sampleAnalysisFile: join(app.getAppPath(), 'resources', 'sample-analysis.json'),
      parseWorkerFile: join(here, 'parse-worker.js'),
      pickImportPaths: pickImportPathsWithDialog,
      pickSavePath: pickSavePathWithDialog,
      pickAnnotationFile: pickAnnotationFileWithDialog,
      pdfPrinter: electronPdfPrinter,
    })
  } catch (error) {
    const message = error instanceof ParleyError ? error.message : `The library at ${libraryDir} could not be opened: ${(error as Error).message}`
    dialog.showErrorBox('Parley cannot open the library', message)
    app.exit(1)
    return
  }
  const trustedOrigins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN]
  registerIpc(createIpcDispatcher(services.handlers, { isTrustedSender: (url) => isTrustedAppUrl(url, trustedOrigins) }))
  serveAppProtocol(rendererDir)
  hardenSessions()
  installAppMenu()
  createMainWindow(preloadPath, devServerUrl ?? APP_ENTRY_URL)
}

app.on('window-all-closed', () => app.quit())
app.on('will-quit', (event) => {
  if (!services) return
  event.preventDefault()
  const closing = services
  services = null
  void closing.close().finally(() => app.quit())
})
