import { parentPort } from 'node:worker_threads'
import { performance } from 'node:perf_hooks'
import { ParleyError } from '../../shared/ipc/errors'
import { parseByExtension } from '../../electron/main/services/importer/format-table'
import { prepareBlocks } from '../../electron/main/services/importer/prepare-blocks'
import { ignoreLateRejections } from '../../electron/main/services/importer/late-rejections'
import { parsedDocumentProblems, SELF_CHECK, type ParseOutcome } from './parse-outcome'

/**
 * The importer fuzz's worker: parse-worker.ts's job (the real parsers, then the block preparation
 * every import does next), but it reports how a failure was typed. parse-worker.ts turns any
 * error into an import-failed message, which would hide an untyped error from the fuzz.
 */
// As parse-worker.ts does: a late pdf.js rejection must not kill the worker.
ignoreLateRejections()

parentPort!.on('message', async (message: { id: number; extension: string; bytes: Uint8Array; fileName: string }) => {
  const started = performance.now()
  let outcome: ParseOutcome
  // The harness's own check that it sees each kind of failure (never a real file name).
  if (message.fileName === SELF_CHECK.crash) process.exit(70)
  try {
    if (message.fileName === SELF_CHECK.untyped) throw new TypeError('self-check: an untyped error')
    const parsed = await parseByExtension(message.extension, message.bytes, message.fileName)
    const problems = parsedDocumentProblems(parsed)
    prepareBlocks(parsed.blocks)
    outcome = problems.length === 0 ? { kind: 'parsed', ms: 0, blocks: parsed.blocks.length } : { kind: 'malformed', ms: 0, detail: problems.join('; ') }
  } catch (error) {
    outcome =
      error instanceof ParleyError
        ? { kind: 'typed-error', ms: 0, code: error.code, detail: error.message }
        : { kind: 'untyped-error', ms: 0, detail: `${(error as Error)?.name ?? typeof error}: ${(error as Error)?.message ?? String(error)}`.slice(0, 500) }
  }
  outcome.ms = performance.now() - started
  parentPort!.postMessage({ id: message.id, ok: true, value: outcome })
})
