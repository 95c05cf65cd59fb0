import { describe, expect, it } from 'vitest'
import { resolve } from 'node:path'
import { defaultUserDataDir, resolveLibraryDir } from '../../electron/main/services/library-location'

describe('resolveLibraryDir', () => {
  it('prefers --library, then PARLEY_LIBRARY, then the default', () => {
    expect(resolveLibraryDir(['node', 'x', '--library', 'lib-a'], { PARLEY_LIBRARY: '/env' }, '/default')).toBe(resolve('lib-a'))
    expect(resolveLibraryDir(['--library=/lib-b'], {}, '/default')).toBe('/lib-b')
    expect(resolveLibraryDir(['list'], { PARLEY_LIBRARY: '/env' }, '/default')).toBe('/env')
    expect(resolveLibraryDir(['list'], { PARLEY_LIBRARY: '' }, '/default')).toBe('/default')
    expect(resolveLibraryDir(['--library'], {}, '/default')).toBe('/default')
  })

  it('computes the app user-data folder per platform, as Electron does', () => {
    expect(defaultUserDataDir({}, 'linux', '/home/a')).toBe('/home/a/.config/Parley')
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/a')).toBe('/xdg/Parley')
    expect(defaultUserDataDir({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Application Support/Parley')
  })
})
