import { app, dialog, BrowserWindow } from 'electron'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { resolveLibraryDir } from './services/library-location'
import { libraryInUsePrompt } from './services/library-in-use-prompt'
import { startLibraryServices, type LibraryServices } from './services/library-services'
import { createIpcDispatcher } from './services/ipc/dispatch'
import { ParleyError } from '../../shared/ipc/errors'
import { registerAppScheme, serveAppProtocol } from './shell/app-protocol'
import { createMainWindow, hardenSessions } from './shell/main-window'
import { registerIpc } from './shell/register-ipc'
import { installAppMenu } from './shell/app-menu'
import { electronPdfPrinter } from './shell/electron-pdf-printer'
import { pickAnnotationFileWithDialog, pickImportPathsWithDialog, pickSavePathWithDialog, revealSavedFile } from './shell/file-dialogs'
import { isTrustedAppUrl } from './shell/security'
import { rendererEntry } from './shell/renderer-entry'

// The Electron shell: window, protocol, menu, dialogs and IPC registration. Everything it wires
// together lives in services/ and runs (and is tested) under plain Node.
const here = fileURLToPath(new URL('.', import.meta.url))
const rendererDir = join(here, '../renderer')
const preloadPath = join(here, '../preload/index.cjs')
// import.meta.env.DEV is true only in `electron-vite dev`; built code (npm start, packages) never follows a dev URL.
const isDevelopmentBuild = import.meta.env.DEV === true
const entry = rendererEntry(isDevelopmentBuild, process.env)

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
  const open = (takeOverLock: boolean) =>
    startLibraryServices({
      libraryDir,
      takeOverLock,
      sampleLibraryDir: join(app.getAppPath(), 'resources', 'sample-library'),
      sampleAnalysisFile: join(app.getAppPath(), 'resources', 'sample-analysis.json'),
      parseWorkerFile: join(here, 'parse-worker.js'),
      pickImportPaths: pickImportPathsWithDialog,
      pickSavePath: pickSavePathWithDialog,
      pickAnnotationFile: pickAnnotationFileWithDialog,
      pdfPrinter: electronPdfPrinter,
      revealSavedFile,
    })
  try {
    services = await open(false).catch(async (error: unknown) => {
      if (!(error instanceof ParleyError) || error.code !== 'library-in-use') throw error
      // Another live Parley holds it: say what opening anyway risks, and make quitting the default.
      const prompt = libraryInUsePrompt(error, libraryDir)
      const { response } = await dialog.showMessageBox({ type: 'warning', title: prompt.title, message: prompt.message, detail: prompt.detail, buttons: prompt.buttons, defaultId: 0, cancelId: 0, noLink: true })
      return response === 1 ? open(true) : null
    })
  } catch (error) {
    const message = error instanceof ParleyError ? error.message : `The library at ${libraryDir} could not be opened: ${(error as Error).message}`
    dialog.showErrorBox('Parley cannot open the library', message)
    app.exit(1)
    return
  }
  if (!services) {
    // The analyst chose to quit rather than open a library another Parley is using.
    app.exit(0)
    return
  }
  registerIpc(createIpcDispatcher(services.handlers, { isTrustedSender: (url) => isTrustedAppUrl(url, entry.trustedOrigins) }))
  serveAppProtocol(rendererDir)
  hardenSessions()
  installAppMenu(isDevelopmentBuild)
  createMainWindow(preloadPath, entry.url)
}

app.on('window-all-closed', () => app.quit())
app.on('will-quit', (event) => {
  if (!services) return
  event.preventDefault()
  const closing = services
  services = null
  void closing.close().finally(() => app.quit())
})
