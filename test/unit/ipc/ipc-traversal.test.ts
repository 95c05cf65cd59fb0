import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ipcContract, type IpcMethod } from '../../../shared/ipc/contract'
import { ParleyError } from '../../../shared/ipc/errors'
import { argsSchemaOf, contractMethods, idFields, isParleyIdSchema, stringFields, type StringField } from '../../fuzz/contract-schema'
import { startFuzzLibrary, TRUSTED_SENDER, type FuzzLibrary } from '../../fuzz/fuzz-library'
import { traversalIds } from '../../fuzz/hostile-values'
import { baselineOutsideTree, captureOutsideTree, createOutsideTree, outsideChanges, SENTINEL_MARK, type OutsideTree, type TreeState } from '../../fuzz/outside-tree'
import { realisticArgs, withField } from '../../fuzz/traversal-args'

// Issue 15, item 1: ids that try to leave the library, sent to every channel that takes an id.
// The channels and fields come from the contract's schemas, so a new id field is covered at once.

let root: string
let tree: OutsideTree
let library: FuzzLibrary
let baseline: TreeState

const idChannels = contractMethods.filter((method) => idFields(method).length > 0)
const fieldName = (path: StringField['path']) => path.join('.')
const badIds = () => traversalIds(tree.otherDocumentId, join(tree.root, 'lib-parent', 'notes'))
const leaksSentinel = (value: unknown) =>
  JSON.stringify(value, (_key, item: unknown) => (item instanceof Error ? `${item.message} ${String((item as ParleyError).details ?? '')}` : item))?.includes(SENTINEL_MARK) ?? false

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'parley-traversal-'))
  tree = await createOutsideTree(root)
  library = await startFuzzLibrary(tree.libraryDir)
}, 60_000)

afterAll(async () => {
  await library?.close()
  await rm(root, { recursive: true, force: true })
})

beforeEach(async () => {
  baseline = await baselineOutsideTree(tree)
})

const outsideNow = async () => outsideChanges(baseline, await captureOutsideTree(tree, baseline), tree.readsVisible)

/** Failures grouped by channel field, with a count and the first example, so a report stays readable. */
class Findings {
  private readonly byField = new Map<string, { count: number; example: string }>()
  add(where: string, example: string) {
    const found = this.byField.get(where)
    if (found) found.count++
    else this.byField.set(where, { count: 1, example: example.slice(0, 300) })
  }
  list(): string[] {
    return [...this.byField].map(([where, { count, example }]) => `${where} (${count}×), e.g. ${example}`)
  }
}

describe('the outside check', () => {
  it('sees a read of a sentinel file and a write to the other library', async () => {
    const otherAnnotations = join(tree.otherLibraryDir, 'annotations', `${tree.otherDocumentId}.json`)
    const original = await readFile(otherAnnotations)
    baseline = await baselineOutsideTree(tree)
    await readFile(join(tree.root, 'lib-parent', 'notes.json'))
    await appendFile(otherAnnotations, ' ')
    const changes = await outsideNow()
    expect(changes).toContain(`lib-parent/other-library/annotations/${tree.otherDocumentId}.json was rewritten`)
    if (tree.readsVisible) expect(changes).toContain('lib-parent/notes.json was read')
    await writeFile(otherAnnotations, original)
  })
})

describe('id fields in the IPC contract', () => {
  it('are found by walking the schemas, on the channels known to take ids', () => {
    const found = Object.fromEntries(idChannels.map((method) => [method, idFields(method).map((field) => fieldName(field.path))]))
    expect(found.getDocument).toEqual(['id'])
    expect(found.deleteAnnotation).toEqual(['documentId', 'id'])
    expect(found.updateAnnotation).toEqual(expect.arrayContaining(['documentId', 'id', 'tagIds.0', 'claim.sourceId', 'claim.partyIds.0', 'claim.issueId']))
    expect(found.saveReportOptions).toEqual(expect.arrayContaining(['options.scope.documentIds.0', 'options.scope.tagIds.0']))
    expect(found.importPickedFile).toEqual(['batchId', 'progressId'])
    expect(found.setPublishedDates).toEqual(['dates.0.documentId'])
    expect(found.revealReportExport).toEqual(['jobId'])
    expect(found.getReportExport).toEqual(['jobId'])
    expect(idChannels.length).toBeGreaterThanOrEqual(25)
  })

  it('accept only the form the library creates (a lowercase UUID), in every field', () => {
    const loose = idChannels.flatMap((method) => idFields(method).filter((field) => !isParleyIdSchema(field.schema)).map((field) => `${method}.${fieldName(field.path)}`))
    expect(loose).toEqual([])
    const uuid = crypto.randomUUID()
    for (const method of idChannels) for (const field of idFields(method)) expect(field.schema.safeParse(uuid).success, `${method}.${fieldName(field.path)}`).toBe(true)
  })

  it('leave no string field that names a path or file for the renderer to choose', () => {
    const pathLike = contractMethods.flatMap((method) => stringFields(argsSchemaOf(method)).filter((field) => /path|file|dir|folder/i.test(field.key)).map((field) => `${method}.${fieldName(field.path)}`))
    expect(pathLike).toEqual([])
  })
})

describe('traversal ids sent through the dispatcher', () => {
  it('are refused as invalid arguments naming the field, on every channel and id field', async () => {
    const findings = new Findings()
    library.handlerCalls.clear()
    for (const method of idChannels) {
      const valid = realisticArgs(method, library.ids)
      for (const field of idFields(method)) {
        for (const bad of badIds()) {
          const answer = await library.dispatch(ipcContract[method].channel, TRUSTED_SENDER, withField(valid, field.path, bad))
          const where = `${method}.${fieldName(field.path)}`
          const named = !answer.ok && answer.error.code === 'invalid-arguments' && answer.error.details?.some((detail) => detail.startsWith(`${fieldName(field.path)}:`))
          if (!named) findings.add(where, `${JSON.stringify(bad.slice(0, 60))} → ${JSON.stringify(answer)}`)
          if (leaksSentinel(answer)) findings.add(`${where} answered with a file from outside the library`, JSON.stringify(answer))
        }
      }
    }
    expect({ wrongAnswers: findings.list(), handlersReached: [...library.handlerCalls.keys()], outside: await outsideNow() }).toEqual({ wrongAnswers: [], handlersReached: [], outside: [] })
  }, 60_000)

  it('leave a real document alone when its id comes with a traversal annotation id', async () => {
    const documentId = library.ids.documents.find((id) => library.ids.annotationsOf[id]!.length > 0)!
    const before = await library.dispatch('annotations:list', TRUSTED_SENDER, { documentId })
    const annotationId = `../../other-library/annotations/${tree.otherDocumentId}`
    for (const method of ['deleteAnnotation', 'updateAnnotation'] as const) {
      const args = withField(realisticArgs(method, library.ids), ['id'], annotationId)
      expect((args as { documentId: string }).documentId).toBe(documentId)
      const answer = await library.dispatch(ipcContract[method].channel, TRUSTED_SENDER, args)
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-arguments', details: [expect.stringMatching(/^id: /)] } })
    }
    expect(await library.dispatch('history:undo', TRUSTED_SENDER, {})).toMatchObject({ ok: true, value: { label: null } })
    expect(await library.dispatch('annotations:list', TRUSTED_SENDER, { documentId })).toEqual(before)
    expect(await outsideNow()).toEqual([])
  })

  it("cannot delete or edit another library's annotation, nor undo it back outside", async () => {
    const documentId = `../../other-library/annotations/${tree.otherDocumentId}`
    const remove = await library.dispatch(ipcContract.deleteAnnotation.channel, TRUSTED_SENDER, { documentId, id: tree.otherAnnotationId })
    const update = await library.dispatch(ipcContract.updateAnnotation.channel, TRUSTED_SENDER, {
      ...(withField(realisticArgs('updateAnnotation', library.ids), ['documentId'], documentId) as object),
      id: tree.otherAnnotationId,
    })
    await library.dispatch('history:undo', TRUSTED_SENDER, {})
    expect({ remove, update, outside: await outsideNow() }).toMatchObject({
      remove: { ok: false, error: { code: 'invalid-arguments' } },
      update: { ok: false, error: { code: 'invalid-arguments' } },
      outside: [],
    })
  })
})

describe('traversal ids given to the handlers directly, as if the contract let them through', () => {
  const callHandler = (method: IpcMethod, args: unknown) =>
    (library.services.handlers[method] as (args: unknown) => Promise<unknown>)(args).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    )

  it('never read or write outside the library, and fail with typed errors that quote nothing outside', async () => {
    const findings = new Findings()
    for (const method of idChannels) {
      const valid = argsSchemaOf(method).parse(realisticArgs(method, library.ids))
      for (const field of idFields(method)) {
        for (const bad of badIds()) {
          const outcome = await callHandler(method, withField(valid, field.path, bad))
          const where = `${method}.${fieldName(field.path)}`
          if ('error' in outcome && !(outcome.error instanceof ParleyError)) findings.add(`${where} failed untyped`, `${JSON.stringify(bad.slice(0, 60))} → ${String(outcome.error)}`)
          if (leaksSentinel(outcome)) findings.add(`${where} returned a file from outside the library`, String('error' in outcome ? outcome.error : ''))
        }
      }
    }
    // The issue's own case: another library's annotation, deleted through a traversal document id, then undone.
    await callHandler('deleteAnnotation', { documentId: `../../other-library/annotations/${tree.otherDocumentId}`, id: tree.otherAnnotationId })
    await callHandler('undo', {})
    expect({ findings: findings.list(), outside: await outsideNow() }).toEqual({ findings: [], outside: [] })
  }, 120_000)
})
