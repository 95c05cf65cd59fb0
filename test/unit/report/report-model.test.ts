import { describe, expect, it } from 'vitest'
import { buildReportModel, readableStamp } from '../../../shared/report/report-model'
import type { DocumentsSection, FindingsSection, MatrixSection, ReportModel, ReportSection, TocSection } from '../../../shared/report/report-types'
import { reportInput, reportOptions, texts } from './report-fixture'

type Options = Parameters<typeof reportOptions>[0]
const build = (options: Options = {}, input = reportInput()) => buildReportModel(input, reportOptions(options))
function section<K extends ReportSection['kind']>(model: ReportModel, kind: K): Extract<ReportSection, { kind: K }> | undefined {
  return model.sections.find((s): s is Extract<ReportSection, { kind: K }> => s.kind === kind)
}
const matrixOf = (options: Options = {}) => section(build(options), 'matrix') as MatrixSection
const findingsOf = (options: Options = {}) => section(build(options), 'findings') as FindingsSection
const documentsOf = (options: Options = {}) => section(build(options), 'documents') as DocumentsSection

describe('buildReportModel: sections', () => {
  it('puts enabled sections with content in print order', () => {
    const model = build({ summary: 'Russia pushes the congress.' })
    expect(model.sections.map((s) => s.kind)).toEqual(['cover', 'toc', 'summary', 'matrix', 'findings', 'documents', 'sources', 'legend'])
    expect(model.meta).toMatchObject({ title: 'Sochi congress: positions', date: '2018-01-08', pageSize: 'A4', generatedAt: readableStamp('2018-01-08T12:00:00.000Z') })
    expect(model.meta.generatedAt).not.toMatch(/T\d{2}:\d{2}/)
    expect(readableStamp('2018-01-08T12:00:00.000Z', 'en-GB')).toMatch(/^8 January 2018 at \d{2}:\d{2}$/)
    expect(readableStamp('2018-01-08T12:00:00.000Z', 'not a locale!')).toMatch(/2018/)
  })

  it('omits disabled sections, and enabled ones with nothing to show', () => {
    // No summary text: no summary section, even though it is enabled.
    expect(build().sections.map((s) => s.kind)).toEqual(['cover', 'toc', 'matrix', 'findings', 'documents', 'sources', 'legend'])
    const trimmed = build({ summary: 'x', sections: { cover: false, toc: false, sources: false, legend: false, documents: false } })
    expect(trimmed.sections.map((s) => s.kind)).toEqual(['summary', 'matrix', 'findings'])
    // A party listed in scope that said nothing on the issue: no claims, so no matrix, findings or sources.
    const silent = build({ scope: { partyIds: ['party-gov'], issueIds: ['issue-constitution'] } })
    expect(silent.sections.map((s) => s.kind)).toEqual(['cover', 'toc', 'documents', 'legend'])
  })

  it('lists sections and their issues and documents in the contents', () => {
    const toc = section(build({ summary: 'x' }), 'toc') as TocSection
    expect(toc.entries.map((e) => [e.id, e.title])).toEqual([
      ['summary', 'Executive summary'],
      ['positions', 'Positions matrix'],
      ['findings', 'Findings by issue'],
      ['documents', 'Annotated passages'],
      ['sources', 'Sources'],
      ['legend', 'Grading and symbols'],
    ])
    expect(toc.entries[2]!.children).toEqual([{ id: 'issue-1', title: 'Sochi congress' }, { id: 'issue-2', title: 'Constitutional committee' }])
    expect(toc.entries[3]!.children.map((c) => c.id)).toEqual(['document-1', 'document-2', 'document-3'])
    expect(toc.entries[3]!.children[0]!.title).toBe('Putin hosts Erdogan and Rouhani, proposes Syrian congress')
  })

  it('states the scope on the cover', () => {
    const cover = section(build({ scope: { issueIds: ['issue-sochi'], from: '2017-11-01', to: '2017-11-30' } }), 'cover')!
    expect(cover.scope).toContainEqual({ label: 'Period', value: '2017-11-01 to 2017-11-30' })
    expect(cover.scope).toContainEqual({ label: 'Issues', value: 'Sochi congress' })
    expect(cover.scope).toContainEqual({ label: 'Parties', value: 'All' })
    expect(cover.scope).toContainEqual({ label: 'Evidence', value: '4 claims and 3 other annotations in 2 documents' })
  })
})

describe('buildReportModel: positions matrix', () => {
  it('has issues in scope as rows and parties in scope as columns, with empty cells left empty', () => {
    const matrix = matrixOf()
    expect(matrix.columns.map((c) => c.name)).toEqual(['Government of Syria', 'High Negotiations Committee', 'Russia'])
    expect(matrix.rows.map((r) => r.title)).toEqual(['Sochi congress', 'Constitutional committee'])
    // The Syrian government said nothing on the committee: null, not "neutral".
    expect(matrix.rows[1]!.cells[0]).toBeNull()
    expect(matrix.rows[0]!.findingsAnchor).toBe('issue-1')
  })

  it('summarises each cell with stance word and symbol, shift, counts and dates', () => {
    const hnc = matrixOf().rows[0]!.cells[1]!
    // Wary on 2017-11-22 (first-hand), conditional on 2017-12-22; the third-party report does not decide.
    expect(hnc.look).toEqual({ stance: 'conditional', label: 'Conditional', symbol: '◐' })
    expect(hnc).toMatchObject({ shifted: true, mixed: false, claimCount: 3, firstDate: '2017-11-22', lastDate: '2017-12-22' })
    // The Reuters story and its reprint are one report; the PDF statement is another.
    expect(hnc.independentOutlets).toBe(2)
    expect(matrixOf().rows[0]!.cells[2]).toMatchObject({ look: { label: 'Supports', symbol: '✔' }, shifted: false, claimCount: 1 })
  })

  it('follows the scope: listed issues and parties only, claims in the period only', () => {
    const matrix = matrixOf({ scope: { issueIds: ['issue-constitution'], partyIds: ['party-gov', 'party-russia'] } })
    expect(matrix.rows.map((r) => r.title)).toEqual(['Constitutional committee'])
    expect(matrix.columns.map((c) => c.name)).toEqual(['Government of Syria', 'Russia'])
    expect(matrix.rows[0]!.cells.map((c) => c?.look.label ?? null)).toEqual([null, 'Supports'])
    const november = matrixOf({ scope: { to: '2017-11-30' } })
    expect(november.rows.map((r) => r.title)).toEqual(['Sochi congress'])
    expect(november.rows[0]!.cells[1]).toMatchObject({ look: { label: 'Wary' }, shifted: false, claimCount: 2 })
  })
})

describe('buildReportModel: findings', () => {
  it('groups claims by issue, then by party, oldest first', () => {
    const findings = findingsOf()
    expect(findings.issues.map((i) => i.title)).toEqual(['Sochi congress', 'Constitutional committee'])
    const sochi = findings.issues[0]!
    expect(sochi.description).toBe('The congress of national dialogue Russia proposed to hold in Sochi.')
    expect(sochi.parties.map((p) => [p.name, p.look.label, p.shifted])).toEqual([
      ['Government of Syria', 'Supports', false],
      ['High Negotiations Committee', 'Conditional', true],
      ['Russia', 'Supports', false],
    ])
    expect(sochi.parties[1]!.claims.map((c) => [c.id, c.date])).toEqual([
      ['c-hnc-wary', '2017-11-22'],
      ['c-figures', '2017-11-23'],
      ['c-hnc-attend', '2017-12-22'],
    ])
    expect(findings.issues[1]!.parties.map((p) => p.name)).toEqual(['High Negotiations Committee', 'Russia'])
  })

  it('gives each claim its quote, source, outlet, citation, grade and note', () => {
    const claims = findingsOf().issues.flatMap((i) => i.parties.flatMap((p) => p.claims))
    const byId = (id: string) => claims.find((c) => c.id === id)!
    expect(byId('c-putin')).toMatchObject({
      quote: 'We will do everything to make the congress a success',
      sourceName: 'Vladimir Putin',
      outlet: 'Reuters',
      documentTitle: 'Putin hosts Erdogan and Rouhani, proposes Syrian congress',
      documentAnchor: 'document-1',
      date: '2017-11-22',
      citation: '¶ 2',
      reporting: 'Direct quote',
      grade: 'B2',
      gradeMeaning: 'Source B, usually reliable · Information 2, probably true',
      note: [['**Key** line.', 'Said after the talks.']],
    })
    // The removed paywall block is not counted: the fourth kept paragraph.
    expect(byId('c-gov').citation).toBe('¶ 4')
    expect(byId('c-figures')).toMatchObject({ citation: '¶ 2', grade: 'E4', reporting: 'Reported by a third party', look: { label: 'Opposes', symbol: '✖' } })
    // Paged original: cited by page.
    expect(byId('c-hnc-committee')).toMatchObject({ citation: 'p. 2', grade: 'C2', date: '2017-12-21' })
    expect(byId('c-astana-committee').grade).toBe('A1')
  })

  it('leaves citations out when the text is missing, and document links out without the documents section', () => {
    const withoutPdf = { ...texts }
    delete withoutPdf['doc-pdf']
    const claims = (section(build({}, reportInput({ texts: withoutPdf })), 'findings') as FindingsSection).issues[1]!.parties[0]!.claims
    expect(claims[0]).toMatchObject({ id: 'c-hnc-committee', citation: null })
    const noDocuments = findingsOf({ sections: { documents: false } })
    expect(noDocuments.issues[0]!.parties[0]!.claims[0]!.documentAnchor).toBeNull()
  })

  it('grades a claim whose source was deleted as F', () => {
    const input = reportInput()
    const model = buildReportModel({ ...input, sources: input.sources.filter((s) => s.id !== 'src-putin') }, reportOptions())
    const putin = (section(model, 'findings') as FindingsSection).issues[0]!.parties[2]!.claims[0]!
    expect(putin).toMatchObject({ sourceName: 'Unknown source', grade: 'F2' })
  })
})

describe('buildReportModel: documents', () => {
  it('numbers footnotes consecutively through the whole report, in reading order', () => {
    const documents = documentsOf().documents
    expect(documents.map((d) => d.title)).toEqual([
      'Putin hosts Erdogan and Rouhani, proposes Syrian congress',
      'Putin backs Syrian congress (reprint)',
      'Joint statement on the Syrian congress',
    ])
    expect(documents.map((d) => d.footnotes.map((f) => f.number))).toEqual([[1, 2, 3, 4, 5], [6, 7], [8, 9, 10]])
    expect(documents[0]!.footnotes.map((f) => f.label)).toEqual(['Note', 'Claim — Vladimir Putin, Supports', 'Highlight', 'Claim — HNC spokesman, Wary', 'Claim — Syrian government officials, Supports'])
    // A claim without a note is cited too: its footnote recalls who said it, with no note.
    expect(documents[0]!.footnotes[4]!.note).toEqual([])
    expect(documents[0]!.footnotes[0]!.note).toEqual([['First mention of the *congress*.'], ['- check TASS', '- check Anadolu']])
    expect(documents[0]).toMatchObject({ outlet: 'Reuters', date: '2017-11-22', sameStoryAs: ['Putin backs Syrian congress (reprint)'], textAvailable: true })
  })

  it('splits overlapping annotations into segments: latest colour, every footnote marker', () => {
    const passage = documentsOf().documents[0]!.passages.find((p) => p.paragraph === 2)!
    expect(passage.segments.map((s) => [s.text, s.color, s.annotationIds.slice().sort(), s.footnotes])).toEqual([
      ['"', null, [], []],
      ['We will do everything to ', '#c92a2a', ['c-putin'], []],
      // Both cover this run: the highlight, created later, gives the colour; the claim's marker follows it.
      ['make the congress a success', '#f59f00', ['c-putin', 'h-overlap'], [2]],
      ['," Putin told reporters', '#f59f00', ['h-overlap'], [3]],
      [' after the talks.', null, [], []],
    ])
    expect(passage.segments.map((s) => s.text).join('')).toBe(texts['doc-reuters']![1]!.text)
  })

  it('shows only annotated passages, with gaps between ones that are not adjacent', () => {
    const reuters = documentsOf({ scope: { tagIds: ['tag-summit'] } }).documents[0]!
    expect(reuters.passages.map((p) => [p.citation, p.gapBefore])).toEqual([['¶ 1', false], ['¶ 2', false], ['¶ 4', true]])
    const pdf = documentsOf().documents[2]!
    expect(pdf.passages.map((p) => [p.citation, p.gapBefore])).toEqual([['p. 2', false], ['p. 2', false], ['p. 2', false]])
  })

  it('shows the full text in full mode, removed blocks left out', () => {
    const documents = documentsOf({ documentText: 'full' })
    expect(documents.title).toBe('Documents')
    const pdf = documents.documents[2]!
    expect(pdf.passages.map((p) => [p.kind, p.citation])).toEqual([['heading', 'p. 1'], ['paragraph', 'p. 1'], ['paragraph', 'p. 2'], ['paragraph', 'p. 2'], ['paragraph', 'p. 2']])
    expect(pdf.passages[0]!.segments).toEqual([{ text: 'Joint statement', color: null, annotationIds: [], footnotes: [] }])
    const reuters = documents.documents[0]!
    expect(reuters.passages).toHaveLength(4)
    expect(reuters.passages.some((p) => p.segments.some((s) => s.text.includes('Subscribe')))).toBe(false)
  })

  it('lists orphaned annotations after the text with their quote, never in it', () => {
    const gulf = documentsOf().documents[1]!
    expect(gulf.unanchored).toEqual([{ id: 'h-orphan', label: 'Highlight', quote: 'a sentence the outlet later removed', color: '#2f9e44', footnote: 7 }])
    expect(gulf.passages.flatMap((p) => p.segments.flatMap((s) => s.annotationIds))).not.toContain('h-orphan')
    expect(gulf.passages.map((p) => p.citation)).toEqual(['¶ 2'])
  })

  it('keeps a document whose text was not supplied, its annotations listed as unplaced', () => {
    const withoutGulf = { ...texts }
    delete withoutGulf['doc-gulf']
    const gulf = (section(build({}, reportInput({ texts: withoutGulf })), 'documents') as DocumentsSection).documents[1]!
    expect(gulf).toMatchObject({ textAvailable: false, passages: [] })
    // In order of their stored positions (the orphan's is 0).
    expect(gulf.unanchored.map((a) => a.id)).toEqual(['h-orphan', 'c-figures'])
  })
})

describe('buildReportModel: sources and legend', () => {
  it('lists the sources cited in scope with kind, parties and reliability', () => {
    const sources = section(build(), 'sources')!.sources
    expect(sources.map((s) => s.name)).toEqual(['Astana joint statement', 'HNC spokesman', 'opposition figures', 'Syrian government officials', 'Vladimir Putin'])
    expect(sources[1]).toEqual({ name: 'HNC spokesman', kind: 'Person', parties: ['High Negotiations Committee'], reliability: 'C', reliabilityMeaning: 'fairly reliable', claimCount: 3 })
    expect(section(build({ scope: { partyIds: ['party-russia'] } }), 'sources')!.sources.map((s) => s.name)).toEqual(['Astana joint statement', 'Vladimir Putin'])
  })

  it('explains every grade and stance', () => {
    const legend = section(build(), 'legend')!
    expect(legend.reliability.map((r) => r.grade).join('')).toBe('ABCDEF')
    expect(legend.reliability[0]!.meaning).toBe('completely reliable')
    expect(legend.credibility.map((c) => c.grade).join('')).toBe('123456')
    expect(legend.credibility[5]!.meaning).toBe('cannot be judged')
    expect(legend.stances.map((s) => `${s.symbol} ${s.label}`)).toEqual(['✔ Supports', '✖ Opposes', '◐ Conditional', '⚠ Wary', '○ Neutral', '? Unclear', '⇄ Mixed'])
  })
})

describe('buildReportModel: corroboration in the findings', () => {
  const linked = (ids: string[]) => reportInput({ annotations: reportInput().annotations.map((a) => (a.kind === 'claim' && ids.includes(a.id) ? { ...a, statementId: 'statement-1' } : a)) })
  const claimById = (model: ReportModel, id: string) => (section(model, 'findings') as FindingsSection).issues.flatMap((i) => i.parties.flatMap((p) => p.claims)).find((c) => c.id === id)!

  it('says how many independent outlets carried a linked statement; a reprint does not count twice', () => {
    const acrossOutlets = build({}, linked(['c-hnc-wary', 'c-hnc-attend']))
    expect(claimById(acrossOutlets, 'c-hnc-wary').carriedBy).toEqual({ claimCount: 2, independentOutlets: 2 })
    const withReprint = build({}, linked(['c-hnc-wary', 'c-figures']))
    expect(claimById(withReprint, 'c-figures').carriedBy).toEqual({ claimCount: 2, independentOutlets: 1 })
    expect(claimById(withReprint, 'c-putin').carriedBy).toBeNull()
  })

  it('counts linked claims outside the scope too: the statement was carried whatever the report covers', () => {
    const model = build({ scope: { issueIds: ['issue-constitution'] } }, linked(['c-hnc-committee', 'c-hnc-wary']))
    expect(claimById(model, 'c-hnc-committee').carriedBy).toEqual({ claimCount: 2, independentOutlets: 2 })
  })
})
