import { open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { crashPoint } from './crash-points'

/**
 * Replaces `path` so that after the promise resolves the new content survives a crash or a power
 * cut, and at no moment can a reader see a partial file: unique temp file, fsync, rename, fsync
 * of the folder (which makes the rename itself durable).
 */
export async function writeFileDurable(path: string, data: string | Uint8Array): Promise<void> {
  const tempPath = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(tempPath, 'wx', 0o600)
  try {
    crashPoint('temp-write', path)
    await handle.writeFile(data)
    crashPoint('temp-fsync', path)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await unlink(tempPath).catch(() => undefined)
    throw error
  }
  await handle.close()
  try {
    crashPoint('rename', path)
    await rename(tempPath, path)
  } catch (error) {
    await unlink(tempPath).catch(() => undefined)
    throw error
  }
  crashPoint('folder-fsync', path)
  await fsyncDirectory(dirname(path))
}

export async function fsyncDirectory(dir: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

export const isTempFileName = (name: string): boolean => name.startsWith('.') && name.endsWith('.tmp')

/** Runs tasks one at a time, in the order given, whatever each one's outcome. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve()
  private pending = 0

  run<T>(task: () => Promise<T>): Promise<T> {
    this.pending++
    const result = this.tail.then(task)
    this.tail = result
      .catch(() => undefined)
      .finally(() => {
        this.pending--
      })
    return result
  }

  /** Resolves once every task queued so far has finished. */
  async drain(): Promise<void> {
    while (this.pending > 0) await this.tail
  }
}
