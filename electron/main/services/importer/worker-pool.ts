import { Worker } from 'node:worker_threads'

export interface WorkerTaskOptions {
  timeoutMs: number
  /** The message a timed-out task rejects with. */
  timeoutMessage: string
}

interface Pending {
  resolve: (value: unknown) => void
  reject: (error: Error) => void
  timer: NodeJS.Timeout
  worker: Worker
}

/**
 * Runs tasks in one worker thread, one at a time, each with a deadline. A task that overruns has
 * its worker terminated (the only way to stop runaway parsing) and the next task gets a new one.
 * The worker answers `{ id, ok: true, value }` or `{ id, ok: false, error }`.
 */
export class WorkerPool {
  private worker: Worker | null = null
  private readonly pending = new Map<number, Pending>()
  private nextId = 1
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly spawn: () => Worker,
    private readonly reviveError: (error: unknown) => Error,
  ) {}

  run<T>(message: Record<string, unknown>, options: WorkerTaskOptions, transfer: ArrayBuffer[] = []): Promise<T> {
    const task = this.queue.then(() => this.send<T>(message, options, transfer))
    this.queue = task.catch(() => undefined)
    return task
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    if (worker) await worker.terminate()
  }

  private send<T>(message: Record<string, unknown>, options: WorkerTaskOptions, transfer: ArrayBuffer[]): Promise<T> {
    const worker = this.ensureWorker()
    const id = this.nextId++
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id)
        reject(this.reviveError({ code: 'import-failed', message: options.timeoutMessage }))
        void this.discard(worker)
      }, options.timeoutMs)
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer, worker })
      worker.postMessage({ ...message, id }, transfer)
    })
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    const worker = this.spawn()
    worker.on('message', (reply: { id: number; ok: boolean; value?: unknown; error?: unknown }) => {
      const pending = this.pending.get(reply.id)
      if (!pending) return
      this.pending.delete(reply.id)
      clearTimeout(pending.timer)
      if (reply.ok) pending.resolve(reply.value)
      else pending.reject(this.reviveError(reply.error))
    })
    // Only this worker's tasks fail: a terminated worker's exit must not touch its successor's.
    const failAll = (error: Error) => {
      for (const [id, pending] of this.pending) {
        if (pending.worker !== worker) continue
        clearTimeout(pending.timer)
        pending.reject(this.reviveError({ code: 'import-failed', message: `The parser stopped unexpectedly (${error.message}).` }))
        this.pending.delete(id)
      }
      if (this.worker === worker) this.worker = null
    }
    worker.on('error', failAll)
    worker.on('exit', (code) => {
      failAll(new Error(`exit code ${code}`))
      if (this.worker === worker) this.worker = null
    })
    this.worker = worker
    return worker
  }

  private async discard(worker: Worker): Promise<void> {
    if (this.worker === worker) this.worker = null
    await worker.terminate()
  }
}
