import { open, readFile, unlink } from 'node:fs/promises'
import { unlinkSync } from 'node:fs'
import { hostname } from 'node:os'
import { ParleyError } from '../../../../shared/ipc/errors'

interface LockOwner {
  pid: number
  host: string
  acquiredAt: string
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

async function readOwner(lockPath: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(lockPath, 'utf8')) as LockOwner
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? owner : null
  } catch {
    return null
  }
}

/**
 * One process per library. The lock file is created exclusively; a lock left by a process that
 * died on this host is taken over, any other is refused with "library in use".
 */
export class LibraryLock {
  private released = false
  private readonly releaseOnExit = () => this.releaseSync()

  private constructor(readonly lockPath: string) {
    process.once('exit', this.releaseOnExit)
  }

  static async acquire(lockPath: string, libraryDir: string): Promise<LibraryLock> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const handle = await open(lockPath, 'wx', 0o600)
        const owner: LockOwner = { pid: process.pid, host: hostname(), acquiredAt: new Date().toISOString() }
        await handle.writeFile(JSON.stringify(owner))
        await handle.sync()
        await handle.close()
        return new LibraryLock(lockPath)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
        const owner = await readOwner(lockPath)
        const stale = owner !== null && owner.host === hostname() && owner.pid !== process.pid && !processIsAlive(owner.pid)
        if (stale && attempt === 0) {
          await unlink(lockPath).catch(() => undefined)
          continue
        }
        const who = owner ? `process ${owner.pid} on ${owner.host}` : 'another process'
        throw new ParleyError(
          'library-in-use',
          `Library in use: ${libraryDir} is open in ${who}. Close it there, or open another library with --library.`,
        )
      }
    }
    throw new ParleyError('library-in-use', `Library in use: ${libraryDir}`)
  }

  async release(): Promise<void> {
    if (this.released) return
    this.released = true
    process.removeListener('exit', this.releaseOnExit)
    await unlink(this.lockPath).catch(() => undefined)
  }

  private releaseSync(): void {
    if (this.released) return
    this.released = true
    try {
      unlinkSync(this.lockPath)
    } catch {
      // Already gone: nothing to release.
    }
  }
}
