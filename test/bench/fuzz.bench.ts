// npm run bench:fuzz — the long versions of the fuzz tests (issue 15, item 5): 10,000 mutated
// fixtures through the worker parser runner, and a large hostile-IPC run over a real library.
// FUZZ_SEED replays a run; BENCH_FUZZ_INPUTS and BENCH_FUZZ_IPC_PER_CHANNEL change the sizes.
import fc from 'fast-check'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { PARSE_TIMEOUT_MS } from '../../electron/main/services/importer/parser-runner'
import type { IpcMethod } from '../../shared/ipc/contract'
import { argsSchemaOf, contractMethods } from '../fuzz/contract-schema'
import { startFuzzLibrary, TRUSTED_SENDER, type FuzzLibrary } from '../fuzz/fuzz-library'
import { fuzzSettings } from '../fuzz/fuzz-settings'
import { hostileArgsFor } from '../fuzz/hostile-args'
import { foreignSender } from '../fuzz/hostile-values'
import { applyMutations, fuzzInput, loadSeeds } from '../fuzz/importer-mutations'
import { createImporterFuzzRunner, OutcomeTally } from '../fuzz/importer-fuzz-runner'
import { fuzzCall } from '../fuzz/ipc-fuzz-call'
import { pollutionSince, snapshotPrototypes } from '../fuzz/builtin-prototypes'
import { baselineOutsideTree, captureOutsideTree, createOutsideTree, outsideChanges } from '../fuzz/outside-tree'
import { ms, percentile, printReport } from './bench-report'

const IMPORTER_INPUTS = Number(process.env.BENCH_FUZZ_INPUTS ?? 10_000)
const IPC_PER_CHANNEL = Number(process.env.BENCH_FUZZ_IPC_PER_CHANNEL ?? 500)
const FOREIGN_CALLS = 4 * IPC_PER_CHANNEL

async function importerRun(seed: number) {
  const seeds = await loadSeeds(resolve(import.meta.dirname, '../fixtures'))
  const runner = createImporterFuzzRunner()
  const tally = new OutcomeTally()
  const started = performance.now()
  try {
    for (const [i, input] of fc.sample(fuzzInput(seeds), { numRuns: IMPORTER_INPUTS, seed }).entries()) {
      const file = await applyMutations(input, seeds)
      tally.add(await runner.parse(input.extension, file.bytes, file.fileName), () => `input ${i}: ${seeds[input.seed]!.name} as .${input.extension} ${JSON.stringify(input.mutations).slice(0, 300)}`)
      if ((i + 1) % 1000 === 0) process.stderr.write(`importer: ${i + 1}/${IMPORTER_INPUTS}\n`)
    }
  } finally {
    await runner.close()
  }
  return { tally, seconds: (performance.now() - started) / 1000 }
}

interface IpcTally {
  calls: number
  ok: number
  refused: Record<string, number>
  problems: string[]
  problemCount: number
}

async function ipcRun(seed: number) {
  const root = await mkdtemp(join(tmpdir(), 'parley-bench-fuzz-'))
  let library: FuzzLibrary | null = null
  const tally: IpcTally = { calls: 0, ok: 0, refused: {}, problems: [], problemCount: 0 }
  const started = performance.now()
  try {
    const tree = await createOutsideTree(root)
    library = await startFuzzLibrary(tree.libraryDir)
    const outside = await baselineOutsideTree(tree)
    const prototypes = snapshotPrototypes()
    const record = async (method: IpcMethod, args: unknown, sender: string | undefined) => {
      const { answer, problems } = await fuzzCall(library!, method, args, sender)
      tally.calls++
      if (answer.ok) tally.ok++
      else tally.refused[answer.error.code] = (tally.refused[answer.error.code] ?? 0) + 1
      tally.problemCount += problems.length
      if (problems.length > 0 && tally.problems.length < 20) tally.problems.push(`${method}: ${problems.join('; ')}`)
    }
    for (const method of contractMethods) {
      for (const args of fc.sample(hostileArgsFor(argsSchemaOf(method), library.ids), { numRuns: IPC_PER_CHANNEL, seed })) await record(method, args, TRUSTED_SENDER)
    }
    const foreign = fc.constantFrom(...contractMethods).chain((method) => fc.tuple(fc.constant(method), hostileArgsFor(argsSchemaOf(method), library!.ids), foreignSender))
    for (const [method, args, sender] of fc.sample(foreign, { numRuns: FOREIGN_CALLS, seed })) await record(method, args, sender)
    const pollution = pollutionSince(prototypes)
    const touched = outsideChanges(outside, await captureOutsideTree(tree, outside), tree.readsVisible)
    return { tally, pollution, touched, readsVisible: tree.readsVisible, seconds: (performance.now() - started) / 1000 }
  } finally {
    await library?.close()
    await rm(root, { recursive: true, force: true })
  }
}

const { seed } = fuzzSettings(1)
const importer = await importerRun(seed)
const ipc = await ipcRun(seed)
const { counts, times } = importer.tally
const figures = {
  seed,
  importer: {
    inputs: importer.tally.total,
    parsed: counts.parsed,
    typedErrors: counts['typed-error'],
    crashes: counts.crash,
    hangs: counts.hang,
    untypedErrors: counts['untyped-error'],
    malformed: counts.malformed,
    parseMsP50: percentile(times, 50),
    parseMsP95: percentile(times, 95),
    parseMsMax: Math.max(...times),
    deadlineMs: PARSE_TIMEOUT_MS,
    seconds: importer.seconds,
  },
  ipc: {
    calls: ipc.tally.calls,
    ok: ipc.tally.ok,
    refused: ipc.tally.refused,
    problems: ipc.tally.problemCount,
    pollution: ipc.pollution.length,
    outsideTouched: ipc.touched.length,
    readsVisible: ipc.readsVisible,
    seconds: ipc.seconds,
  },
}

for (const failure of [...importer.tally.failures, ...ipc.tally.problems, ...ipc.pollution, ...ipc.touched]) console.log(`FAILURE ${failure}`)
printReport(
  `Fuzz (seed ${seed}): ${IMPORTER_INPUTS} mutated fixtures, ${IPC_PER_CHANNEL} hostile calls per IPC channel + ${FOREIGN_CALLS} from foreign senders`,
  [
    { measure: 'importer inputs', value: String(importer.tally.total) },
    { measure: 'parsed', value: String(counts.parsed) },
    { measure: 'typed errors', value: String(counts['typed-error']) },
    { measure: 'crashes', value: String(counts.crash), target: '0', pass: counts.crash === 0 },
    { measure: 'hangs (over the deadline)', value: String(counts.hang), target: '0', pass: counts.hang === 0 },
    { measure: 'untyped errors', value: String(counts['untyped-error']), target: '0', pass: counts['untyped-error'] === 0 },
    { measure: 'malformed documents', value: String(counts.malformed), target: '0', pass: counts.malformed === 0 },
    { measure: 'parse p50 / p95', value: `${ms(figures.importer.parseMsP50)} / ${ms(figures.importer.parseMsP95)}` },
    { measure: 'parse max', value: ms(figures.importer.parseMsMax), target: `< ${PARSE_TIMEOUT_MS / 1000} s`, pass: figures.importer.parseMsMax < PARSE_TIMEOUT_MS },
    { measure: 'importer run', value: `${importer.seconds.toFixed(1)} s` },
    { measure: 'IPC calls', value: String(ipc.tally.calls) },
    { measure: 'IPC answered ok', value: String(ipc.tally.ok) },
    { measure: 'IPC refused (typed)', value: Object.entries(ipc.tally.refused).map(([code, n]) => `${code} ${n}`).join(', ') },
    { measure: 'IPC problems (untyped, leaks, handler ran)', value: String(ipc.tally.problemCount), target: '0', pass: ipc.tally.problemCount === 0 },
    { measure: 'prototype pollution', value: String(ipc.pollution.length), target: '0', pass: ipc.pollution.length === 0 },
    { measure: `files outside touched${ipc.readsVisible ? ' (reads seen)' : ' (writes only)'}`, value: String(ipc.touched.length), target: '0', pass: ipc.touched.length === 0 },
    { measure: 'IPC run', value: `${ipc.seconds.toFixed(1)} s` },
  ],
  figures,
)
