import { describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { workbench } from '../annotations/workbench'
import { createHandlerTable } from '../../../electron/main/services/ipc/handler-table'
import { LibrarySearch } from '../../../electron/main/services/library-search/library-search'
import { inProcessParserRunner } from '../../../electron/main/services/importer/parser-runner'

/** The proposal channels through the real handler table, over the sample articles. */
async function withProposals() {
  const bench = await workbench()
  const { handlers, putin, russia, congress, wire, store } = bench
  await handlers.saveSource({ ...putin, partyIds: [russia.id] })
  await handlers.saveIssue({ ...congress, keywords: ['congress', 'national dialogue', 'Sochi'] })
  const list = async () => (await handlers.listDocumentProposals({ documentId: wire.id })).proposals
  const putinsOwn = async () => (await list()).find((p) => p.speaker === 'Vladimir Putin' && p.kind === 'direct')!
  return { ...bench, list, putinsOwn, store }
}

describe('claim proposals through the handlers', () => {
  it('proposes claims in a document, matched to its registries', async () => {
    const { putinsOwn, putin, russia, congress } = await withProposals()
    const p = await putinsOwn()
    expect(p).toMatchObject({ sourceId: putin.id, partyIds: [russia.id], issueId: congress.id, reporting: 'direct-quote', stance: 'supports' })
    expect(p.content.text).toMatch(/We have agreed to support the holding of a congress/)
  })

  it('accepts a proposal as an ordinary claim, in one undoable step', async () => {
    const { handlers, list, putinsOwn, wire, store, text } = await withProposals()
    const before = (await list()).length
    const p = await putinsOwn()
    const result = await handlers.acceptProposals({ items: [{ documentId: wire.id, key: p.key }] })
    expect(result).toEqual({ accepted: 1, needsChoice: [], createdSources: 0 })
    const claims = (await store.annotations.list(wire.id)).filter((a) => a.kind === 'claim')
    expect(claims).toHaveLength(1)
    expect(claims[0]!.target.quote.exact).toBe(text.slice(p.content.start, p.content.end))
    expect(await list()).toHaveLength(before - 1)
    expect((await handlers.undo({})).label).toBe('Accept 1 proposed claim')
    expect((await store.annotations.list(wire.id)).filter((a) => a.kind === 'claim')).toHaveLength(0)
    expect(await list()).toHaveLength(before)
    await expect(handlers.acceptProposals({ items: [{ documentId: wire.id, key: 'dir-00000000-00000000' }] })).rejects.toThrow(/no longer waiting/)
  })

  it('adds a proposed new source once, with the parties the analyst chose, and leaves half-filled proposals waiting', async () => {
    const { handlers, list, wire, store, russia, congress } = await withProposals()
    const rouhani = (await list()).filter((p) => p.speaker === 'Hassan Rouhani')
    expect(rouhani.length).toBeGreaterThanOrEqual(2)
    expect(rouhani[0]!.newSource?.name).toBe('Hassan Rouhani')
    // No Iran party in this registry, so nothing to propose; the analyst picks one for the batch.
    const waiting = await handlers.acceptProposals({ items: rouhani.map((p) => ({ documentId: wire.id, key: p.key })) })
    expect(waiting.accepted).toBe(0)
    expect(waiting.needsChoice.map((n) => n.reason)).toContain('choose a party')
    const done = await handlers.acceptProposals({ items: rouhani.map((p) => ({ documentId: wire.id, key: p.key, claim: { partyIds: [russia.id], issueId: congress.id } })) })
    expect(done).toMatchObject({ accepted: rouhani.length, createdSources: 1 })
    expect(store.data.sources.filter((s) => s.name === 'Hassan Rouhani')).toHaveLength(1)
    await handlers.undo({})
    expect(store.data.sources.some((s) => s.name === 'Hassan Rouhani')).toBe(false)
  })

  it("lets the party's recorded position settle a stance the words leave open, and forgets it on undo", async () => {
    const { handlers, list, putinsOwn, wire, russia, congress } = await withProposals()
    const before = await list()
    expect(before.every((p) => p.stanceRecord === null)).toBe(true)
    // The analyst codes Putin's statement as opposing the congress (against what its words say).
    await handlers.acceptProposals({ items: [{ documentId: wire.id, key: (await putinsOwn()).key, claim: { stance: 'opposes' } }] })
    const after = await list()
    const russian = after.filter((p) => p.partyIds.includes(russia.id) && p.issueId === congress.id)
    const led = russian.filter((p) => p.stanceRecord)
    expect(led.length).toBeGreaterThan(0)
    for (const p of led) expect(p).toMatchObject({ stance: 'opposes', stanceRecord: { stance: 'opposes', agreeing: 1, of: 1 } })
    // Others keep the stance their words gave; no other party borrows Russia's record.
    for (const p of after.filter((q) => !q.stanceRecord)) expect(p.stance).toBe(before.find((q) => q.key === p.key)!.stance)
    expect(after.filter((p) => !p.partyIds.includes(russia.id)).every((p) => p.stanceRecord === null)).toBe(true)
    await handlers.undo({})
    expect((await list()).every((p) => p.stanceRecord === null)).toBe(true)
  })

  it('keeps dismissals through a re-run, a re-read and undo', async () => {
    const { handlers, list, putinsOwn, wire } = await withProposals()
    const p = await putinsOwn()
    expect(await handlers.dismissProposals({ items: [{ documentId: wire.id, key: p.key }] })).toEqual({ dismissed: 1 })
    expect((await list()).some((q) => q.key === p.key)).toBe(false)
    await handlers.suggestClaims({ documentIds: [wire.id], force: true })
    expect((await list()).some((q) => q.key === p.key)).toBe(false)
    await handlers.reparseDocument({ documentId: wire.id })
    expect((await list()).some((q) => q.key === p.key)).toBe(false)
    expect((await handlers.listDocumentProposals({ documentId: wire.id })).dismissedCount).toBe(1)
    await handlers.undo({})
    expect((await list()).some((q) => q.key === p.key)).toBe(true)
  })

  it('fills the review queue document by document, with progress, and says what is not analysed yet', async () => {
    const { handlers, store } = await withProposals()
    const empty = await handlers.getReviewQueue({ limit: 100 })
    expect(empty).toMatchObject({ total: 0, documentsAnalysed: 0, documentsNotAnalysed: store.listDocuments().length })
    const result = await handlers.suggestClaims({ documentIds: null, force: false })
    expect(result.documents).toBe(store.listDocuments().length)
    const queue = await handlers.getReviewQueue({ limit: 5 })
    expect(queue.documentsNotAnalysed).toBe(0)
    expect(queue.total).toBe(result.proposals)
    expect(queue.proposals).toHaveLength(5)
    expect(queue.proposals.map((p) => p.confidence)).toEqual([...queue.proposals.map((p) => p.confidence)].sort((a, b) => b - a))
  })

  it('says so, and proposes nothing, for a document not in English', async () => {
    const { handlers, store } = await withProposals()
    const french = 'Le Kremlin a déclaré lundi que les pourparlers de Genève auraient lieu comme prévu. « Nous soutenons le congrès », a dit le porte-parole, selon lequel la date serait fixée en décembre.'
    const imported = await handlers.importDroppedFile({ name: 'kremlin-fr.txt', dataBase64: Buffer.from(french).toString('base64') })
    const answer = await handlers.listDocumentProposals({ documentId: imported.documentId! })
    expect(answer.proposals).toEqual([])
    expect(answer.notice).toMatch(/does not read as English/)
    const run = await handlers.suggestClaims({ documentIds: [imported.documentId!], force: false })
    expect(run.skipped.map((s) => s.reason)).toEqual([answer.notice])
    void store
  })

  it('finds the statements again when a proposals file is damaged, without failing', async () => {
    const { wire, store, list } = await withProposals()
    const count = (await list()).length
    await writeFile(store.paths.proposalFile(wire.id), '{ not json')
    // As the app would read it on its next start: a new handler table over the same library.
    const restarted = createHandlerTable({ store, search: await LibrarySearch.open(store), parser: inProcessParserRunner, pickImportPaths: async () => null, pickSavePath: async () => null, pickAnnotationFile: async () => null })
    expect((await restarted.listDocumentProposals({ documentId: wire.id })).proposals).toHaveLength(count)
    expect(JSON.parse(await readFile(store.paths.proposalFile(wire.id), 'utf8')).statements.length).toBeGreaterThan(0)
  })
})
