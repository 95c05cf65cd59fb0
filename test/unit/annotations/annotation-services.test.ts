import { describe, expect, it } from 'vitest'
import { basename, resolve } from 'node:path'
import { LibraryStore } from '../../../electron/main/services/store/library-store'
import { seedSampleLibrary } from '../../../electron/main/services/sample-library'
import { inProcessParserRunner } from '../../../electron/main/services/importer/parser-runner'
import { createHandlerTable } from '../../../electron/main/services/ipc/handler-table'
import { LibrarySearch } from '../../../electron/main/services/library-search/library-search'
import type { Claim } from '../../../shared/domain/annotation'
import { tempDir } from '../temp-library'
import { workbench } from './workbench'

const samples = resolve('resources/sample-library')

describe('annotations', () => {
  it('computes both W3C selectors from the stored text', async () => {
    const { handlers, wire, claim, text, store } = await workbench()
    const made = await claim('We have agreed to support the holding of a congress of national dialogue')
    expect(made.target.quote.exact).toBe('We have agreed to support the holding of a congress of national dialogue')
    expect(text.slice(made.target.position.start, made.target.position.end)).toBe(made.target.quote.exact)
    expect(made.target.quote.prefix).toBe(text.slice(made.target.position.start - 32, made.target.position.start))
    expect(await handlers.listAnnotations({ documentId: wire.id })).toEqual([made])
    await store.close()
  })

  it('refuses references to sources, parties, issues or tags that do not exist', async () => {
    const { claim, store } = await workbench()
    await expect(claim('We have agreed', 'no-such-source')).rejects.toMatchObject({ code: 'invalid-arguments', message: 'Unknown source: no-such-source.' })
    await store.close()
  })

  it('re-anchors when a restored block shifts the text, and keeps a claim on removed text as an orphan', async () => {
    const { handlers, wire, claim, store } = await workbench()
    const quote = 'Opposition representatives'
    const kept = await claim(quote)
    const view = await handlers.getDocument({ id: wire.id })
    const disclaimer = view.blocks.find((b) => b.removed?.reason === 'disclaimer')!
    const firstBlock = view.blocks.find((b) => !b.removed)!
    const onFirst = await claim(firstBlock.text.slice(0, 40))
    // Restore the disclaimer (after the quote: no shift) and remove the first block.
    await handlers.setBlockRemoved({ documentId: wire.id, blockIndex: disclaimer.index, removed: false })
    const after = await handlers.setBlockRemoved({ documentId: wire.id, blockIndex: firstBlock.index, removed: true })
    const list = await handlers.listAnnotations({ documentId: wire.id })
    const moved = list.find((a) => a.id === kept.id)!
    expect(moved.anchorStatus).toBe('anchored')
    expect(after.text.slice(moved.target.position.start, moved.target.position.end)).toBe(quote)
    expect(moved.target.position.start).toBeLessThan(kept.target.position.start)
    const orphan = list.find((a) => a.id === onFirst.id)!
    expect(orphan.anchorStatus).toBe('orphaned')
    expect(orphan.target.quote.exact).toBe(onFirst.target.quote.exact)
    await store.close()
  })
})

describe('registries', () => {
  it('merges duplicate sources: claims follow, names become aliases', async () => {
    const { handlers, claim, putin, wire, store } = await workbench()
    const duplicate = await handlers.saveSource({ id: null, name: 'Russian President Vladimir Putin', aliases: [], kind: 'person', partyIds: [], reliability: 'B' })
    const made = await claim('We have agreed', duplicate.id)
    await handlers.mergeRegistryEntries({ registry: 'sources', keepId: putin.id, mergeIds: [duplicate.id] })
    const registries = await handlers.getRegistries({})
    expect(registries.sources.map((s) => s.name)).toEqual(['Vladimir Putin'])
    expect(registries.sources[0]!.aliases).toEqual(['Putin', 'Russian President Vladimir Putin'])
    expect(registries.usage.sources[putin.id]).toBe(1)
    const [moved] = (await handlers.listAnnotations({ documentId: wire.id })) as Claim[]
    expect(moved!.id).toBe(made.id)
    expect(moved!.sourceId).toBe(putin.id)
    await store.close()
  })

  it('refuses to delete a source claims use, and a duplicate name', async () => {
    const { handlers, claim, putin, store } = await workbench()
    await claim('We have agreed')
    await expect(handlers.deleteRegistryEntry({ registry: 'sources', id: putin.id })).rejects.toThrow('“Vladimir Putin” is used by 1 claim; merge it into another source instead.')
    await expect(handlers.saveSource({ id: null, name: ' vladimir putin ', aliases: [], kind: 'person', partyIds: [], reliability: 'C' })).rejects.toThrow('There is already a source named “Vladimir Putin”.')
    await store.close()
  })

  it('deletes a tag from every annotation and lifts its sub-tags; refuses a tag cycle', async () => {
    const { handlers, wire, span, store } = await workbench()
    const diplomacy = await handlers.saveTag({ id: null, name: 'Diplomacy', color: '#1971c2', parentId: null })
    const summits = await handlers.saveTag({ id: null, name: 'Summits', color: '#2f9e44', parentId: diplomacy.id })
    const sochi = await handlers.saveTag({ id: null, name: 'Sochi', color: '#e8590c', parentId: summits.id })
    await expect(handlers.saveTag({ ...diplomacy, parentId: sochi.id })).rejects.toThrow('A tag cannot be moved under itself or one of its own sub-tags.')
    const highlight = await handlers.createAnnotation({ documentId: wire.id, kind: 'highlight', ...span('Black Sea resort'), color: '#fab005', note: '', tagIds: [summits.id, diplomacy.id], claim: null })
    expect((await handlers.getRegistries({})).usage.tags[summits.id]).toBe(1)
    await handlers.deleteRegistryEntry({ registry: 'tags', id: summits.id })
    const registries = await handlers.getRegistries({})
    expect(registries.tags.find((t) => t.id === sochi.id)!.parentId).toBe(diplomacy.id)
    const [updated] = await handlers.listAnnotations({ documentId: wire.id })
    expect(updated!.id).toBe(highlight.id)
    expect(updated!.tagIds).toEqual([diplomacy.id])
    await store.close()
  })
})

describe('undo and redo', () => {
  it('undoes and redoes annotation and registry actions in order', async () => {
    const { handlers, claim, wire, putin, store } = await workbench()
    const made = await claim('We have agreed')
    await handlers.saveSource({ ...putin, reliability: 'A' })
    expect((await handlers.undo({})).label).toBe('Edit source “Vladimir Putin”')
    expect((await handlers.getRegistries({})).sources[0]!.reliability).toBe('B')
    const undone = await handlers.undo({})
    expect(undone).toMatchObject({ label: 'Create claim', documentIds: [wire.id] })
    expect(await handlers.listAnnotations({ documentId: wire.id })).toEqual([])
    expect((await handlers.redo({})).label).toBe('Create claim')
    expect((await handlers.listAnnotations({ documentId: wire.id })).map((a) => a.id)).toEqual([made.id])
    expect((await handlers.getHistoryState({})).redoLabel).toBe('Edit source “Vladimir Putin”')
    // A new action clears what could be redone.
    await handlers.saveIssue({ id: null, title: 'De-escalation zones', description: '' })
    expect((await handlers.redo({})).label).toBeNull()
    await store.close()
  })

  it('undoes a merge, bringing the merged entry and its claims back', async () => {
    const { handlers, claim, putin, wire, store } = await workbench()
    const duplicate = await handlers.saveSource({ id: null, name: 'The Kremlin', aliases: [], kind: 'organisation', partyIds: [], reliability: 'B' })
    await claim('We have agreed', duplicate.id)
    await handlers.mergeRegistryEntries({ registry: 'sources', keepId: putin.id, mergeIds: [duplicate.id] })
    await handlers.undo({})
    const registries = await handlers.getRegistries({})
    expect(registries.sources.map((s) => s.name).sort()).toEqual(['The Kremlin', 'Vladimir Putin'])
    expect(((await handlers.listAnnotations({ documentId: wire.id })) as Claim[])[0]!.sourceId).toBe(duplicate.id)
    await store.close()
  })
})

describe('export and import', () => {
  it('round-trips through W3C JSON-LD into another library without losing anything', async () => {
    const first = await workbench()
    const made = await first.claim('We have agreed to support the holding of a congress of national dialogue')
    const out = `${await tempDir()}/export.jsonld`
    first.setSavePath(out)
    expect(await first.handlers.exportAnnotations({ format: 'w3c', documentId: null })).toEqual({ saved: true, path: out, count: 1 })
    const csvPath = `${await tempDir()}/claims.csv`
    first.setSavePath(csvPath)
    expect((await first.handlers.exportAnnotations({ format: 'csv', documentId: first.wire.id })).count).toBe(1)
    await first.handlers.deleteAnnotation({ documentId: first.wire.id, id: made.id })

    first.setAnnotationFile(out)
    const result = await first.handlers.importAnnotations({})
    expect(result).toMatchObject({ chosen: true, imported: 1, created: { sources: 0, parties: 0, issues: 0, tags: 0 }, skipped: [], problems: [] })
    expect(await first.handlers.listAnnotations({ documentId: first.wire.id })).toEqual([made])
    // Importing again changes nothing.
    expect((await first.handlers.importAnnotations({})).skipped).toEqual([{ id: made.id, reason: 'already in the library' }])
    await first.store.close()
  })
})

describe('importing an annotation file that cannot be read', () => {
  it('gives a typed error naming the file, never a raw system message', async () => {
    const { handlers, setAnnotationFile } = await workbench()
    const dir = await tempDir()
    setAnnotationFile(dir)
    await expect(handlers.importAnnotations({})).rejects.toMatchObject({ code: 'import-failed', message: `${basename(dir)} is not a file.` })
    setAnnotationFile(resolve(dir, 'gone.jsonld'))
    await expect(handlers.importAnnotations({})).rejects.toMatchObject({ code: 'import-failed', message: 'gone.jsonld no longer exists.' })
  })
})

describe('registry edge cases', () => {
  it('refuses to merge a tag into its own sub-tag, and cleans a deleted party off sources', async () => {
    const { handlers, russia, store } = await workbench()
    const parent = await handlers.saveTag({ id: null, name: 'Diplomacy', color: '#1971c2', parentId: null })
    const child = await handlers.saveTag({ id: null, name: 'Talks', color: '#2f9e44', parentId: parent.id })
    await expect(handlers.mergeRegistryEntries({ registry: 'tags', keepId: child.id, mergeIds: [parent.id] })).rejects.toThrow('A tag cannot be merged into one of its own sub-tags.')
    const kremlin = await handlers.saveSource({ id: null, name: 'The Kremlin', aliases: [], kind: 'organisation', partyIds: [russia.id], reliability: 'B' })
    expect(await handlers.deleteRegistryEntry({ registry: 'parties', id: russia.id })).toBe(true)
    const registries = await handlers.getRegistries({})
    expect(registries.sources.find((s) => s.id === kremlin.id)!.partyIds).toEqual([])
    await store.close()
  })
})

describe('a newer version of an article', () => {
  it('replaces the text; annotations are re-anchored, marked for review, or kept as orphans', async () => {
    const { readFile, writeFile } = await import('node:fs/promises')
    const store = await LibraryStore.open(await tempDir())
    await seedSampleLibrary(store, samples, inProcessParserRunner)
    const newerVersion = `${await tempDir()}/wire-updated.txt`
    const handlers = createHandlerTable({ store, search: await LibrarySearch.open(store), parser: inProcessParserRunner, pickImportPaths: async () => [newerVersion], pickSavePath: async () => null, pickAnnotationFile: async () => null })
    const wire = store.listDocuments().find((d) => d.original.name === '01-sochi-summit-wire.txt')!
    const { text } = await handlers.getDocument({ id: wire.id })
    const mark = (phrase: string) => handlers.createAnnotation({ documentId: wire.id, kind: 'highlight', start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, color: '#fab005', note: '', tagIds: [], claim: null })
    const untouched = await mark('Opposition representatives, who are meeting in Riyadh this week')
    const edited = await mark('Rouhani said the meeting marked a new stage')
    const deleted = await mark('Erdogan backed the initiative but signalled that Ankara had conditions')

    const original = await readFile(`${samples}/01-sochi-summit-wire.txt`, 'utf8')
    const paragraphs = original.split('\n\n')
    const updated = paragraphs
      .filter((p) => !p.startsWith('Erdogan backed'))
      .map((p) => p.replace('Rouhani said the meeting marked a new stage', 'Rouhani said the meeting had marked a new stage'))
    updated.splice(2, 0, 'UPDATE: adds reaction from Damascus. The Syrian government welcomed the announcement in a statement.')
    await writeFile(newerVersion, updated.join('\n\n'))

    const view = await handlers.replaceWithNewerVersion({ documentId: wire.id })
    expect(view!.text).toContain('adds reaction from Damascus')
    expect(view!.document.original.name).toBe('wire-updated.txt')
    const byId = new Map((await handlers.listAnnotations({ documentId: wire.id })).map((a) => [a.id, a]))
    const kept = byId.get(untouched.id)!
    expect(kept.anchorStatus).toBe('anchored')
    expect(view!.text.slice(kept.target.position.start, kept.target.position.end)).toBe('Opposition representatives, who are meeting in Riyadh this week')
    expect(byId.get(edited.id)!.anchorStatus).toBe('needs-review')
    expect(view!.text.slice(byId.get(edited.id)!.target.position.start, byId.get(edited.id)!.target.position.end)).toContain('marked a new stage')
    expect(byId.get(deleted.id)!.anchorStatus).toBe('orphaned')
    expect(byId.get(deleted.id)!.target.quote.exact).toBe('Erdogan backed the initiative but signalled that Ankara had conditions')
    await store.close()
  })
})
