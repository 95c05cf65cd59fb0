import { test, expect, _electron as electron } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/**
 * The path of the Electron binary, or null where it was never downloaded (as on these CI
 * machines). Requiring 'electron' would try to download it, so read its path.txt instead.
 */
function electronBinary(): string | null {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist')
  const binary = join(distDir, readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const binary = electronBinary()

test('the real Electron app opens its sample library', async () => {
  test.skip(binary === null, 'The Electron binary is not installed here: it cannot be downloaded on these machines.')
  const libraryDir = await mkdtemp(join(tmpdir(), 'parley-electron-'))
  const app = await electron.launch({ executablePath: binary!, args: ['.', '--library', libraryDir] })
  try {
    const window = await app.firstWindow()
    await expect(window.getByTestId('library-row')).toHaveCount(5)
    const isolated = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require === 'undefined')
    expect(isolated).toBe(true)
  } finally {
    await app.close()
    await rm(libraryDir, { recursive: true, force: true })
  }
})
