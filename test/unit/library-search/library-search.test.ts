import { describe, expect, it } from 'vitest'
import { resolve } from 'node:path'
import { stat } from 'node:fs/promises'
import { LibraryStore } from '../../../electron/main/services/store/library-store'
import { seedSampleLibrary } from '../../../electron/main/services/sample-library'
import { inProcessParserRunner } from '../../../electron/main/services/importer/parser-runner'
import { importFiles } from '../../../electron/main/services/importer/import-files'
import { createHandlerTable } from '../../../electron/main/services/ipc/handler-table'
import { LibrarySearch } from '../../../electron/main/services/library-search/library-search'
import { tempDir } from '../temp-library'

const samples = resolve('resources/sample-library')
const options = { limit: 10, offset: 0, prefixLast: false }

describe('LibrarySearch', () => {
  it('indexes the library, follows imports and annotations, and is saved for the next start', async () => {
    const dir = await tempDir()
    const store = await LibraryStore.open(dir)
    await seedSampleLibrary(store, samples, inProcessParserRunner)
    const search = await LibrarySearch.open(store)
    await search.ready

    const misspelt = await search.search('Erdgan Sochi', options)
    expect(misspelt.hits.length).toBeGreaterThan(0)
    expect(misspelt.hits.every((hit) => hit.kind === 'document')).toBe(true)
    expect(misspelt.hits[0]!.matchedTerms).toContain('erdogan')
    expect(misspelt.hits[0]!.snippet.highlights.length).toBeGreaterThan(0)

    // A new document is found at once.
    await importFiles([resolve('test/fixtures/text/de-mistura-briefing.md')], { store, parser: inProcessParserRunner })
    const briefing = await search.search('"golden opportunity"', options)
    expect(briefing.hits.map((h) => h.title)).toEqual(['De Mistura briefs the Security Council on Geneva'])

    // A claim is found by its party, source and issue names, and filtered by them.
    const handlers = createHandlerTable({ store, search, parser: inProcessParserRunner, pickImportPaths: async () => null, pickSavePath: async () => null, pickAnnotationFile: async () => null })
    const wire = store.listDocuments().find((d) => d.original.name === '01-sochi-summit-wire.txt')!
    const { text } = await handlers.getDocument({ id: wire.id })
    const quote = 'We have agreed to support the holding of a congress of national dialogue'
    const putin = await handlers.saveSource({ id: null, name: 'Vladimir Putin', aliases: ['Putin'], kind: 'person', partyIds: [], reliability: 'B' })
    const russia = await handlers.saveParty({ id: null, name: 'Russia', color: '#c92a2a', aliases: ['the Kremlin'] })
    const issue = await handlers.saveIssue({ id: null, title: 'Sochi congress', description: '' })
    const claim = await handlers.createAnnotation({ documentId: wire.id, kind: 'claim', start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, color: '#c92a2a', note: '', tagIds: [], claim: { sourceId: putin.id, partyIds: [russia.id], issueId: issue.id, stance: 'supports', reporting: 'direct-quote', statementDate: '2017-11-22', credibility: 2 } })
    const claims = await handlers.search({ query: 'kremlin type:claim', limit: 10, offset: 0, prefixLast: false })
    expect(claims.hits.map((h) => [h.kind, h.id, h.documentId])).toEqual([['claim', claim.id, wire.id]])
    expect((await search.search('congress party:Russia', options)).hits.map((h) => h.id)).toEqual([claim.id])
    expect((await search.search('Putin type:source', options)).hits.map((h) => h.kind)).toEqual(['source'])

    await search.close()
    await store.close()
    expect((await stat(`${dir}/search-index.bin`)).size).toBeGreaterThan(1000)

    // Reopened from the saved index: the same answers, before and after catching up.
    const reopenedStore = await LibraryStore.open(dir)
    const reopened = await LibrarySearch.open(reopenedStore)
    expect((await reopened.search('"golden opportunity"', options)).hits).toHaveLength(1)
    await reopened.ready
    expect((await reopened.search('kremlin type:claim', options)).hits.map((h) => h.id)).toEqual([claim.id])
    await reopened.close()
    await reopenedStore.close()
  })

  it('forgets deleted annotations and follows renamed registry entries', async () => {
    const store = await LibraryStore.open(await tempDir())
    await seedSampleLibrary(store, samples, inProcessParserRunner)
    const search = await LibrarySearch.open(store)
    await search.ready
    const handlers = createHandlerTable({ store, search, parser: inProcessParserRunner, pickImportPaths: async () => null, pickSavePath: async () => null, pickAnnotationFile: async () => null })
    const document = store.listDocuments()[0]!
    const note = await handlers.createAnnotation({ documentId: document.id, kind: 'note', start: 0, end: 30, color: '#be4bdb', note: 'zeppelin marker', tagIds: [], claim: null })
    expect((await search.search('zeppelin', options)).hits.map((h) => h.id)).toEqual([note.id])
    await handlers.deleteAnnotation({ documentId: document.id, id: note.id })
    expect((await search.search('zeppelin', options)).hits).toEqual([])
    const party = await handlers.saveParty({ id: null, name: 'Syrian opposition', color: '#2f9e44', aliases: [] })
    await handlers.saveParty({ ...party, name: 'High Negotiations Committee' })
    await new Promise((r) => setTimeout(r, 50))
    expect((await search.search('Negotiations type:party', options)).hits.map((h) => h.title)).toEqual(['High Negotiations Committee'])
    await search.close()
    await store.close()
  })

  it('shows a claim’s quote and note in its snippet, never the words indexed to find it; says “did you mean”', async () => {
    const store = await LibraryStore.open(await tempDir())
    await seedSampleLibrary(store, samples, inProcessParserRunner)
    const search = await LibrarySearch.open(store)
    await search.ready
    const handlers = createHandlerTable({ store, search, parser: inProcessParserRunner, pickImportPaths: async () => null, pickSavePath: async () => null, pickAnnotationFile: async () => null })
    const document = store.listDocuments()[0]!
    const source = await handlers.saveSource({ id: null, name: 'Dmitry Peskov', aliases: ['Kremlin spokesman'], kind: 'person', partyIds: [], reliability: 'B' })
    const party = await handlers.saveParty({ id: null, name: 'Russia', color: '#c92a2a', aliases: ['Moscow', 'Kremlin'] })
    const issue = await handlers.saveIssue({ id: null, title: 'Sochi congress', description: '' })
    await handlers.createAnnotation({ documentId: document.id, kind: 'claim', start: 0, end: 40, color: '#c92a2a', note: 'checked against TASS', tagIds: [], claim: { sourceId: source.id, partyIds: [party.id], issueId: issue.id, stance: 'conditional', reporting: 'paraphrase', statementDate: null, credibility: 2 } })
    await new Promise((r) => setTimeout(r, 50))
    const found = await search.search('Peskov type:claim', options)
    expect(found.hits).toHaveLength(1)
    expect(found.hits[0]!.snippet.text).not.toMatch(/conditional|Kremlin spokesman|Moscow/)
    expect(found.hits[0]!.snippet.text).toContain('checked against TASS')
    expect(found.didYouMean).toBeNull()
    expect((await search.search('Peskv', options)).didYouMean).toBe('Peskov')
    await search.close()
    await store.close()
  })
})
