import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { LibraryStore } from '../../../electron/main/services/store/library-store'
import { seedSampleLibrary } from '../../../electron/main/services/sample-library'
import { seedSampleAnalysis } from '../../../electron/main/services/sample-analysis'
import { inProcessParserRunner } from '../../../electron/main/services/importer/parser-runner'
import { importSources } from '../../../electron/main/services/importer/import-files'
import { AnnotationTransfer } from '../../../electron/main/services/annotations/annotation-transfer'
import { UndoHistory } from '../../../electron/main/services/annotations/undo-history'
import { PositionService } from '../../../electron/main/services/positions/position-service'
import { doiOf, normaliseUrl } from '../../../shared/annotations/find-document'
import { tempDir } from '../temp-library'

const SAMPLES = resolve('resources/sample-library')

async function library(withAnalysis: boolean) {
  const store = await LibraryStore.open(join(await tempDir(), 'lib'))
  await seedSampleLibrary(store, SAMPLES, inProcessParserRunner)
  if (withAnalysis) await seedSampleAnalysis(store, resolve('resources/sample-analysis.json'))
  return { store, transfer: new AnnotationTransfer(store, new UndoHistory(store)) }
}

/** A saved page of our own with a canonical address, so annotations can find it by URL. */
const PAGE = `<!DOCTYPE html><html><head><title>Envoy resumes Geneva talks</title>
<link rel="canonical" href="https://www.orontes-review.example/world/envoy-resumes-geneva-talks/?utm_source=feed">
<meta name="citation_doi" content="doi:10.5555/Orontes.2017.114"></head>
<body><article><h1>Envoy resumes Geneva talks</h1>
<p>The UN envoy said on Tuesday that talks on a new constitution would resume in Geneva after a pause of three weeks.</p>
<p>Opposition delegates said they would attend only if detainee lists were on the agenda, a condition the government rejected.</p>
<p>The envoy said the talks would resume in Geneva regardless, and that both sides had been told so.</p></article></body></html>`

async function withPage() {
  const lib = await library(false)
  await importSources([{ kind: 'content', name: 'envoy.html', bytes: new TextEncoder().encode(PAGE) }], { store: lib.store, parser: inProcessParserRunner })
  return lib
}

describe('web addresses', () => {
  it('are compared without scheme, www., fragment, trailing slash or tracking parameters', () => {
    expect(normaliseUrl('https://www.Example.org/a/b/?utm_source=x&id=3#top')).toBe('example.org/a/b?id=3')
    expect(normaliseUrl('http://example.org/a/b?id=3&fbclid=zz')).toBe('example.org/a/b?id=3')
    expect(normaliseUrl('javascript:alert(1)')).toBeNull()
  })

  it('read DOIs in their usual spellings', () => {
    expect(doiOf('https://doi.org/10.5555/Orontes.2017.114')).toBe('10.5555/orontes.2017.114')
    expect(doiOf('doi:10.5555/x')).toBe('10.5555/x')
    expect(doiOf('https://example.org/10.5555/x')).toBeNull()
  })
})

describe('Hypothesis import', () => {
  const row = (id: string, uri: string, exact: string, extra: Record<string, unknown> = {}) => ({
    id,
    created: '2017-11-23T09:00:00.000Z',
    updated: '2017-11-23T09:05:00.000Z',
    uri,
    text: '',
    tags: [],
    document: { title: ['Envoy resumes Geneva talks'] },
    target: [{ source: uri, selector: [{ type: 'TextPositionSelector', start: 0, end: 5 }, { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] }],
    ...extra,
  })

  it('reads an export file: finds the page by its address, anchors the quote, keeps tags, text and replies, and says what it could not place', async () => {
    const { store, transfer } = await withPage()
    const file = {
      export_date: '2017-12-01T00:00:00Z',
      annotations: [
        row('h1', 'http://orontes-review.example/world/envoy-resumes-geneva-talks#annotations', 'a condition the government rejected', { text: 'The key condition.', tags: ['detainees', 'conditions'] }),
        row('h2', 'https://orontes-review.example/world/envoy-resumes-geneva-talks/', 'unused', { references: ['h1'], text: 'Agreed, and see the SDF statement.', target: [{ source: 'x' }] }),
        { ...row('h3', 'https://orontes-review.example/world/envoy-resumes-geneva-talks/', 'x'), target: [{ source: 'https://orontes-review.example/world/envoy-resumes-geneva-talks/' }] },
        row('h4', 'https://elsewhere.example/other-story', 'these words are in no document of this library', { document: { title: ['Another story'] } }),
      ],
    }
    const result = await transfer.import(JSON.stringify(file))
    expect(result.fileKind).toBe('Hypothesis')
    expect(result.imported).toBe(1)
    expect(result.problems).toEqual(['row 3: is a page note with no quoted text, so it marks no passage'])
    expect(result.notPlaced).toEqual([{ label: 'row 4', reason: '“Another story” is not in this library' }])
    const document = store.listDocuments().find((d) => d.title === 'Envoy resumes Geneva talks')!
    const [annotation] = await store.annotations.list(document.id)
    const text = await store.readText(document)
    expect(text.slice(annotation!.target.position.start, annotation!.target.position.end)).toBe('a condition the government rejected')
    expect(annotation!.anchorStatus).toBe('anchored')
    expect(annotation!.note).toBe('The key condition.\n\nReply (2017-11-23): Agreed, and see the SDF statement.')
    expect(store.data.tags.filter((t) => annotation!.tagIds.includes(t.id)).map((t) => t.name).sort()).toEqual(['conditions', 'detainees'])
  })

  it('reads an API search result ({total, rows}), and finds a document by a quote that only it holds', async () => {
    const { store, transfer } = await library(false)
    const result = await transfer.import(JSON.stringify({ total: 1, rows: [row('r1', 'https://unknown.example/x', 'We will not sit at the same table with a terrorist organisation')] }))
    expect(result.imported).toBe(1)
    const holder = store.listDocuments().find((d) => d.title.startsWith('Turkey draws red line'))!
    expect(await store.annotations.list(holder.id)).toHaveLength(1)
  })
})

describe('standard W3C and Recogito import', () => {
  it('takes a collection without Parley fields: quote found though its position moved, comments as the note, tags and identified entities as tags', async () => {
    const { store, transfer } = await withPage()
    const collection = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 1,
      first: {
        type: 'AnnotationPage',
        items: [
          {
            '@context': 'http://www.w3.org/ns/anno.jsonld',
            id: 'https://recogito.example/annotation/1',
            type: 'Annotation',
            created: '2017-11-24T10:00:00Z',
            body: [
              { type: 'TextualBody', purpose: 'commenting', value: 'Regardless of the opposition.' },
              { type: 'TextualBody', purpose: 'tagging', value: 'geneva' },
              { type: 'SpecificResource', purpose: 'identifying', source: 'https://www.wikidata.org/wiki/Q71' },
            ],
            target: {
              source: 'https://orontes-review.example/world/envoy-resumes-geneva-talks',
              selector: [
                { type: 'TextQuoteSelector', exact: 'would resume in Geneva regardless', prefix: 'talks ', suffix: ', and' },
                { type: 'TextPositionSelector', start: 3, end: 36 },
              ],
            },
          },
        ],
      },
    }
    const result = await transfer.import(JSON.stringify(collection))
    expect(result).toMatchObject({ imported: 1, needsReview: 0, notPlaced: [], problems: [], fileKind: 'W3C Web Annotation' })
    const document = store.listDocuments().find((d) => d.title === 'Envoy resumes Geneva talks')!
    const [annotation] = await store.annotations.list(document.id)
    expect(annotation!.kind).toBe('note')
    expect(annotation!.note).toBe('Regardless of the opposition.')
    expect(store.data.tags.filter((t) => annotation!.tagIds.includes(t.id)).map((t) => t.name).sort()).toEqual(['Q71', 'geneva'])
  })

  it('imports a Recogito Web Annotation download as Recogito writes it: comments, tags, places and persons', async () => {
    const { store, transfer } = await withPage()
    const result = await transfer.import(await readFile(resolve('test/fixtures/annotations/recogito2-web-annotation-export.json'), 'utf8'))
    expect(result).toMatchObject({ imported: 3, notPlaced: [], problems: [] })
    const document = store.listDocuments().find((d) => d.title === 'Envoy resumes Geneva talks')!
    const placed = await store.annotations.list(document.id)
    const byQuote = (exact: string) => placed.find((a) => a.target.quote.exact === exact)!
    const tagsOf = (exact: string) => store.data.tags.filter((t) => byQuote(exact).tagIds.includes(t.id)).map((t) => t.name).sort()
    expect(byQuote('the talks would resume in Geneva regardless')).toMatchObject({ kind: 'note', note: "The envoy does not wait for the opposition's condition.", anchorStatus: 'anchored' })
    expect(tagsOf('the talks would resume in Geneva regardless')).toEqual(['geneva process'])
    // The place's gazetteer URI becomes a tag; its georeferencing feature adds nothing to read.
    // Its quote, "Geneva", is in several documents: Recogito's page of the document, which the
    // first annotation was found by, places it.
    expect(tagsOf('Geneva')).toEqual(['http://sws.geonames.org/2660646'])
    expect(byQuote('Geneva').target.documentId).toBe(document.id)
    const person = placed.find((a) => a.target.quote.exact.trim() === 'UN envoy')!
    expect(store.data.tags.filter((t) => person.tagIds.includes(t.id)).map((t) => t.name)).toEqual(['PERSON'])
  })

  it('refuses an item that says nothing about which words it marks, naming it', async () => {
    const { transfer } = await library(false)
    const result = await transfer.import(JSON.stringify([{ type: 'Annotation', body: 'x', target: 'https://example.org/' }]))
    expect(result.imported).toBe(0)
    expect(result.problems).toEqual(['item 1: has no TextQuoteSelector or TextPositionSelector: nothing says which words it marks'])
  })
})

describe('finding by DOI, colouring by tag', () => {
  it('places an annotation that names only the article’s DOI, in the colour of the tag the library already has', async () => {
    const { store, transfer } = await withPage()
    await store.commit((data) => ({ ...data, tags: [...data.tags, { id: '0b9f3c1e-3a57-4c1e-9a0f-2f1d3c4b5a60', name: 'geneva', color: '#40c057', parentId: null }] }))
    const item = {
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Geneva' }],
      target: { source: 'https://doi.org/10.5555/ORONTES.2017.114', selector: { type: 'TextQuoteSelector', exact: 'both sides had been told so' } },
    }
    const result = await transfer.import(JSON.stringify(item))
    expect(result).toMatchObject({ imported: 1, notPlaced: [], created: { tags: 0 } })
    const document = store.listDocuments().find((d) => d.title === 'Envoy resumes Geneva talks')!
    expect(document.doi).toBe('10.5555/orontes.2017.114')
    const [annotation] = await store.annotations.list(document.id)
    expect(annotation).toMatchObject({ kind: 'highlight', color: '#40c057', tagIds: ['0b9f3c1e-3a57-4c1e-9a0f-2f1d3c4b5a60'] })
  })
})

describe('moving work between libraries', () => {
  it('export, import into another library with the same documents (other ids), export again: the same annotations, field for field', async () => {
    const a = await library(true)
    const first = await a.transfer.export('w3c', null)
    const b = await library(false)
    // The same articles, imported separately: every document id differs.
    expect(b.store.listDocuments().map((d) => d.id)).not.toEqual(expect.arrayContaining([a.store.listDocuments()[0]!.id]))
    const result = await b.transfer.import(first.content as string)
    expect(result).toMatchObject({ imported: 12, needsReview: 0, notPlaced: [], skipped: [], problems: [] })
    expect(result.created).toEqual({ sources: a.store.data.sources.length, parties: a.store.data.parties.length, issues: a.store.data.issues.length, tags: a.store.data.tags.length })
    const second = await b.transfer.export('w3c', null)
    // Document ids differ between the libraries; everything else is the same.
    const idsOf = (store: LibraryStore) => new Map(store.listDocuments().map((d) => [d.id, d.textHash]))
    const neutral = (content: string, ids: Map<string, string>) => content.replace(/urn:parley:document:([0-9a-f-]{36})/g, (_, id: string) => `doc:${ids.get(id)}`).replace(/urn:parley:export:[^"]+?(?=(:page:\d+)?")/g, 'export').replace(/"generated": "[^"]+"/g, '')
    expect(neutral(second.content as string, idsOf(b.store))).toBe(neutral(first.content as string, idsOf(a.store)))
    // Importing the same file again adds nothing.
    expect((await b.transfer.import(first.content as string)).imported).toBe(0)
    // The positions matrix reads the imported claims as it reads the originals: same cells, same stances.
    const noFilters = { from: null, to: null, outlets: [], minReliability: null, maxCredibility: null, tagIds: [] }
    const cells = async (store: LibraryStore) => {
      const { issues, parties, cells: byKey } = await new PositionService(store).matrix(noFilters)
      const name = (key: string) => { const [issue, party] = key.split('|'); return `${issues.find((i) => i.id === issue)!.title} / ${parties.find((p) => p.id === party)!.name}` }
      return Object.entries(byKey).map(([key, cell]) => [name(key), cell.stance, cell.claimCount]).sort()
    }
    const before = await cells(a.store)
    expect(before.length).toBeGreaterThan(3)
    expect(await cells(b.store)).toEqual(before)
  })
})

describe('annotations that find no place', () => {
  const ambiguous = (exact: string) => ({ total: 1, rows: [{ id: 'u1', created: '2017-11-30T08:00:00Z', uri: 'https://elsewhere.example/x', text: 'Which one?', tags: ['zones'], document: { title: ['Not here'] }, target: [{ selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] }] }] })

  it('wait in the unplaced list, survive a restart, and can be placed in a chosen document or discarded', async () => {
    const { store, transfer } = await library(false)
    const result = await transfer.import(JSON.stringify(ambiguous('de-escalation zones')), 'hyp.json')
    expect(result.notPlaced).toEqual([{ label: 'row 1', reason: 'its quote occurs in 4 documents and nothing else says which' }])
    const reopened = new AnnotationTransfer(store, new UndoHistory(store))
    const [waiting] = await reopened.unplaced.list()
    expect(waiting).toMatchObject({ fileName: 'hyp.json', label: 'row 1', incoming: { note: 'Which one?', tags: ['zones'] } })

    const holders = await Promise.all(store.listDocuments().map(async (d) => ((await store.readText(d)).includes('de-escalation zones') ? d : null)))
    const without = store.listDocuments().find((d) => !holders.includes(d))
    expect(without).toBeDefined()
    await expect(reopened.assignUnplaced(waiting!.id, without!.id)).rejects.toThrow(/^Its words are not in “.*”: choose another document, or discard it\.$/)
    const target = holders.find((d) => d !== null)!
    expect(await reopened.assignUnplaced(waiting!.id, target.id)).toEqual({ status: 'anchored' })
    expect(await reopened.unplaced.list()).toEqual([])
    const [placed] = await store.annotations.list(target.id)
    expect(placed).toMatchObject({ kind: 'note', note: 'Which one?' })
  })

  it('can be discarded, and a damaged list is reported, not overwritten', async () => {
    const { store, transfer } = await library(false)
    await transfer.import(JSON.stringify(ambiguous('de-escalation zones')), 'hyp.json')
    const [waiting] = await transfer.unplaced.list()
    await transfer.unplaced.remove(waiting!.id)
    expect(await transfer.unplaced.list()).toEqual([])
    await expect(transfer.unplaced.remove(waiting!.id)).rejects.toThrow('That unplaced annotation is no longer in the list.')
    const { writeFile, readFile } = await import('node:fs/promises')
    await writeFile(store.paths.unplacedFile, '[{"broken"')
    await expect(transfer.import(JSON.stringify(ambiguous('de-escalation zones')), 'again.json')).rejects.toMatchObject({ code: 'library-damaged' })
    expect(await readFile(store.paths.unplacedFile, 'utf8')).toBe('[{"broken"')
  })
})

describe('Hypothesis shapes from its documentation', () => {
  it('reads the API’s own example shape: target source as an array, quote with prefix and suffix, Markdown text, tags, a document title list', async () => {
    const { store, transfer } = await withPage()
    // The shape of the payload in the Hypothesis API documentation and its Python wrapper's example.
    const documented = {
      rows: [
        {
          id: 'doc-example-1',
          created: '2017-11-23T10:00:00.000000+00:00',
          updated: '2017-11-23T10:00:00.000000+00:00',
          uri: 'https://orontes-review.example/world/envoy-resumes-geneva-talks',
          text: 'body of annotation, can include [markup](http://example.com)',
          tags: ['tag1', 'tag2'],
          document: { title: ['Envoy resumes Geneva talks'] },
          target: [{ source: ['https://orontes-review.example/world/envoy-resumes-geneva-talks'], selector: [{ type: 'TextQuoteSelector', prefix: 'The UN envoy said on Tuesday that ', exact: 'talks on a new constitution', suffix: ' would resume in Geneva' }] }],
          permissions: { read: ['group:__world__'] },
          group: '__world__',
        },
      ],
      total: 1,
    }
    const result = await transfer.import(JSON.stringify(documented), 'search.json')
    expect(result).toMatchObject({ fileKind: 'Hypothesis', imported: 1, needsReview: 0, notPlaced: [] })
    const document = store.listDocuments().find((d) => d.title === 'Envoy resumes Geneva talks')!
    const [annotation] = await store.annotations.list(document.id)
    expect(annotation).toMatchObject({ kind: 'note', note: 'body of annotation, can include [markup](http://example.com)', target: { quote: { exact: 'talks on a new constitution' } } })
  })
})
