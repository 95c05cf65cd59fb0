import { findAttributions } from '../../../../shared/attribution/find-attributions'
import type { AttributedStatement } from '../../../../shared/attribution/types'
import type { PlacedBlock } from '../../../../shared/domain/content'
import { ParleyError, type IpcError } from '../../../../shared/ipc/errors'
import { spawnWorker } from '../importer/parser-runner'
import { WorkerPool } from '../importer/worker-pool'

/** Where the attribution finder runs: a worker thread in the app, in-process in the CLI and tests. */
export interface AttributionRunner {
  find(text: string, blocks: readonly PlacedBlock[]): Promise<AttributedStatement[]>
  close(): Promise<void>
}

/** Generous: the finder takes about 5 ms per 1,000 words; this stops only a runaway. */
const ATTRIBUTION_TIMEOUT_MS = 60_000

export const inProcessAttributionRunner: AttributionRunner = {
  find: async (text, blocks) => findAttributions(text, blocks),
  close: async () => undefined,
}

const reviveError = (error: unknown): Error => {
  const data = error as Partial<IpcError>
  return new ParleyError('invalid-arguments', data.message ?? 'Claims could not be proposed for this document.')
}

/** Runs the finder in its own worker thread (the parse worker's file, task "attributions"). */
export function createWorkerAttributionRunner(workerFile: string | URL): AttributionRunner {
  const pool = new WorkerPool(() => spawnWorker(workerFile), reviveError)
  return {
    find: (text, blocks) =>
      pool.run<AttributedStatement[]>({ task: 'attributions', text, blocks }, { timeoutMs: ATTRIBUTION_TIMEOUT_MS, timeoutMessage: 'Finding the statements in this document took over a minute and was stopped.' }),
    close: () => pool.close(),
  }
}
