import { describe, expect, it } from 'vitest'
import type { Annotation, Claim } from '../../../shared/domain/annotation'
import type { ParleyDocument } from '../../../shared/domain/document'
import type { Issue, Party, Source, Tag } from '../../../shared/domain/registries'
import { CLAIMS_CSV_COLUMNS, CSV_BOM, exportClaimsCsv, guardFormula } from '../../../shared/annotations/export-csv'

const hash = 'ab'.repeat(32)
const documents: ParleyDocument[] = [
  {
    id: 'doc-sochi', title: 'Putin hosts Erdogan and Rouhani, proposes "Syrian congress"', outlet: 'Reuters', byline: 'Moscow bureau',
    publishedAt: '2017-11-22', language: 'en', format: 'html', wordCount: 640, textHash: hash,
    original: { name: 'sochi.html', extension: 'html', sizeBytes: 48000 }, importedAt: '2017-12-23T09:00:00.000Z', sameStoryAs: [],
  },
]
const parties: Party[] = [
  { id: 'party-russia', name: 'Russia', color: '#d6336c', aliases: ['Moscow'] },
  { id: 'party-gov', name: 'Syrian government', color: '#862e9c', aliases: ['Damascus'] },
  { id: 'party-un', name: 'UN', color: '#1c7ed6', aliases: [] },
]
const sources: Source[] = [
  { id: 'src-putin', name: 'Vladimir Putin', aliases: ['Putin', 'Russian President Vladimir Putin'], kind: 'person', partyIds: ['party-russia'], reliability: 'B' },
  { id: 'src-demistura', name: 'Staffan de Mistura', aliases: ['UN envoy'], kind: 'person', partyIds: ['party-un'], reliability: 'A' },
]
const issues: Issue[] = [
  { id: 'issue-sochi', title: 'Sochi congress', description: '' },
  { id: 'issue-kurds', title: 'Kurdish participation', description: '' },
]
const tags: Tag[] = [
  { id: 'tag-diplomacy', name: 'Diplomacy', color: '#2f9e44', parentId: null },
  { id: 'tag-summits', name: 'Summits', color: '#37b24d', parentId: 'tag-diplomacy' },
  { id: 'tag-follow-up', name: 'Follow up', color: '#f59f00', parentId: null },
]

const base = {
  target: {
    documentId: 'doc-sochi', textHash: hash,
    quote: { type: 'TextQuoteSelector' as const, exact: 'The congress will bring Syrians of every camp to one table', prefix: '"', suffix: '," Putin said' },
    position: { type: 'TextPositionSelector' as const, start: 120, end: 178 },
  },
  color: '#d6336c', anchorStatus: 'anchored' as const, createdAt: '2017-12-01T10:00:00.000Z', updatedAt: '2017-12-01T10:00:00.000Z',
}
const putinClaim: Claim = {
  ...base, id: 'claim-putin', kind: 'claim', note: 'Said after meeting Erdogan, Rouhani', tagIds: ['tag-summits', 'tag-follow-up'],
  sourceId: 'src-putin', partyIds: ['party-russia', 'party-gov'], issueId: 'issue-sochi', stance: 'supports', reporting: 'direct-quote', statementDate: '2017-11-22', credibility: 2, statementId: null,
}
const envoyClaim: Claim = {
  ...base, id: 'claim-envoy', kind: 'claim', note: 'He said "all components"\nincluding the Kurds', tagIds: [], anchorStatus: 'needs-review',
  target: { ...base.target, quote: { ...base.target.quote, exact: '=HYPERLINK("http://evil.example","click")' } },
  sourceId: 'src-demistura', partyIds: ['party-un'], issueId: 'issue-kurds', stance: 'conditional', reporting: 'paraphrase', statementDate: null, credibility: 3, statementId: null,
}
const highlight: Annotation = { ...base, id: 'highlight-1', kind: 'highlight', note: 'not a claim', tagIds: [] }

const csvOf = (annotations: Annotation[], over: Partial<{ sources: Source[] }> = {}) =>
  exportClaimsCsv({ documents, annotations, sources, parties, issues, tags, ...over })

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  while (i < text.length) {
    let cell = ''
    if (text[i] === '"') {
      i++
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field')
        if (text[i] === '"' && text[i + 1] === '"') (cell += '"'), (i += 2)
        else if (text[i] === '"') break
        else cell += text[i++]
      }
      i++
    } else {
      while (i < text.length && !/[,\r\n"]/.test(text[i]!)) cell += text[i++]
      if (text[i] === '"') throw new Error(`bare quote at ${i}`)
    }
    row.push(cell)
    if (text[i] === ',') i++
    else if (text.startsWith('\r\n', i)) (rows.push(row), (row = []), (i += 2))
    else throw new Error(`expected a separator at ${i}`)
  }
  if (row.length > 0) throw new Error('last record has no CRLF')
  return rows
}

const rowsOf = (csv: string) => {
  const [header, ...rows] = readCsv(csv)
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])))
}

describe('exportClaimsCsv', () => {
  it('starts with the header in the documented order', () => {
    expect(csvOf([]).split('\r\n')[0]).toBe(
      'claim_id,document_id,document_title,outlet,published,statement_date,source,source_reliability,parties,issue,stance,reporting,credibility,grade,quote,note,tags,anchor_status',
    )
    expect(csvOf([])).toBe(`${CLAIMS_CSV_COLUMNS.join(',')}\r\n`)
  })

  it('writes one row per claim, none for highlights or notes, every record ended by CRLF and no BOM', () => {
    const csv = csvOf([highlight, putinClaim, envoyClaim])
    expect(rowsOf(csv).map((r) => r.claim_id)).toEqual(['claim-putin', 'claim-envoy'])
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/)
    expect(csv.startsWith(CSV_BOM)).toBe(false)
    expect(CSV_BOM).toBe('\uFEFF')
    expect(readCsv(csv).every((r) => r.length === CLAIMS_CSV_COLUMNS.length)).toBe(true)
  })

  it('fills the columns from the claim, its document and the registries', () => {
    const [row] = rowsOf(csvOf([putinClaim]))
    expect(row).toEqual({
      claim_id: 'claim-putin', document_id: 'doc-sochi', document_title: 'Putin hosts Erdogan and Rouhani, proposes "Syrian congress"',
      outlet: 'Reuters', published: '2017-11-22', statement_date: '2017-11-22', source: 'Vladimir Putin', source_reliability: 'B',
      parties: 'Russia; Syrian government', issue: 'Sochi congress', stance: 'supports', reporting: 'direct-quote', credibility: '2',
      grade: 'B2', quote: 'The congress will bring Syrians of every camp to one table', note: 'Said after meeting Erdogan, Rouhani',
      tags: 'Diplomacy/Summits; Follow up', anchor_status: 'anchored',
    })
  })

  it('grades each claim with its source reliability letter and credibility digit', () => {
    expect(rowsOf(csvOf([putinClaim, envoyClaim])).map((r) => r.grade)).toEqual(['B2', 'A3'])
    expect(rowsOf(csvOf([envoyClaim], { sources: [] }))[0]).toMatchObject({ source: '', source_reliability: '', grade: '' })
  })

  it('quotes fields holding commas, quotes or line breaks and doubles the quotes', () => {
    const csv = csvOf([putinClaim, envoyClaim])
    expect(csv).toContain(',"Putin hosts Erdogan and Rouhani, proposes ""Syrian congress""",')
    expect(csv).toContain(',"Said after meeting Erdogan, Rouhani",')
    expect(csv).toContain(',"He said ""all components""\nincluding the Kurds",')
    expect(csv).toContain('\r\nclaim-putin,doc-sochi,')
    expect(rowsOf(csv)[1]!.note).toBe('He said "all components"\nincluding the Kurds')
  })

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const row = rowsOf(csvOf([envoyClaim]))[0]!
    expect(row.quote).toBe(`'=HYPERLINK("http://evil.example","click")`)
    expect(csvOf([envoyClaim])).toContain(`,"'=HYPERLINK(""http://evil.example"",""click"")",`)
    for (const danger of ['=1+1', '+31 20 555', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd']) {
      expect(guardFormula(danger)).toBe(`'${danger}`)
      const claim = { ...putinClaim, note: danger }
      expect(rowsOf(csvOf([claim]))[0]!.note).toBe(`'${danger}`)
    }
    for (const safe of ['a=b', 'Putin: "no"', "'quoted", '']) expect(guardFormula(safe)).toBe(safe)
  })
})
