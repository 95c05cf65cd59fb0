import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ipcContract } from '../../../shared/ipc/contract'
import { ipcChannels } from '../../../shared/ipc/channels'
import { argsSchemaOf, contractMethods } from '../../fuzz/contract-schema'
import { startFuzzLibrary, TRUSTED_SENDER, type FuzzLibrary } from '../../fuzz/fuzz-library'
import { fuzzSettings, replayHint } from '../../fuzz/fuzz-settings'
import { hostileArgsFor } from '../../fuzz/hostile-args'
import { foreignSender, POLLUTION_MARKER } from '../../fuzz/hostile-values'
import { problemsWithAnswer } from '../../fuzz/ipc-call-check'
import { fuzzCall } from '../../fuzz/ipc-fuzz-call'
import { pollutionSince, snapshotPrototypes, type PrototypeSnapshot } from '../../fuzz/builtin-prototypes'
import { baselineOutsideTree, captureOutsideTree, createOutsideTree, outsideChanges, SENTINEL_MARK, type OutsideTree, type TreeState } from '../../fuzz/outside-tree'

// Issue 15, item 5: every channel of the contract, called through the real dispatcher over a real
// library with hostile arguments and from foreign senders. FUZZ_SEED replays a failure.

let root: string
let tree: OutsideTree
let library: FuzzLibrary
let prototypes: PrototypeSnapshot
let outside: TreeState

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'parley-ipc-fuzz-'))
  tree = await createOutsideTree(root)
  library = await startFuzzLibrary(tree.libraryDir)
}, 60_000)

afterAll(async () => {
  await library?.close()
  await rm(root, { recursive: true, force: true })
})

beforeEach(async () => {
  prototypes = snapshotPrototypes()
  outside = await baselineOutsideTree(tree)
})

/** After each property: nothing polluted, nothing outside the library touched, the library still answers. */
async function expectNoLastingHarm() {
  expect(pollutionSince(prototypes), 'built-in prototypes changed').toEqual([])
  expect(outsideChanges(outside, await captureOutsideTree(tree, outside), tree.readsVisible), 'files outside the library read or written').toEqual([])
  expect(await library.dispatch(ipcChannels.listDocuments, TRUSTED_SENDER, {})).toMatchObject({ ok: true, value: expect.any(Array) })
}

describe('IPC fuzz', () => {
  it('has a pollution check that sees a polluted prototype', () => {
    const before = snapshotPrototypes()
    Object.defineProperty(Object.prototype, POLLUTION_MARKER, { value: 'yes', configurable: true, writable: true })
    try {
      expect(pollutionSince(before)).toEqual([`Object.prototype gained ${POLLUTION_MARKER}`, `a fresh object inherits ${POLLUTION_MARKER}`])
    } finally {
      delete (Object.prototype as Record<string, unknown>)[POLLUTION_MARKER]
    }
    expect(pollutionSince(before)).toEqual([])
  })

  it('gives every channel a typed answer for hostile arguments, and runs no handler for arguments the contract refuses', async () => {
    const settings = fuzzSettings(100)
    for (const method of contractMethods) {
      const schema = argsSchemaOf(method)
      const channel = ipcContract[method].channel
      const property = fc.asyncProperty(hostileArgsFor(schema, library.ids), async (args) => {
        expect((await fuzzCall(library, method, args, TRUSTED_SENDER)).problems).toEqual([])
      })
      await fc.assert(property, settings).catch((error: Error) => {
        throw new Error(`${method} (${channel}), ${replayHint(settings)}: ${error.message}`, { cause: error })
      })
    }
    await expectNoLastingHarm()
  }, 120_000)

  it('refuses every channel to a foreign sender without running its handler', async () => {
    const settings = fuzzSettings(300)
    const call = fc.constantFrom(...contractMethods).chain((method) => fc.tuple(fc.constant(method), hostileArgsFor(argsSchemaOf(method), library.ids), foreignSender))
    const property = fc.asyncProperty(call, async ([method, args, sender]) => {
      expect((await fuzzCall(library, method, args, sender)).problems).toEqual([])
    })
    await fc.assert(property, settings).catch((error: Error) => {
      throw new Error(`${replayHint(settings)}: ${error.message}`, { cause: error })
    })
    await expectNoLastingHarm()
  }, 60_000)

  it('refuses channels that do not exist, including names of built-in properties', async () => {
    const settings = fuzzSettings(200)
    const known = new Set<string>(Object.values(ipcChannels))
    const names = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'then', 'documents:get ', 'DOCUMENTS:GET', 'documents:*', 'fs:read-file', 'shell:open-external', ''),
      fc.string({ maxLength: 40 }),
      fc.constantFrom(...known).map((channel) => `${channel}\u0000`),
    )
    const property = fc.asyncProperty(names.filter((name) => !known.has(name)), fc.anything(), async (channel, args) => {
      const answer = await library.dispatch(channel, TRUSTED_SENDER, args)
      expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
      expect(problemsWithAnswer(answer, library.logged)).toEqual([])
    })
    await fc.assert(property, settings).catch((error: Error) => {
      throw new Error(`${replayHint(settings)}: ${error.message}`, { cause: error })
    })
    await expectNoLastingHarm()
  })
})
