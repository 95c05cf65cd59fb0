import { describe, expect, it } from 'vitest'
import { rendererEntry } from '../../../electron/main/shell/renderer-entry'
import { appMenuTemplate } from '../../../electron/main/shell/app-menu-template'
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../electron/main/shell/security'

const roles = (template: ReturnType<typeof appMenuTemplate>) => JSON.stringify(template).match(/"role":"[a-zA-Z]+"/g)

describe('development-only shortcuts', () => {
  it('follows ELECTRON_RENDERER_URL, and trusts its origin, only in a development build', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }
    expect(rendererEntry(false, env)).toEqual({ url: APP_ENTRY_URL, trustedOrigins: [APP_ORIGIN] })
    expect(rendererEntry(true, env)).toEqual({ url: 'http://127.0.0.1:5173/', trustedOrigins: [APP_ORIGIN, 'http://127.0.0.1:5173'] })
    expect(rendererEntry(true, {})).toEqual({ url: APP_ENTRY_URL, trustedOrigins: [APP_ORIGIN] })
  })

  it('offers reload and developer tools in the menu only in a development build', () => {
    const built = roles(appMenuTemplate({ isDevelopmentBuild: false, isMac: false }))!
    expect(built).not.toContain('"role":"reload"')
    expect(built).not.toContain('"role":"forceReload"')
    expect(built).not.toContain('"role":"toggleDevTools"')
    expect(built).toContain('"role":"editMenu"')
    const dev = roles(appMenuTemplate({ isDevelopmentBuild: true, isMac: true }))!
    expect(dev).toEqual(expect.arrayContaining(['"role":"reload"', '"role":"toggleDevTools"', '"role":"appMenu"']))
  })
})
