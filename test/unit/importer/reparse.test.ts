import { describe, expect, it } from 'vitest'
import { rm, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { blocksFromText, composeText } from '../../../shared/domain/content'
import { workbench } from '../annotations/workbench'

/** The wire story as an older importer stored it: every paragraph glued into one block, no details. */
async function importedByAnOlderParley() {
  const bench = await workbench()
  const { store, wire, handlers } = bench
  const current = await store.readBlocks(wire)
  const glued = current.filter((b) => !b.removed).map((b) => b.text).join('\n')
  const old = await store.replaceBlocks(wire.id, blocksFromText(glued))
  // An older Parley titled a text without a headline after its file name, dashes as spaces.
  await store.updateDetails(wire.id, { title: old.original.name.replace(/\.txt$/, '').replace(/-/g, ' '), outlet: null, byline: 'Set by the analyst', publishedAt: null, language: null })
  const text = (await handlers.getDocument({ id: wire.id })).text
  return { ...bench, current, oldText: text }
}

describe('re-reading a document from its kept original', () => {
  it('rebuilds its blocks, fills empty details, keeps the analyst’s, and re-anchors annotations', async () => {
    const { handlers, wire, current, oldText, putin, russia, congress } = await importedByAnOlderParley()
    const phrase = 'We have agreed to support the holding of a congress of national dialogue'
    const start = oldText.indexOf(phrase)
    const made = await handlers.createAnnotation({ documentId: wire.id, kind: 'claim', start, end: start + phrase.length, color: '#c92a2a', note: '', tagIds: [], claim: { sourceId: putin.id, partyIds: [russia.id], issueId: congress.id, stance: 'supports', reporting: 'direct-quote', statementDate: null, credibility: 2 } })

    const { view, summary } = await handlers.reparseDocument({ documentId: wire.id })
    expect(view.blocks.map(({ kind, text, removed }) => ({ kind, text, removed }))).toEqual(current.map(({ kind, text, removed }) => ({ kind, text, removed })))
    expect(summary).toMatchObject({ textChanged: true, blocksChanged: true, paragraphs: current.filter((b) => !b.removed).length, annotations: { anchored: 1, needsReview: 0, orphaned: 0 } })
    expect(summary.filled).toContain('title')
    expect(view.document.byline).toBe('Set by the analyst')
    expect(view.document.title).not.toBe(wire.original.name.replace(/\.txt$/, ''))
    const [after] = await handlers.listAnnotations({ documentId: wire.id })
    expect(after!.id).toBe(made.id)
    expect(view.text.slice(after!.target.position.start, after!.target.position.end)).toBe(phrase)
  })

  it('keeps blocks the analyst marked as boilerplate, and says nothing changed the second time', async () => {
    const { handlers, wire } = await workbench()
    const first = await handlers.getDocument({ id: wire.id })
    const target = first.blocks.find((b) => !b.removed && b.index > 1)!
    await handlers.setBlockRemoved({ documentId: wire.id, blockIndex: target.index, removed: true })
    const { view, summary } = await handlers.reparseDocument({ documentId: wire.id })
    expect(view.blocks.find((b) => b.text === target.text)?.removed).toEqual({ reason: 'marked by the analyst', by: 'analyst' })
    expect(summary).toMatchObject({ textChanged: false, blocksChanged: false, filled: [] })
    expect(composeText(view.blocks).text).toBe(view.text)
  })

  it('says so when the original is gone, and leaves the document as it was', async () => {
    const { handlers, wire, store } = await workbench()
    const before = await handlers.getDocument({ id: wire.id })
    for (const name of await readdir(store.paths.documentsDir)) if (name.includes('.original.')) await rm(join(store.paths.documentsDir, name))
    await expect(handlers.reparseDocument({ documentId: wire.id })).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('no longer in the library') })
    expect(await handlers.getDocument({ id: wire.id })).toEqual(before)
  })
})
