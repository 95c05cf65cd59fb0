import { BrowserWindow, app, session } from 'electron'
import { mainWindowFrame, navigationDecision, permissionDecision } from './security'

/** Locks down every web contents the app ever creates: no navigation, no popups, no permissions. */
export function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)))
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission))
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (navigationDecision(url) === 'deny') event.preventDefault()
    })
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}

export function createMainWindow(preloadPath: string, url: string): BrowserWindow {
  // Written out, not built by a helper, so a reviewer and the security scanner see each setting.
  const window = new BrowserWindow({
    ...mainWindowFrame,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    },
  })
  // Deny by default on this window too, whatever else is registered: no pop-ups, no navigation away.
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.once('ready-to-show', () => window.show())
  void window.loadURL(url)
  return window
}
