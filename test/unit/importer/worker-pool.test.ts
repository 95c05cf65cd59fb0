import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { WorkerPool } from '../../../electron/main/services/importer/worker-pool'
import { createWorkerParserRunner } from '../../../electron/main/services/importer/parser-runner'
import { ParleyError } from '../../../shared/ipc/errors'

const testWorker = new URL('./test-worker.mjs', import.meta.url)
const revive = (error: unknown) => new ParleyError('import-failed', (error as { message: string }).message)
const options = { timeoutMs: 2000, timeoutMessage: 'too slow' }

describe('WorkerPool', () => {
  it('runs tasks in order and returns their values', async () => {
    const pool = new WorkerPool(() => new Worker(testWorker), revive)
    const results = await Promise.all([pool.run({ value: 1, delayMs: 30 }, options), pool.run({ value: 2 }, options), pool.run({ value: 3, delayMs: 5 }, options)])
    expect(results).toEqual(['done 1', 'done 2', 'done 3'])
    await pool.close()
  })

  it('stops a task that overruns its deadline and carries on with a fresh worker', async () => {
    const pool = new WorkerPool(() => new Worker(testWorker), revive)
    await expect(pool.run({ action: 'spin' }, { timeoutMs: 300, timeoutMessage: 'x.pdf: parsing took longer than 0.3 s and was stopped.' })).rejects.toThrow('x.pdf: parsing took longer than 0.3 s and was stopped.')
    await expect(pool.run({ value: 'after' }, options)).resolves.toBe('done after')
    await pool.close()
  })

  it('turns a refusal and a crash into errors without stopping later tasks', async () => {
    const pool = new WorkerPool(() => new Worker(testWorker), revive)
    await expect(pool.run({ action: 'fail' }, options)).rejects.toThrow('refused')
    await expect(pool.run({ action: 'crash' }, options)).rejects.toThrow(/parser stopped unexpectedly/)
    await expect(pool.run({ value: 'again' }, options)).resolves.toBe('done again')
    await pool.close()
  })
})

describe('the parse worker', () => {
  it('parses a real file in a worker thread, from source through tsx', async () => {
    const runner = createWorkerParserRunner(resolve('electron/main/services/importer/parse-worker.ts'))
    try {
      const bytes = new Uint8Array(await readFile('test/fixtures/text/de-mistura-briefing.md'))
      const parsed = await runner.parse('md', bytes, 'de-mistura-briefing.md')
      expect(parsed.title).toBe('De Mistura briefs the Security Council on Geneva')
      expect(bytes.byteLength).toBeGreaterThan(0) // the caller's bytes are not detached
      await expect(runner.parse('txt', new Uint8Array([0, 1, 2, 0]), 'blob.txt')).rejects.toMatchObject({ code: 'import-failed', message: 'blob.txt looks like binary data, not text.' })
    } finally {
      await runner.close()
    }
  }, 30_000)
})
