import { BrowserWindow, app, session } from 'electron'
import { mainWindowOptions, navigationDecision, permissionDecision } from './security'

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
  const window = new BrowserWindow(mainWindowOptions(preloadPath))
  window.once('ready-to-show', () => window.show())
  void window.loadURL(url)
  return window
}
