/**
 * npm run bench:crash [ROUNDS=200]: kills a process that writes through the real store (tags,
 * sources, annotations, edits, deletes and imports) at random moments and at every step of a
 * save, then reopens the library and checks every acknowledged write. Prints a table, then one
 * JSON line of the figures.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crashPoints, crashRound, type Kill } from '../unit/store/crash/crash-rounds'
import { seededRandom } from './generate-library'
import { printReport, type BenchRow } from './bench-report'

const rounds = Number(process.argv[2] ?? process.env.ROUNDS ?? 200)
const seed = Number(process.env.CRASH_SEED ?? 20261204)
const random = seededRandom(seed)
const dir = await mkdtemp(join(tmpdir(), 'parley-crash-bench-'))
const started = performance.now()
let acknowledged = 0
let lost = 0
let unreadable = 0
const byKind = new Map<string, number>()
const problems: string[] = []
try {
  for (let round = 0; round < rounds; round++) {
    // Every fourth round kills at a named step of a save, in turn; the others at a random moment.
    // Lock creation and the backup at open happen once per process: the first occurrence.
    const point = crashPoints[(round >> 2) % crashPoints.length]!
    const kill: Kill = round % 4 === 3 ? { kind: 'point', point, nth: point === 'lock-create' || point === 'backup' ? 1 : 1 + Math.floor(random() * 4) } : { kind: 'random', afterMs: Math.floor(random() * 800) }
    const label = kill.kind === 'point' ? kill.point : 'random moment'
    const result = await crashRound(dir, seed + round, kill)
    byKind.set(label, (byKind.get(label) ?? 0) + 1)
    acknowledged += result.acknowledged
    lost += result.lost.length
    if (result.unreadable) unreadable++
    if (result.lost.length > 0 || result.unreadable) problems.push(`round ${round} (${label}): ${result.unreadable ?? result.lost.join('; ')}`)
    if (round % 20 === 19) process.stderr.write(`${round + 1} of ${rounds} rounds\n`)
  }
} finally {
  await rm(dir, { recursive: true, force: true })
}
const seconds = (performance.now() - started) / 1000
for (const problem of problems) console.log(problem)
const rows: BenchRow[] = [
  { measure: 'rounds', value: String(rounds) },
  ...[...byKind].map(([kind, count]) => ({ measure: `  killed at ${kind}`, value: String(count) })),
  { measure: 'acknowledged writes', value: acknowledged.toLocaleString('en') },
  { measure: 'lost writes', value: String(lost), target: '0', pass: lost === 0 },
  { measure: 'unreadable libraries', value: String(unreadable), target: '0', pass: unreadable === 0 },
  { measure: 'time', value: `${seconds.toFixed(0)} s` },
]
printReport(`Crash test: ${rounds} kills of a writing process (seed ${seed})`, rows, { rounds, acknowledgedWrites: acknowledged, lostWrites: lost, unreadableLibraries: unreadable, byKill: Object.fromEntries(byKind), seconds: Math.round(seconds), seed })
