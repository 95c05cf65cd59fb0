import { describe, expect, it } from 'vitest'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  appResponseHeaders,
  isTrustedAppUrl,
  navigationDecision,
  permissionDecision,
  secureWebPreferences,
} from '../../../electron/main/shell/security'
import { readAppAsset } from '../../../electron/main/services/app-assets'
import { tempDir } from '../temp-library'

const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => {
  const [name, ...values] = d.trim().split(/\s+/)
  return [name!, values] as const
}))

describe('window settings', () => {
  it('isolate the page: context isolation and sandbox on, no Node anywhere', () => {
    const prefs = secureWebPreferences('/app/preload/index.cjs')
    expect(prefs).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    })
    expect(prefs.disableBlinkFeatures).toBe('Auxclick')
  })

  it('deny every permission and every navigation', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) expect(permissionDecision(permission)).toBe(false)
    expect(navigationDecision('https://example.org')).toBe('deny')
    expect(navigationDecision(`${APP_ORIGIN}/index.html`)).toBe('deny')
  })
})

describe('content security policy', () => {
  it('allows scripts only from the app and nothing from the network', () => {
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('connect-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/)
    // Mantine's injected styles are the only inline content allowed.
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
  })

  it('is sent with every app response', () => {
    expect(appResponseHeaders('text/html')).toMatchObject({ 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' })
  })
})

describe('trusted senders', () => {
  it('trust only the listed origins', () => {
    expect(isTrustedAppUrl('parley://app/index.html#/library', [APP_ORIGIN])).toBe(true)
    expect(isTrustedAppUrl('parley://evil/index.html', [APP_ORIGIN])).toBe(false)
    expect(isTrustedAppUrl('file:///index.html', [APP_ORIGIN])).toBe(false)
    expect(isTrustedAppUrl('http://localhost:5173/', [APP_ORIGIN])).toBe(false)
    expect(isTrustedAppUrl('http://localhost:5173/x', [APP_ORIGIN, 'http://localhost:5173'])).toBe(true)
    expect(isTrustedAppUrl('not a url', [APP_ORIGIN])).toBe(false)
    expect(isTrustedAppUrl(undefined, [APP_ORIGIN])).toBe(false)
  })
})

describe('app assets', () => {
  it('serve files of the built renderer and nothing outside it', async () => {
    const root = await tempDir()
    await mkdir(join(root, 'renderer', 'assets'), { recursive: true })
    await writeFile(join(root, 'renderer', 'index.html'), '<html></html>')
    await writeFile(join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)')
    await writeFile(join(root, 'secret.json'), '{"secret":true}')
    const rendererDir = join(root, 'renderer')
    expect((await readAppAsset(rendererDir, '/'))?.contentType).toMatch(/text\/html/)
    expect((await readAppAsset(rendererDir, '/assets/app.js?v=1'))?.body.toString()).toBe('console.log(1)')
    for (const attack of ['/../secret.json', '/%2e%2e/secret.json', '/assets/../../secret.json', '/%E0%A4%A', '/missing.js', '/assets/']) {
      expect(await readAppAsset(rendererDir, attack)).toBeNull()
    }
  })
})
