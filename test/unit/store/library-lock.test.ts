import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { LibraryStore } from '../../../electron/main/services/store/library-store'
import { libraryPaths } from '../../../electron/main/services/store/library-paths'
import { tempDir } from '../temp-library'
import { runCli } from '../cli/run-cli'

describe('the library lock', () => {
  it('refuses a second opener in the same process until the first closes', async () => {
    const dir = await tempDir()
    const first = await LibraryStore.open(dir)
    await expect(LibraryStore.open(dir)).rejects.toMatchObject({ code: 'library-in-use', message: expect.stringMatching(/^Library in use/) })
    await first.close()
    const second = await LibraryStore.open(dir)
    await second.close()
  })

  it('takes over a lock left by a process that died', async () => {
    const dir = await tempDir()
    const child = spawn(process.execPath, ['-e', ''])
    const deadPid = child.pid!
    await new Promise((resolve) => child.on('exit', resolve))
    await writeFile(libraryPaths(dir).lockFile, JSON.stringify({ pid: deadPid, host: hostname(), acquiredAt: new Date().toISOString() }))
    const store = await LibraryStore.open(dir)
    await store.close()
  })

  it('refuses when a live process on this host holds it', async () => {
    const dir = await tempDir()
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'])
    try {
      await writeFile(libraryPaths(dir).lockFile, JSON.stringify({ pid: live.pid, host: hostname(), acquiredAt: new Date().toISOString() }))
      await expect(LibraryStore.open(dir)).rejects.toMatchObject({ code: 'library-in-use', message: expect.stringContaining(`process ${live.pid}`) })
    } finally {
      live.kill()
    }
  })

  it('makes a second process (the CLI) exit with "library in use"', async () => {
    const dir = await tempDir()
    const holder = await LibraryStore.open(dir)
    try {
      const result = await runCli(['list', '--library', dir])
      expect(result.code).not.toBe(0)
      expect(result.stderr.trim()).toMatch(/^parley: Library in use: .* is open in process \d+/)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
    } finally {
      await holder.close()
    }
  }, 30_000)
})
