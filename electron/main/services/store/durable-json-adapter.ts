import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { SerialQueue, writeFileDurable } from './durable-write'

/**
 * lowdb adapter whose writes are durable (see writeFileDurable) and serialized. The snapshot is
 * taken when write() is called, so queued writes land in call order with the state of their call.
 */
export class DurableJsonAdapter<T> implements Adapter<T> {
  private readonly queue = new SerialQueue()

  constructor(private readonly path: string) {}

  async read(): Promise<T | null> {
    try {
      return JSON.parse((await readFile(this.path, 'utf8')).replace(/^\uFEFF/, '')) as T
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  }

  write(data: T): Promise<void> {
    const json = JSON.stringify(data)
    return this.queue.run(() => writeFileDurable(this.path, json))
  }
}
