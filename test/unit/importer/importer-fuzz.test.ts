import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { resolve } from 'node:path'
import { formatsByExtension } from '../../../electron/main/services/importer/format-table'
import { PARSE_TIMEOUT_MS } from '../../../electron/main/services/importer/parser-runner'
import { fuzzSettings, replayHint } from '../../fuzz/fuzz-settings'
import { applyMutations, fuzzInput, loadSeeds, type Seed } from '../../fuzz/importer-mutations'
import { createImporterFuzzRunner, OutcomeTally, type ImporterFuzzRunner } from '../../fuzz/importer-fuzz-runner'
import { acceptable, SELF_CHECK } from '../../fuzz/parse-outcome'

// Issue 15, item 5: seeded mutations of our fixtures, every format, through the worker parser
// runner with the app's parse deadline. Each must parse or fail with a typed error; never hang,
// crash, or fail untyped. FUZZ_SEED replays a failure; `npm run bench:fuzz` runs 10,000.

const INPUTS_PER_RUN = 1000

let seeds: Seed[]
let runner: ImporterFuzzRunner

beforeAll(async () => {
  seeds = await loadSeeds(resolve(import.meta.dirname, '../../fixtures'))
  runner = createImporterFuzzRunner()
})

afterAll(async () => {
  await runner?.close()
})

describe('the importer fuzz harness', () => {
  it('seeds from fixtures of every format the importer takes', () => {
    const formats = new Set(seeds.map((seed) => formatsByExtension[seed.extension]!.format))
    expect([...formats].sort()).toEqual([...new Set(Object.values(formatsByExtension).map((entry) => entry.format))].sort())
    expect(seeds.some((seed) => seed.documentXml !== null)).toBe(true)
  })

  it('sees an untyped error, a dead worker and a missed deadline for what they are', async () => {
    const text = new TextEncoder().encode('Geneva, 22 November.')
    expect(await runner.parse('txt', text, 'ordinary.txt')).toMatchObject({ kind: 'parsed' })
    expect(await runner.parse('txt', text, SELF_CHECK.untyped)).toMatchObject({ kind: 'untyped-error', detail: 'TypeError: self-check: an untyped error' })
    expect(await runner.parse('txt', text, SELF_CHECK.crash)).toMatchObject({ kind: 'crash' })
    const impatient = createImporterFuzzRunner(1)
    try {
      expect(await impatient.parse('pdf', seeds.find((seed) => seed.extension === 'pdf')!.bytes, 'slow.pdf')).toMatchObject({ kind: 'hang' })
    } finally {
      await impatient.close()
    }
  }, 30_000)
})

describe('importer fuzz', () => {
  it(`parses every mutated fixture or refuses it with a typed error, within the ${PARSE_TIMEOUT_MS / 1000} s deadline`, async () => {
    const settings = fuzzSettings(INPUTS_PER_RUN)
    const tally = new OutcomeTally()
    const property = fc.asyncProperty(fuzzInput(seeds), async (input) => {
      const file = await applyMutations(input, seeds)
      const outcome = await runner.parse(input.extension, file.bytes, file.fileName)
      tally.add(outcome, () => `${seeds[input.seed]!.name} as .${input.extension}`)
      expect(acceptable(outcome), `${outcome.kind}: ${'detail' in outcome ? outcome.detail : ''}`).toBe(true)
    })
    // A hang costs the whole deadline per try: shrinking one is cut short, and reported as it stands.
    await fc.assert(property, { ...settings, interruptAfterTimeLimit: 150_000, markInterruptAsFailure: true }).catch((error: Error) => {
      throw new Error(`${replayHint(settings)}; outcomes so far ${JSON.stringify(tally.counts)}: ${error.message}`, { cause: error })
    })
    // A fuzz whose mutations all fail at once, or never do, would prove little.
    expect(tally.counts.parsed).toBeGreaterThan(tally.total / 10)
    expect(tally.counts['typed-error']).toBeGreaterThan(tally.total / 10)
  }, 240_000)
})
