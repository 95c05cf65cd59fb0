import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'

/** The app's pages are served from this scheme, never from file://. */
export const APP_SCHEME = 'parley'
export const APP_ORIGIN = `${APP_SCHEME}://app`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * Sent with every app page. Scripts only from the app itself; no network at all. Mantine injects
 * style tags at run time, hence 'unsafe-inline' for styles (and only for styles).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "worker-src 'self'",
].join('; ')

/** Headers every app response carries. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  }
}

/**
 * What every window's webPreferences must say. Each BrowserWindow writes them out literally (so
 * the security scanner sees them); test/unit/shell/window-preferences.test.ts checks that the
 * literals match this.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
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
    // A middle click must not open a link in a new window.
    disableBlinkFeatures: 'Auxclick',
  }
}

/** The main window's size and title; its webPreferences are written out where it is created. */
export const mainWindowFrame: BrowserWindowConstructorOptions = {
  width: 1280,
  height: 820,
  minWidth: 800,
  minHeight: 520,
  show: false,
  title: 'Parley',
  autoHideMenuBar: false,
}

/**
 * Whether a frame URL belongs to the app. The dev server origin is trusted only when passed in
 * (electron-vite dev); the packaged app trusts its own scheme alone.
 */
export function isTrustedAppUrl(url: string | undefined, trustedOrigins: readonly string[]): boolean {
  if (!url) return false
  let origin: string
  try {
    const parsed = new URL(url)
    origin = parsed.protocol === `${APP_SCHEME}:` ? `${parsed.protocol}//${parsed.host}` : parsed.origin
  } catch {
    return false
  }
  return trustedOrigins.includes(origin)
}

/** Every permission request (camera, notifications, geolocation …) is refused. */
export const permissionDecision = (_permission: string): boolean => false

/** In-app navigation never leaves the loaded page; the app routes by hash. */
export const navigationDecision = (_url: string): 'deny' => 'deny'
