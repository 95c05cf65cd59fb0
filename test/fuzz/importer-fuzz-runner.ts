import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createWorkerParserRunner, PARSE_TIMEOUT_MS } from '../../electron/main/services/importer/parser-runner'
import type { ParseOutcome } from './parse-outcome'

const fuzzWorkerFile = resolve(import.meta.dirname, 'importer-fuzz-worker.ts')

/**
 * Runs fuzzed files through the app's own worker parser runner (same spawning, same pool, same
 * deadline that terminates a runaway worker), with the fuzz worker as its entry. That worker
 * always answers with an outcome, so a rejection from the runner can only be the deadline or a
 * dead worker.
 */
export interface ImporterFuzzRunner {
  parse(extension: string, bytes: Uint8Array, fileName: string): Promise<ParseOutcome>
  close(): Promise<void>
}

export function createImporterFuzzRunner(timeoutMs = PARSE_TIMEOUT_MS): ImporterFuzzRunner {
  const runner = createWorkerParserRunner(fuzzWorkerFile, timeoutMs)
  return {
    async parse(extension, bytes, fileName) {
      const started = performance.now()
      try {
        return (await runner.parse(extension, bytes, fileName)) as unknown as ParseOutcome
      } catch (error) {
        const ms = performance.now() - started
        const detail = (error as Error).message
        return ms >= timeoutMs ? { kind: 'hang', ms, detail } : { kind: 'crash', ms, detail }
      }
    },
    close: () => runner.close(),
  }
}

/** Counts and parse times over a run, for the test's message and the benchmark's table. */
export class OutcomeTally {
  readonly counts: Record<ParseOutcome['kind'], number> = { parsed: 0, 'typed-error': 0, 'untyped-error': 0, malformed: 0, hang: 0, crash: 0 }
  readonly times: number[] = []
  /** The first few unacceptable outcomes, with what produced them. */
  readonly failures: string[] = []

  add(outcome: ParseOutcome, describeInput: () => string) {
    this.counts[outcome.kind]++
    this.times.push(outcome.ms)
    if (outcome.kind !== 'parsed' && outcome.kind !== 'typed-error' && this.failures.length < 20) this.failures.push(`${outcome.kind}: ${'detail' in outcome ? outcome.detail : ''} ← ${describeInput()}`)
  }

  get total() {
    return this.times.length
  }
}
