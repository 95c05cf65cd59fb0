import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { Annotation, Claim } from '../../../shared/domain/annotation'
import type { ParleyDocument } from '../../../shared/domain/document'
import type { Issue, Party, Source, Tag } from '../../../shared/domain/registries'
import { exportW3C } from '../../../shared/annotations/export-w3c'
import { parseW3C, planW3CImport, type ExistingLibrary } from '../../../shared/annotations/import-w3c'
import { PARLEY_CONTEXT, PARLEY_CONTEXT_URL, PARLEY_NS } from '../../../shared/annotations/w3c-context'

const sochiText = [
  'Russian President Vladimir Putin hosted the leaders of Turkey and Iran in Sochi on Wednesday and proposed a congress of Syrian political and ethnic groups.',
  '"The congress will bring Syrians of every camp to one table," Putin said after the talks with Recep Tayyip Erdogan and Hassan Rouhani.',
  'Ankara objects to any role for the Kurdish YPG militia. Rebel representatives have been wary, fearing the plan would sideline the UN-led talks in Geneva.',
].join('\n\n')
const envoyText = [
  'UN envoy Staffan de Mistura said on Friday that any gathering in Sochi should be judged by whether it feeds into the Geneva process.',
  'He said all components of Syrian society, the Kurds among them, needed a voice, but stopped short of endorsing the congress.',
].join('\n\n')

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

const document = (id: string, title: string, text: string, extra: Partial<ParleyDocument>): ParleyDocument => ({
  id, title, outlet: null, byline: null, publishedAt: null, language: 'en', format: 'html', wordCount: text.split(/\s+/).length, textHash: sha256(text),
  original: { name: `${id}.html`, extension: 'html', sizeBytes: text.length * 2 }, importedAt: '2017-12-23T09:00:00.000Z', sameStoryAs: [], ...extra,
})

const documents = [
  document('doc-sochi', 'Putin hosts Erdogan and Rouhani, proposes Syrian congress', sochiText, { outlet: 'Reuters', byline: 'Moscow bureau', publishedAt: '2017-11-22' }),
  document('doc-envoy', 'UN envoy cautious on Sochi congress', envoyText, { outlet: 'Al Jazeera', publishedAt: '2017-12-22T18:30:00Z' }),
]
const parties: Party[] = [
  { id: 'party-russia', name: 'Russia', color: '#d6336c', aliases: ['Russian Federation', 'Moscow', 'the Kremlin'] },
  { id: 'party-un', name: 'UN', color: '#1c7ed6', aliases: ['United Nations'] },
  { id: 'party-turkey', name: 'Turkey', color: '#f08c00', aliases: ['Ankara'] },
]
const sources: Source[] = [
  { id: 'src-putin', name: 'Vladimir Putin', aliases: ['Putin', 'Russian President Vladimir Putin'], kind: 'person', partyIds: ['party-russia'], reliability: 'B' },
  { id: 'src-demistura', name: 'Staffan de Mistura', aliases: ['de Mistura', 'UN envoy'], kind: 'person', partyIds: ['party-un'], reliability: 'A' },
]
const issues: Issue[] = [
  { id: 'issue-sochi', title: 'Sochi congress', description: 'The Syrian Congress of National Dialogue proposed by Russia.' },
  { id: 'issue-kurds', title: 'Kurdish participation', description: 'Whether the YPG/PYD takes part in the talks.' },
  { id: 'issue-assad', title: "Assad's role in a transition", description: '' },
]
const tags: Tag[] = [
  { id: 'tag-diplomacy', name: 'Diplomacy', color: '#2f9e44', parentId: null },
  { id: 'tag-summits', name: 'Summits', color: '#37b24d', parentId: 'tag-diplomacy' },
  { id: 'tag-sochi-summit', name: 'Sochi summit', color: '#51cf66', parentId: 'tag-summits' },
  { id: 'tag-follow-up', name: 'Follow up', color: '#f59f00', parentId: null },
  { id: 'tag-casualties', name: 'Casualties', color: '#e03131', parentId: null },
]

function target(documentId: string, text: string, exact: string) {
  const start = text.indexOf(exact)
  if (start < 0) throw new Error(`fixture quote not found: ${exact}`)
  const end = start + exact.length
  return {
    documentId, textHash: sha256(text),
    quote: { type: 'TextQuoteSelector' as const, exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
    position: { type: 'TextPositionSelector' as const, start, end },
  }
}

const markdownNote = '**Key point**: three guarantors, one venue.\nSee [Astana statement](https://example.org/astana).\n\n<script>alert("x")</script> & <b>bold</b>'
const highlight: Annotation = {
  id: 'ann-highlight', kind: 'highlight', target: target('doc-sochi', sochiText, 'proposed a congress of Syrian political and ethnic groups'),
  color: '#fab005', note: markdownNote, tagIds: ['tag-summits', 'tag-follow-up'], anchorStatus: 'anchored',
  createdAt: '2017-12-01T10:00:00.000Z', updatedAt: '2017-12-01T10:05:00.000Z',
}
const note: Annotation = {
  id: 'ann-note', kind: 'note', target: target('doc-sochi', sochiText, 'Rebel representatives have been wary'),
  color: '#74c0fc', note: 'Which rebel groups? Check the Riyadh bloc statement.', tagIds: [], anchorStatus: 'needs-review',
  createdAt: '2017-12-01T10:06:00.000Z', updatedAt: '2017-12-02T08:00:00.000Z',
}
const putinClaim: Claim = {
  id: 'ann-claim-putin', kind: 'claim', target: target('doc-sochi', sochiText, '"The congress will bring Syrians of every camp to one table," Putin said'),
  color: '#d6336c', note: '', tagIds: ['tag-sochi-summit'], anchorStatus: 'anchored',
  createdAt: '2017-12-01T10:10:00.000Z', updatedAt: '2017-12-01T10:10:00.000Z',
  sourceId: 'src-putin', partyIds: ['party-russia'], issueId: 'issue-sochi', stance: 'supports', reporting: 'direct-quote', statementDate: '2017-11-22', credibility: 2, statementId: null,
}
const envoyClaim: Claim = {
  id: 'ann-claim-envoy', kind: 'claim', target: target('doc-envoy', envoyText, 'all components of Syrian society, the Kurds among them, needed a voice'),
  color: '#1c7ed6', note: 'Envoy hedges; compare with his Geneva briefing.', tagIds: [], anchorStatus: 'orphaned',
  createdAt: '2017-12-23T09:30:00.000Z', updatedAt: '2017-12-23T09:31:00.000Z',
  sourceId: 'src-demistura', partyIds: ['party-un'], issueId: 'issue-kurds', stance: 'conditional', reporting: 'paraphrase', statementDate: null, credibility: 3, statementId: 'statement-envoy',
}
const annotations: Annotation[] = [highlight, note, putinClaim, envoyClaim]
const library = { documents, annotations, sources, parties, issues, tags }
const exportedAt = '2018-01-05T12:00:00.000Z'

/** The export as another machine would read it: through JSON text. */
const exported = () => JSON.parse(JSON.stringify(exportW3C({ ...library, exportedAt }))) as any
const itemById = (json: any, id: string) => json.first.items.find((i: any) => i.id === `urn:parley:annotation:${id}`)
const emptyLibrary = (over: Partial<ExistingLibrary> = {}): ExistingLibrary => ({
  sources: [], parties: [], issues: [], tags: [], documentIds: new Set(documents.map((d) => d.id)), annotationIds: new Set(), ...over,
})
const counter = (n = 0) => () => `new-${++n}`
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id))

describe('exportW3C: JSON-LD structure', () => {
  it('is an AnnotationCollection with the W3C context and the inline Parley context', () => {
    const json = exported()
    expect(json['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', JSON.parse(JSON.stringify(PARLEY_CONTEXT))])
    expect(json.type).toBe('AnnotationCollection')
    expect(json.total).toBe(4)
    expect(json.generated).toBe(exportedAt)
    expect(json.first.type).toBe('AnnotationPage')
    expect(json.first.items.map((i: any) => i.id)).toEqual(annotations.map((a) => `urn:parley:annotation:${a.id}`))
    expect(json.first.items.every((i: any) => i.type === 'Annotation')).toBe(true)
  })

  it('defines the Parley terms in their own namespace, keeping the W3C `source` outside claim bodies', () => {
    expect(PARLEY_CONTEXT_URL).toBe('https://parley.app/ns/annotation.jsonld')
    expect(PARLEY_CONTEXT.parley).toBe('https://parley.app/ns/annotation#')
    expect(PARLEY_NS).toBe(PARLEY_CONTEXT.parley)
    for (const term of ['claiming', 'parties', 'issue', 'stance', 'reporting', 'statementDate', 'credibility', 'reliability', 'sourceKind', 'aliases', 'tag', 'anchorStatus', 'color', 'textHash']) {
      expect(PARLEY_CONTEXT, term).toHaveProperty([term])
    }
    expect(PARLEY_CONTEXT).not.toHaveProperty(['source'])
    expect(PARLEY_CONTEXT['parley:Claim']['@context'].source['@id']).toBe('parley:source')
    expect(PARLEY_CONTEXT.statementDate['@type']).toBe('xsd:date')
  })

  it('gives each annotation a motivation, its dates, colour, anchor status and both selectors', () => {
    const json = exported()
    expect(itemById(json, 'ann-highlight').motivation).toBe('highlighting')
    expect(itemById(json, 'ann-note').motivation).toBe('commenting')
    expect(itemById(json, 'ann-claim-putin').motivation).toBe('parley:claiming')
    const item = itemById(json, 'ann-note')
    expect(item).toMatchObject({ created: note.createdAt, modified: note.updatedAt, 'parley:anchorStatus': 'needs-review', 'parley:color': '#74c0fc' })
    expect(item.target).toEqual({
      type: 'SpecificResource', source: 'urn:parley:document:doc-sochi', 'parley:textHash': sha256(sochiText),
      'parley:document': { title: documents[0]!.title, outlet: 'Reuters', byline: 'Moscow bureau', publishedAt: '2017-11-22' },
      selector: [
        { type: 'TextQuoteSelector', exact: 'Rebel representatives have been wary', prefix: note.target.quote.prefix, suffix: note.target.quote.suffix },
        { type: 'TextPositionSelector', start: note.target.position.start, end: note.target.position.end },
      ],
    })
    expect(sochiText.slice(item.target.selector[1].start, item.target.selector[1].end)).toBe(item.target.selector[0].exact)
  })

  it('writes the note as a Markdown TextualBody, unchanged (HTML included), and one tagging body per tag with its path', () => {
    const bodies = itemById(exported(), 'ann-highlight').body
    expect(bodies[0]).toEqual({ type: 'TextualBody', purpose: 'commenting', value: markdownNote, format: 'text/markdown' })
    const tagging = bodies.filter((b: any) => b.purpose === 'tagging')
    expect(tagging.map((b: any) => [b.value, b['parley:tagPath'], b['parley:tag']])).toEqual([
      ['Summits', 'Diplomacy/Summits', 'urn:parley:tag:tag-summits'],
      ['Follow up', 'Follow up', 'urn:parley:tag:tag-follow-up'],
    ])
    expect(tagging[0]).toMatchObject({ type: 'TextualBody', 'parley:color': '#37b24d', 'parley:tagAncestors': [{ id: 'urn:parley:tag:tag-diplomacy', name: 'Diplomacy', color: '#2f9e44' }] })
  })

  it('carries a claim body with the embedded source, parties, issue, stance and grading', () => {
    const item = itemById(exported(), 'ann-claim-putin')
    expect(item.body.some((b: any) => b.purpose === 'commenting')).toBe(false)
    expect(item.body.find((b: any) => b.purpose === 'tagging')).toMatchObject({
      value: 'Sochi summit', 'parley:tagPath': 'Diplomacy/Summits/Sochi summit', 'parley:tagAncestors': [{ id: 'urn:parley:tag:tag-diplomacy' }, { id: 'urn:parley:tag:tag-summits' }],
    })
    expect(item.body.find((b: any) => b.type === 'parley:Claim')).toEqual({
      type: 'parley:Claim',
      source: {
        id: 'urn:parley:source:src-putin', type: 'parley:Source', name: 'Vladimir Putin', aliases: ['Putin', 'Russian President Vladimir Putin'],
        sourceKind: 'person', reliability: 'B', parties: [{ id: 'urn:parley:party:party-russia', type: 'parley:Party', name: 'Russia', color: '#d6336c', aliases: parties[0]!.aliases }],
      },
      parties: [{ id: 'urn:parley:party:party-russia', type: 'parley:Party', name: 'Russia', color: '#d6336c', aliases: parties[0]!.aliases }],
      issue: { id: 'urn:parley:issue:issue-sochi', type: 'parley:Issue', title: 'Sochi congress', description: issues[0]!.description },
      stance: 'supports', reporting: 'direct-quote', statementDate: '2017-11-22', credibility: 2, statement: null,
    })
  })

  it('leaves out the body of a bare highlight and the document metadata of a document it was not given', () => {
    const bare = { ...highlight, note: '', tagIds: [] }
    const json = JSON.parse(JSON.stringify(exportW3C({ ...library, documents: [], annotations: [bare], exportedAt })))
    expect(json.first.items[0]).not.toHaveProperty('body')
    expect(json.first.items[0].target).not.toHaveProperty('parley:document')
    expect(json.total).toBe(1)
  })
})

describe('parseW3C and planW3CImport: round trip', () => {
  it('recreates the annotations and exactly the registry entries they reference', () => {
    const parsed = parseW3C(exported())
    expect(parsed.problems).toEqual([])
    expect(parsed.annotations[2]!.tags).toEqual([
      { id: 'tag-sochi-summit', name: 'Sochi summit', path: 'Diplomacy/Summits/Sochi summit', color: '#51cf66', ancestors: [tags[0], tags[1]] },
    ])
    const plan = planW3CImport(parsed.annotations, emptyLibrary(), counter())
    expect(plan.skipped).toEqual([])
    expect(plan.annotations).toEqual(annotations)
    expect(byId(plan.create.sources)).toEqual(byId(sources))
    expect(byId(plan.create.parties)).toEqual(byId(parties.filter((p) => p.id !== 'party-turkey')))
    expect(byId(plan.create.issues)).toEqual(byId(issues.filter((i) => i.id !== 'issue-assad')))
    expect(byId(plan.create.tags)).toEqual(byId(tags.filter((t) => t.id !== 'tag-casualties')))
  })

  it('keeps ids that need escaping in a URN', () => {
    const odd = { ...note, id: 'note 1/ü:#?' }
    const json = JSON.parse(JSON.stringify(exportW3C({ ...library, annotations: [odd], exportedAt })))
    expect(json.first.items[0].id).toBe('urn:parley:annotation:note%201%2F%C3%BC%3A%23%3F')
    expect(parseW3C(json).annotations[0]!.id).toBe('note 1/ü:#?')
  })

  it('skips everything when the same file is imported a second time', () => {
    const parsed = parseW3C(exported())
    const first = planW3CImport(parsed.annotations, emptyLibrary(), counter())
    const after = emptyLibrary({ ...first.create, annotationIds: new Set(first.annotations.map((a) => a.id)) })
    const second = planW3CImport(parsed.annotations, after, counter())
    expect(second.annotations).toEqual([])
    expect(second.create).toEqual({ sources: [], parties: [], issues: [], tags: [] })
    expect(second.skipped).toEqual(annotations.map((a) => ({ id: a.id, reason: 'already in the library' })))
  })

  it('skips annotations on documents the library does not hold, creating nothing for them', () => {
    const parsed = parseW3C(exported())
    const plan = planW3CImport(parsed.annotations, emptyLibrary({ documentIds: new Set(['doc-sochi']) }), counter())
    expect(plan.annotations.map((a) => a.id)).toEqual(['ann-highlight', 'ann-note', 'ann-claim-putin'])
    expect(plan.skipped).toEqual([{ id: 'ann-claim-envoy', reason: 'document not in this library' }])
    expect(plan.create.sources.map((s) => s.name)).toEqual(['Vladimir Putin'])
    expect(plan.create.issues.map((i) => i.title)).toEqual(['Sochi congress'])
    expect(parsed.annotations.find((a) => a.id === 'ann-claim-envoy')!.document?.title).toBe('UN envoy cautious on Sochi congress')
  })

  it('maps onto existing entries with the same name (case and spaces ignored) or the same id', () => {
    const local = {
      sources: [{ ...sources[0]!, id: 'local-putin', name: 'VLADIMIR  putin', partyIds: [] }],
      parties: [{ ...parties[0]!, id: 'local-russia', name: 'russia' }, { ...parties[1]!, name: 'United Nations' }],
      issues: [{ id: 'local-sochi', title: ' sochi Congress', description: '' }],
      tags: [{ id: 'local-dip', name: 'diplomacy', color: '#000000', parentId: null }, { id: 'local-summits', name: 'SUMMITS', color: '#000000', parentId: 'local-dip' }],
    }
    const plan = planW3CImport(parseW3C(exported()).annotations, emptyLibrary(local), counter())
    const claim = plan.annotations.find((a) => a.id === 'ann-claim-putin') as Claim
    expect(claim).toMatchObject({ sourceId: 'local-putin', partyIds: ['local-russia'], issueId: 'local-sochi', tagIds: ['tag-sochi-summit'] })
    const envoy = plan.annotations.find((a) => a.id === 'ann-claim-envoy') as Claim
    expect(envoy.partyIds).toEqual(['party-un'])
    expect(plan.annotations.find((a) => a.id === 'ann-highlight')!.tagIds).toEqual(['local-summits', 'tag-follow-up'])
    expect(plan.create.sources.map((s) => s.id)).toEqual(['src-demistura'])
    expect(plan.create.parties).toEqual([])
    expect(plan.create.issues.map((i) => i.id)).toEqual(['issue-kurds'])
    expect(plan.create.tags).toEqual([tags[3], { ...tags[2], parentId: 'local-summits' }])
  })

  it('does not bring along the exported ancestors of a tag the library already has by id', () => {
    const moved = { ...tags[2]!, parentId: null }
    const plan = planW3CImport(parseW3C(itemById(exported(), 'ann-claim-putin')).annotations, emptyLibrary({ tags: [moved] }), counter())
    expect(plan.annotations[0]!.tagIds).toEqual(['tag-sochi-summit'])
    expect(plan.create.tags).toEqual([])
  })

  it('points a created source at the existing parties its own parties matched', () => {
    const local = { parties: [{ ...parties[0]!, id: 'local-russia', name: 'Russia ' }] }
    const plan = planW3CImport(parseW3C(exported()).annotations, emptyLibrary(local), counter())
    expect(plan.create.sources.find((s) => s.name === 'Vladimir Putin')).toEqual({ ...sources[0], partyIds: ['local-russia'] })
    expect(plan.create.parties.map((p) => p.id)).toEqual(['party-un'])
  })

  it('does not merge by an alias that shares no name words: a different speaker is not merged silently', () => {
    const local = { sources: [{ ...sources[0]!, id: 'local-kremlin', name: 'Kremlin', aliases: ['Vladimir Putin'] }] }
    const plan = planW3CImport(parseW3C(exported()).annotations, emptyLibrary(local), counter())
    expect((plan.annotations.find((a) => a.id === 'ann-claim-putin') as Claim).sourceId).toBe('src-putin')
  })

  it('merges a source known here by a shorter name, through its alias, instead of duplicating it', () => {
    const local = { sources: [{ ...sources[0]!, id: 'local-putin', name: 'Putin', aliases: ['Vladimir Putin', 'Russian President'] }] }
    const plan = planW3CImport(parseW3C(exported()).annotations, emptyLibrary(local), counter())
    expect((plan.annotations.find((a) => a.id === 'ann-claim-putin') as Claim).sourceId).toBe('local-putin')
    expect(plan.create.sources.map((s) => s.name)).not.toContain('Vladimir Putin')
  })

  it('skips a repeated annotation id within one file', () => {
    const json = exported()
    json.first.items.push(json.first.items[0])
    json.total = 5
    const plan = planW3CImport(parseW3C(json).annotations, emptyLibrary(), counter())
    expect(plan.annotations).toHaveLength(4)
    expect(plan.skipped).toEqual([{ id: 'ann-highlight', reason: 'appears more than once in the file' }])
  })

  it('reads a plain W3C tag without a Parley id by matching its name, or creating it with a new id', () => {
    const json = exported()
    const item = itemById(json, 'ann-note')
    item.body.push({ type: 'TextualBody', purpose: 'tagging', value: 'follow UP' }, { type: 'TextualBody', purpose: 'tagging', value: 'Geneva' })
    const plan = planW3CImport(parseW3C(item).annotations, emptyLibrary({ tags: [tags[3]!] }), counter())
    expect(plan.annotations[0]!.tagIds).toEqual(['tag-follow-up', 'new-1'])
    expect(plan.create.tags).toEqual([{ id: 'new-1', name: 'Geneva', color: '#868e96', parentId: null }])
  })
})

describe('parseW3C: shapes and problems', () => {
  const ids = (json: unknown) => parseW3C(json).annotations.map((a) => a.id)

  it('accepts a collection, a page, a bare array and a single annotation', () => {
    const json = exported()
    expect(ids(json)).toEqual(annotations.map((a) => a.id))
    expect(ids(json.first)).toEqual(annotations.map((a) => a.id))
    expect(ids(json.first.items)).toEqual(annotations.map((a) => a.id))
    expect(ids(json.first.items[2])).toEqual(['ann-claim-putin'])
  })

  it.each([[42], ['text'], [null], [{ type: 'Person' }], [{}]])('rejects %j as not a W3C annotation file', (input) => {
    expect(parseW3C(input)).toEqual({ annotations: [], problems: ['not a W3C annotation file'] })
  })

  it.each<[string, (item: any) => void, string | RegExp]>([
    ['no quote selector', (i) => i.target.selector.splice(0, 1), 'item 3: target has no TextQuoteSelector'],
    ['no position selector', (i) => i.target.selector.splice(1, 1), 'item 3: target has no TextPositionSelector'],
    ['a foreign document', (i) => (i.target.source = 'https://example.org/a'), 'item 3: target source id "https://example.org/a" is not a urn:parley:document: IRI'],
    ['a bad colour', (i) => (i['parley:color'] = 'red'), 'item 3: parley:color: expected a colour such as #1c7ed6'],
    ['no anchor status', (i) => delete i['parley:anchorStatus'], 'item 3: has no parley:anchorStatus'],
    ['an unknown motivation', (i) => (i.motivation = 'bookmarking'), 'item 3: motivation "bookmarking" is not highlighting, commenting or parley:claiming'],
    ['a claim without its body', (i) => (i.body = []), 'item 3: is a parley:claiming annotation without a parley:Claim body'],
    ['two targets', (i) => (i.target = [i.target, i.target]), 'item 3: has 2 targets; a Parley annotation has one'],
    ['a claim body on a highlight', (i) => (i.motivation = 'highlighting'), 'item 3: has a parley:Claim body but its motivation is not parley:claiming'],
    ['a credibility of 9', (i) => (i.body[0].credibility = 9), /^item 3: claim credibility: /],
    ['a source without a name', (i) => delete i.body[0].source.name, /^item 3: claim source\.name: /],
    ['a malformed text hash', (i) => (i.target['parley:textHash'] = 'abc'), /^item 3: target parley:textHash: /],
    ['an empty quote', (i) => (i.target.selector[0].exact = ''), /^item 3: TextQuoteSelector\.exact: /],
    ['a foreign annotation id', (i) => (i.id = 'https://example.org/anno/1'), /^item 3: annotation id .* is not a urn:parley:annotation: IRI$/],
  ])('skips an item with %s and keeps the others', (_name, breakIt, problem) => {
    const json = exported()
    breakIt(json.first.items[2])
    const parsed = parseW3C(json)
    expect(parsed.annotations.map((a) => a.id)).toEqual(['ann-highlight', 'ann-note', 'ann-claim-envoy'])
    expect(parsed.problems).toHaveLength(1)
    expect(parsed.problems[0]).toMatch(problem)
  })

  it('never throws on items of the wrong shape', () => {
    const parsed = parseW3C([null, 'x', [], { type: 'Annotation' }, { type: 'Annotation', id: 'urn:parley:annotation:a', motivation: 'highlighting', target: 'urn:parley:document:d' }])
    expect(parsed.annotations).toEqual([])
    expect(parsed.problems).toEqual(['item 1: is not an object', 'item 2: is not an object', 'item 3: is not an object', 'item 4: annotation has no id', 'item 5: target has no selectors'])
  })

  it('keeps an annotation with a body it cannot represent, and says so', () => {
    const item = itemById(exported(), 'ann-note')
    item.body.push({ type: 'Image', id: 'https://example.org/map.png' })
    const parsed = parseW3C(item)
    expect(parsed.annotations.map((a) => a.note)).toEqual([note.note])
    expect(parsed.problems).toEqual(['item 1: ignored a body Parley cannot represent ({"type":"Image","id":"https://example.org/map.png"})'])
  })

  it('reports a collection without an embedded page and a total that does not match', () => {
    expect(parseW3C({ type: 'AnnotationCollection', first: 'urn:x:page1' }).problems).toEqual(['the collection has no embedded first page of items'])
    const json = exported()
    json.total = 7
    expect(parseW3C(json).problems).toEqual(['the collection says it holds 7 annotations but its page has 4'])
  })
})
