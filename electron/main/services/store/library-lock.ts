import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises'
import { unlinkSync } from 'node:fs'
import { hostname } from 'node:os'
import { randomBytes } from 'node:crypto'
import { ParleyError } from '../../../../shared/ipc/errors'
import type { LibraryNotice } from '../../../../shared/ipc/contract'
import { crashPoint } from './crash-points'
import { processStartOf } from './process-start'

export interface LockOwner {
  pid: number
  host: string
  acquiredAt: string
  /** processStartOf(pid) when the lock was taken; absent in locks of older versions. */
  processStart?: string | null
}

/** What a lock file found in place means. */
export type LockVerdict =
  | { kind: 'live'; owner: LockOwner | null; where: 'this host' | 'another host' }
  | { kind: 'stale'; reason: string }
  | { kind: 'being-written' }

/** A lock file is written within milliseconds of its creation; an empty one older than this was left by a crash. */
export const EMPTY_LOCK_GRACE_MS = 2000

/** Lock paths this process holds right now. */
const heldHere = new Set<string>()

export interface LockContext {
  host: string
  ownPid: number
  heldHere: boolean
  lockAgeMs: number
  isAlive: (pid: number) => boolean
  startOf: (pid: number) => string | null
}

/** Decides, from the lock file's content and the state of its process, whether it may be taken over. */
export function judgeLock(owner: LockOwner | null, context: LockContext): LockVerdict {
  if (owner === null) {
    return context.lockAgeMs < EMPTY_LOCK_GRACE_MS ? { kind: 'being-written' } : { kind: 'stale', reason: 'the lock file was empty or unreadable (left by a crash)' }
  }
  if (owner.host !== context.host) return { kind: 'live', owner, where: 'another host' }
  if (owner.pid === context.ownPid) {
    return context.heldHere ? { kind: 'live', owner, where: 'this host' } : { kind: 'stale', reason: `it names this process's id (${owner.pid}), left by an earlier process` }
  }
  if (!context.isAlive(owner.pid)) return { kind: 'stale', reason: `process ${owner.pid} is no longer running` }
  if (owner.processStart) {
    const now = context.startOf(owner.pid)
    if (now !== null && now !== owner.processStart) return { kind: 'stale', reason: `process id ${owner.pid} now belongs to a different process` }
  }
  return { kind: 'live', owner, where: 'this host' }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM means it exists but belongs to someone else: still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function parseLockOwner(raw: string): LockOwner | null {
  try {
    const owner = JSON.parse(raw) as LockOwner
    return typeof owner.pid === 'number' && Number.isInteger(owner.pid) && owner.pid > 0 && typeof owner.host === 'string' ? owner : null
  } catch {
    return null
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * One process per library. The lock file is created exclusively. A lock whose owner is gone (an
 * empty lock from a crash, a dead process, a pid now reused by another process) is taken over;
 * a live owner is refused with "library in use" unless the analyst chose to open anyway.
 */
export class LibraryLock {
  private released = false
  private readonly releaseOnExit = () => this.releaseSync()

  private constructor(
    readonly lockPath: string,
    /** What the analyst should know, such as a lock that was taken over. */
    readonly notices: LibraryNotice[],
  ) {
    heldHere.add(lockPath)
    process.once('exit', this.releaseOnExit)
  }

  static async acquire(lockPath: string, libraryDir: string, options: { takeOver?: boolean } = {}): Promise<LibraryLock> {
    const notices: LibraryNotice[] = []
    const deadline = Date.now() + EMPTY_LOCK_GRACE_MS + 1000
    for (let attempt = 0; attempt < 50; attempt++) {
      if (await tryCreate(lockPath)) return new LibraryLock(lockPath, notices)
      const raw = await readFile(lockPath, 'utf8').catch(() => null)
      if (raw === null) continue // Released between our attempt and the read: try again.
      const owner = parseLockOwner(raw)
      const age = await stat(lockPath).then((s) => Date.now() - s.mtimeMs, () => 0)
      const verdict = judgeLock(owner, { host: hostname(), ownPid: process.pid, heldHere: heldHere.has(lockPath), lockAgeMs: age, isAlive: processIsAlive, startOf: processStartOf })
      if (verdict.kind === 'being-written' && Date.now() < deadline) {
        await sleep(100)
        continue
      }
      if (verdict.kind === 'live' && !options.takeOver) throw inUse(libraryDir, verdict.owner)
      if (verdict.kind === 'live' && heldHere.has(lockPath)) throw inUse(libraryDir, verdict.owner)
      if (await takeOver(lockPath, raw)) {
        const why = verdict.kind === 'stale' ? verdict.reason : `opened anyway while ${describeOwner(verdict.kind === 'live' ? verdict.owner : null)} held it`
        notices.push({ level: verdict.kind === 'stale' ? 'info' : 'warning', title: 'Library lock taken over', message: `The library's lock was taken over: ${why}.` })
      }
    }
    throw new ParleyError('library-in-use', `Library in use: ${libraryDir} (its lock could not be taken).`)
  }

  async release(): Promise<void> {
    if (this.released) return
    this.released = true
    heldHere.delete(this.lockPath)
    process.removeListener('exit', this.releaseOnExit)
    await unlink(this.lockPath).catch(() => undefined)
  }

  private releaseSync(): void {
    if (this.released) return
    this.released = true
    heldHere.delete(this.lockPath)
    try {
      unlinkSync(this.lockPath)
    } catch {
      // Already gone: nothing to release.
    }
  }
}

async function tryCreate(lockPath: string): Promise<boolean> {
  let handle
  try {
    handle = await open(lockPath, 'wx', 0o600)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    crashPoint('lock-create', lockPath)
    const owner: LockOwner = { pid: process.pid, host: hostname(), acquiredAt: new Date().toISOString(), processStart: processStartOf(process.pid) }
    await handle.writeFile(JSON.stringify(owner))
    await handle.sync()
  } finally {
    await handle.close()
  }
  return true
}

/**
 * Moves the judged lock aside. If another process replaced it in the meantime, the file moved is
 * not the one judged: it is put back (only if no lock exists now) and the caller tries again.
 */
async function takeOver(lockPath: string, judged: string): Promise<boolean> {
  const aside = `${lockPath}.stale-${randomBytes(4).toString('hex')}`
  try {
    await rename(lockPath, aside)
  } catch {
    return false
  }
  const moved = await readFile(aside, 'utf8').catch(() => null)
  if (moved !== judged) {
    await link(aside, lockPath).catch(() => undefined)
    await unlink(aside).catch(() => undefined)
    return false
  }
  await unlink(aside).catch(() => undefined)
  return true
}

function describeOwner(owner: LockOwner | null): string {
  return owner ? `process ${owner.pid} on ${owner.host}${owner.acquiredAt ? ` (since ${owner.acquiredAt})` : ''}` : 'another process'
}

function inUse(libraryDir: string, owner: LockOwner | null): ParleyError {
  return new ParleyError(
    'library-in-use',
    `Library in use: ${libraryDir} is open in ${describeOwner(owner)}. Close it there, or open another library with --library.`,
    owner ? [`pid ${owner.pid}`, `host ${owner.host}`, `since ${owner.acquiredAt}`] : undefined,
  )
}
