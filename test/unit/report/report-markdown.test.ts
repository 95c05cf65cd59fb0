import { describe, expect, it } from 'vitest'
import { escapeMarkdownInline, escapeMarkdownLine, githubSlug, markdownCell, Slugger } from '../../../shared/report/escape-markdown'
import { buildReportModel } from '../../../shared/report/report-model'
import { renderReportMarkdown } from '../../../shared/report/report-markdown'
import { parties, reportInput, reportOptions } from './report-fixture'

type Options = Parameters<typeof reportOptions>[0]
const markdownOf = (options: Options = {}, input = reportInput()) =>
  renderReportMarkdown(buildReportModel(input, reportOptions({ classification: 'RESTRICTED', summary: 'Russia pushes.\n\n- HNC wary\n- Damascus supports', ...options })))

describe('renderReportMarkdown', () => {
  const markdown = markdownOf()
  const lines = markdown.split('\n')

  it('has a title and one heading per section, issue, party and document', () => {
    expect(lines[0]).toBe('# Sochi congress: positions')
    expect(lines).toContain('**RESTRICTED**')
    const headings = lines.filter((l) => /^#{2,3} /.test(l))
    expect(headings).toEqual([
      '## Contents',
      '## Executive summary',
      '## Positions matrix',
      '## Findings by issue',
      '### Sochi congress',
      '### Constitutional committee',
      '## Annotated passages',
      '### Putin hosts Erdogan and Rouhani, proposes Syrian congress',
      '### Putin backs Syrian congress (reprint)',
      '### Joint statement on the Syrian congress',
      '## Sources',
      '## Grading and symbols',
      '### Source reliability (Admiralty)',
      '### Information credibility (Admiralty)',
      '### Stances',
      '### Other marks',
    ])
    expect(lines).toContain('#### High Negotiations Committee — ◐ Conditional ↺ shifted')
  })

  it('links the contents to the anchors GitHub gives the headings', () => {
    expect(markdown).toContain('- [Positions matrix](#positions-matrix)')
    expect(markdown).toContain('  - [Sochi congress](#sochi-congress)')
    expect(markdown).toContain('  - [Putin backs Syrian congress (reprint)](#putin-backs-syrian-congress-reprint)')
  })

  it('writes the summary as paragraphs and a bullet list', () => {
    expect(markdown).toContain('## Executive summary\n\nRussia pushes.\n\n- HNC wary\n- Damascus supports')
  })

  it('writes the matrix as a pipe table with empty cells left empty', () => {
    expect(lines).toContain('| Issue | Government of Syria | High Negotiations Committee | Russia |')
    expect(lines).toContain('| --- | --- | --- | --- |')
    const committee = lines.find((l) => l.startsWith('| Constitutional committee |'))!
    expect(committee).toBe('| Constitutional committee |   | ◐ Conditional<br>1 claim · 1 report<br>2017-12-21 | ✔ Supports<br>1 claim · 1 report<br>2017-12-22 |')
  })

  it('escapes pipes and line breaks inside table cells', () => {
    const piped = parties.map((p) => (p.id === 'party-russia' ? { ...p, name: 'Russia | Kremlin\nMoscow' } : p))
    const header = markdownOf({}, reportInput({ parties: piped })).split('\n').find((l) => l.startsWith('| Issue |'))!
    expect(header).toBe('| Issue | Government of Syria | High Negotiations Committee | Russia \\| Kremlin<br>Moscow |')
    expect(header.split(/(?<!\\)\|/)).toHaveLength(6)
  })

  it('quotes claims as blockquotes with source, citation and grade', () => {
    expect(markdown).toContain('> “We will do everything to make the congress a success”\n\n✔ Supports · Direct quote · **Vladimir Putin** · Reuters, Putin hosts Erdogan and Rouhani, proposes Syrian congress, 2017-11-22, ¶ 2\\\nGrade **B2** (Source B, usually reliable · Information 2, probably true)')
    expect(markdown).toContain('\\*\\*Key\\*\\* line.\\\nSaid after the talks.')
  })

  it('bolds highlighted spans and adds footnote markers and definitions', () => {
    expect(markdown).toContain('¶ 4 — Syrian government officials welcomed the initiative and said **Damascus would send a delegation**[^5].')
    expect(markdown).toContain('¶ 2 — "**We will do everything to make the congress a success**[^2]**," Putin told reporters**[^3] after the talks.')
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) expect(markdown.match(new RegExp(`^\\[\\^${n}\\]: `, 'gm'))).toHaveLength(1)
    expect(markdown).toContain('[^1]: **Note** on “the three countries would back a Syrian congress”\n\n    First mention of the \\*congress\\*.\n\n    \\- check TASS\\\n    \\- check Anadolu')
    expect(markdown).toContain('- **Highlight**: “a sentence the outlet later removed”[^7]')
  })

  it('marks gaps between passages that are not adjacent', () => {
    const tagged = markdownOf({ scope: { tagIds: ['tag-summit'] } })
    expect(tagged).toContain('¶ 2 — "**We will do everything to make the congress a success**[^2]," Putin told reporters after the talks.\n\n…\n\n¶ 4 — ')
  })
})

describe('Markdown escaping', () => {
  it('escapes inline syntax and raw HTML', () => {
    expect(escapeMarkdownInline('*a* _b_ `c` [d](e) <b>&amp; | ~x~ $y$ \\')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) &lt;b&gt;&amp;amp; \\| \\~x\\~ \\$y\\$ \\\\')
    expect(escapeMarkdownInline('two\nlines')).toBe('two lines')
  })

  it('escapes what would start a block at the beginning of a line', () => {
    expect(escapeMarkdownLine('# heading')).toBe('\\# heading')
    expect(escapeMarkdownLine('- item')).toBe('\\- item')
    expect(escapeMarkdownLine('+ item')).toBe('\\+ item')
    expect(escapeMarkdownLine('===')).toBe('\\===')
    expect(escapeMarkdownLine('1986. A year')).toBe('1986\\. A year')
    expect(escapeMarkdownLine('> quote')).toBe('&gt; quote')
    expect(escapeMarkdownLine('    code')).toBe('code')
    expect(escapeMarkdownLine('a - b 1. c')).toBe('a - b 1. c')
  })

  it('keeps table cells on one row', () => {
    expect(markdownCell('a | b\nc')).toBe('a \\| b<br>c')
  })

  it('gives headings the anchors GitHub gives them', () => {
    expect(githubSlug('Putin backs Syrian congress (reprint)')).toBe('putin-backs-syrian-congress-reprint')
    expect(githubSlug('Russia — ✔ Supports')).toBe('russia---supports')
    const slugger = new Slugger()
    expect(['Russia', 'Russia', 'Russia-1', 'Russia'].map((t) => slugger.slug(t))).toEqual(['russia', 'russia-1', 'russia-1-1', 'russia-2'])
  })
})
