import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { ParleyError, type IpcError } from '../../../../shared/ipc/errors'
import { parseByExtension } from './format-table'
import type { ParsedDocument } from './parsed-document'
import { WorkerPool } from './worker-pool'

/** Where parsing happens: in a worker thread in the app and CLI; in-process where that is simpler. */
export interface ParserRunner {
  parse(extension: string, bytes: Uint8Array, fileName: string): Promise<ParsedDocument>
  close(): Promise<void>
}

export const PARSE_TIMEOUT_MS = 30_000

export const inProcessParserRunner: ParserRunner = {
  parse: (extension, bytes, fileName) => parseByExtension(extension, bytes, fileName),
  close: async () => undefined,
}

/**
 * A built worker starts as it is. A TypeScript one (running from source) first registers tsx's
 * loader inside the worker: Node does not pass --import loaders on to worker threads.
 */
export function spawnWorker(workerFile: string | URL): Worker {
  const path = workerFile instanceof URL ? fileURLToPath(workerFile) : workerFile
  if (!path.endsWith('.ts')) return new Worker(path)
  // tsx's ESM API (the "import" condition) sits beside the CommonJS file require.resolve finds.
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href
  const entry = pathToFileURL(path).href
  return new Worker(`import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}) })`, { eval: true })
}

const reviveError = (error: unknown): Error => {
  const data = error as Partial<IpcError>
  return new ParleyError(data.code ?? 'import-failed', data.message ?? 'The file could not be parsed.')
}

/**
 * Parses in a worker thread with a deadline per file. `workerFile` is the built parse-worker.js in
 * the app; from source (CLI, tests) it is parse-worker.ts, loaded through tsx.
 */
export function createWorkerParserRunner(workerFile: string | URL, timeoutMs = PARSE_TIMEOUT_MS): ParserRunner {
  const pool = new WorkerPool(() => spawnWorker(workerFile), reviveError)
  return {
    parse: (extension, bytes, fileName) => {
      const copy = bytes.slice()
      return pool.run<ParsedDocument>(
        { extension, bytes: copy, fileName },
        { timeoutMs, timeoutMessage: `${fileName}: parsing took longer than ${Math.round(timeoutMs / 1000)} s and was stopped.` },
        [copy.buffer as ArrayBuffer],
      )
    },
    close: () => pool.close(),
  }
}
