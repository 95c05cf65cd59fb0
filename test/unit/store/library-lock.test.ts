import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { utimes, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { LibraryStore } from '../../../electron/main/services/store/library-store'
import { libraryPaths } from '../../../electron/main/services/store/library-paths'
import { tempDir } from '../temp-library'
import { runCli } from '../cli/run-cli'
import { EMPTY_LOCK_GRACE_MS, judgeLock, type LockContext } from '../../../electron/main/services/store/library-lock'
import { processStartOf } from '../../../electron/main/services/store/process-start'

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

  it('takes over an empty lock left by a crash between creating the file and writing its owner', async () => {
    const dir = await tempDir()
    const lockFile = libraryPaths(dir).lockFile
    await writeFile(lockFile, '')
    const old = new Date(Date.now() - 60_000)
    await utimes(lockFile, old, old)
    const store = await LibraryStore.open(dir)
    expect(store.notices.find((n) => n.title === 'Library lock taken over')?.message).toMatch(/empty or unreadable/)
    await store.close()
  })

  it('takes over a lock whose process id now belongs to a different process', async () => {
    const dir = await tempDir()
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'])
    try {
      await new Promise((r) => setTimeout(r, 100))
      expect(processStartOf(live.pid!)).not.toBeNull()
      await writeFile(libraryPaths(dir).lockFile, JSON.stringify({ pid: live.pid, host: hostname(), acquiredAt: '2026-01-01T00:00:00.000Z', processStart: 'linux:1' }))
      const store = await LibraryStore.open(dir)
      expect(store.notices.find((n) => n.title === 'Library lock taken over')?.message).toMatch(/now belongs to a different process/)
      await store.close()
    } finally {
      live.kill()
    }
  })

  it('refuses a live owner whose start time matches, and opens anyway only when asked, saying so', async () => {
    const dir = await tempDir()
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'])
    try {
      await new Promise((r) => setTimeout(r, 100))
      const owner = { pid: live.pid, host: hostname(), acquiredAt: '2026-01-01T00:00:00.000Z', processStart: processStartOf(live.pid!) }
      await writeFile(libraryPaths(dir).lockFile, JSON.stringify(owner))
      await expect(LibraryStore.open(dir)).rejects.toMatchObject({ code: 'library-in-use', details: [`pid ${live.pid}`, `host ${hostname()}`, 'since 2026-01-01T00:00:00.000Z'] })
      const store = await LibraryStore.open(dir, { takeOverLock: true })
      expect(store.notices.find((n) => n.title === 'Library lock taken over')).toMatchObject({ level: 'warning', message: expect.stringContaining(`opened anyway while process ${live.pid}`) })
      await store.close()
    } finally {
      live.kill()
    }
  })

  it('never lets "open anyway" take a library this very process holds', async () => {
    const dir = await tempDir()
    const first = await LibraryStore.open(dir)
    await expect(LibraryStore.open(dir, { takeOverLock: true })).rejects.toMatchObject({ code: 'library-in-use' })
    await first.close()
  })
})

describe('judging a lock', () => {
  const context = (over: Partial<LockContext> = {}): LockContext => ({ host: 'h', ownPid: 10, heldHere: false, lockAgeMs: 60_000, isAlive: () => true, startOf: () => 'linux:5', ...over })
  const owner = { pid: 20, host: 'h', acquiredAt: 't', processStart: 'linux:5' }

  it('waits while an empty lock may still be being written, then calls it stale', () => {
    expect(judgeLock(null, context({ lockAgeMs: 10 }))).toEqual({ kind: 'being-written' })
    expect(judgeLock(null, context({ lockAgeMs: EMPTY_LOCK_GRACE_MS + 1 }))).toMatchObject({ kind: 'stale' })
  })

  it('tells a live owner, a dead one, a reused pid, another host, and an old lock of its own pid apart', () => {
    expect(judgeLock(owner, context())).toMatchObject({ kind: 'live', where: 'this host' })
    expect(judgeLock(owner, context({ isAlive: () => false }))).toMatchObject({ kind: 'stale', reason: 'process 20 is no longer running' })
    expect(judgeLock(owner, context({ startOf: () => 'linux:99' }))).toMatchObject({ kind: 'stale', reason: expect.stringContaining('different process') })
    expect(judgeLock(owner, context({ startOf: () => null }))).toMatchObject({ kind: 'live' })
    expect(judgeLock({ ...owner, processStart: undefined }, context({ startOf: () => 'linux:99' }))).toMatchObject({ kind: 'live' })
    expect(judgeLock(owner, context({ host: 'elsewhere' }))).toMatchObject({ kind: 'live', where: 'another host' })
    expect(judgeLock({ ...owner, pid: 10 }, context())).toMatchObject({ kind: 'stale' })
    expect(judgeLock({ ...owner, pid: 10 }, context({ heldHere: true }))).toMatchObject({ kind: 'live' })
  })
})
