import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { pdfFooterTemplate, pdfHeaderTemplate, pdfMargins, pdfMarginsInches, renderReportHtml } from '../../../shared/report/report-html'
import { buildReportModel } from '../../../shared/report/report-model'
import { reportInput, reportOptions } from './report-fixture'

type Options = Parameters<typeof reportOptions>[0]
const modelOf = (options: Options = {}) => buildReportModel(reportInput(), reportOptions({ classification: 'RESTRICTED — for internal use', summary: 'Russia pushes.\n\n- HNC wary', ...options }))
const htmlOf = (options: Options = {}) => renderReportHtml(modelOf(options))
const domOf = (html: string) => parseHTML(html).document

describe('renderReportHtml', () => {
  const html = htmlOf()
  const document = domOf(html)

  it('is one standalone HTML5 document with a strict policy and no script', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<link\b/i)
    expect(html).not.toMatch(/https?:\/\//)
    expect(document.querySelector('title')?.textContent).toBe('Sochi congress: positions')
    expect(document.querySelectorAll('style')).toHaveLength(1)
  })

  it('sets the page size and margins for print, and keeps rows and claims whole', () => {
    expect(html).toContain('@page { size: A4; margin: 20mm 18mm 20mm 18mm; }')
    expect(htmlOf({ pageSize: 'Letter' })).toContain('@page { size: Letter;')
    expect(htmlOf({ pageSize: 'Letter' })).not.toContain('size: A4')
    expect(html).toMatch(/tr, th, td \{ break-inside: avoid;/)
    expect(html).toMatch(/\.major \{ break-before: page;/)
    expect(html).toMatch(/body \{[^}]*font-family: Georgia[^}]*serif;[^}]*font-size: 11pt/)
    expect(pdfMargins.top).toBe('20mm')
    expect(pdfMarginsInches.left).toBeCloseTo(18 / 25.4)
  })

  it('centres a cover with title, marking and scope', () => {
    const cover = document.querySelector('section.cover')!
    expect(cover.querySelector('h1')?.textContent).toBe('Sochi congress: positions')
    expect(cover.querySelector('.classification')?.textContent).toBe('RESTRICTED — for internal use')
    expect(cover.textContent).toContain('7 claims and 3 other annotations in 3 documents')
  })

  it('links every contents entry to an element in the document', () => {
    const links = [...document.querySelectorAll('nav.toc a')].map((a) => a.getAttribute('href'))
    expect(links).toEqual(['#summary', '#positions', '#findings', '#issue-1', '#issue-2', '#documents', '#document-1', '#document-2', '#document-3', '#sources', '#legend'])
    for (const href of [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!)) {
      expect(document.getElementById(href.slice(1)), href).not.toBeNull()
    }
  })

  it('renders the matrix as a table with column and row headers, symbols and words', () => {
    const table = document.querySelector('table.matrix')!
    const columns = [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent)
    expect(columns).toEqual(['Issue', 'Government of Syria', 'High Negotiations Committee', 'Russia'])
    const rows = [...table.querySelectorAll('tbody tr')]
    expect(rows.map((r) => r.querySelector('th[scope="row"]')?.textContent)).toEqual(['Sochi congress', 'Constitutional committee'])
    const hnc = rows[0]!.querySelectorAll('td')[1]!
    expect(hnc.textContent).toContain('◐ Conditional')
    expect(hnc.textContent).toContain('↺ shifted')
    expect(hnc.textContent).toContain('3 claims · 2 reports')
    expect(hnc.textContent).toContain('2017-11-22 – 2017-12-22')
    // The government said nothing on the committee: an empty cell, not "Neutral".
    const empty = rows[1]!.querySelectorAll('td')[0]!
    expect(empty.className).toBe('empty')
    expect(empty.textContent).toBe('')
    expect(table.querySelectorAll('td.empty')).toHaveLength(1)
  })

  it('shows findings with quotes, sources, citations, grades and notes', () => {
    const findings = document.getElementById('findings')!
    expect([...findings.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Sochi congress', 'Constitutional committee'])
    expect([...findings.querySelectorAll('h4')].map((h) => h.textContent)).toContain('High Negotiations Committee — ◐ Conditional ↺ shifted')
    const putin = [...findings.querySelectorAll('.claim')].find((c) => c.textContent!.includes('Vladimir Putin'))!
    expect(putin.querySelector('blockquote')?.textContent).toBe('“We will do everything to make the congress a success”')
    expect(putin.textContent).toContain('Reuters, Putin hosts Erdogan and Rouhani, proposes Syrian congress, 2017-11-22, ¶ 2')
    expect(putin.querySelector('.grade')?.textContent).toBe('B2')
    // The note keeps its line break and its emphasis; nothing else in it becomes markup.
    expect(putin.querySelector('.note')?.innerHTML).toBe('<p><strong>Key</strong> line.<br>Said after the talks.</p>')
  })

  it('marks highlights with light colours, footnote markers after them, footnotes per document', () => {
    const marks = [...document.querySelectorAll('mark')]
    expect(marks.length).toBeGreaterThan(5)
    for (const mark of marks) expect(mark.getAttribute('style')).toMatch(/^background-color:#[0-9a-f]{6};border-bottom:1\.5pt solid #[0-9a-f]{6}$/)
    const overlap = marks.find((m) => m.textContent === 'make the congress a success')!
    expect(overlap.getAttribute('style')).toContain('solid #f59f00')
    expect(overlap.nextElementSibling?.outerHTML).toBe('<sup class="fn" id="fnref-2"><a href="#fn-2">2</a></sup>')
    const lists = [...document.querySelectorAll('ol.footnotes')]
    expect(lists.map((ol) => ol.getAttribute('start'))).toEqual(['1', '6', '8'])
    expect([...document.querySelectorAll('ol.footnotes li')].map((li) => li.id)).toEqual(Array.from({ length: 10 }, (_, i) => `fn-${i + 1}`))
    expect(document.getElementById('fn-1')?.textContent).toContain('First mention of the congress.')
    expect(document.getElementById('fn-1')?.querySelector('em')?.textContent).toBe('congress')
    expect(document.getElementById('document-2')?.querySelector('.unanchored')?.textContent).toContain('“a sentence the outlet later removed”')
  })

  it('leaves out disabled sections', () => {
    const trimmed = domOf(htmlOf({ sections: { cover: false, toc: false, matrix: false, legend: false } }))
    expect(trimmed.querySelector('.cover')).toBeNull()
    expect(trimmed.querySelector('nav.toc')).toBeNull()
    expect(trimmed.querySelector('table.matrix')).toBeNull()
    expect(trimmed.getElementById('legend')).toBeNull()
    expect(trimmed.getElementById('findings')).not.toBeNull()
  })

  it('gives Chromium a running header and a page-numbered footer', () => {
    const model = modelOf()
    const header = pdfHeaderTemplate(model)
    const footer = pdfFooterTemplate(model)
    expect(header).toContain('Sochi congress: positions')
    expect(header).toContain('RESTRICTED — for internal use')
    expect(header).toContain('font-size:8px')
    expect(footer).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>')
    expect(footer).toContain('RESTRICTED — for internal use')
  })
})

describe('inline emphasis in notes', () => {
  it('turns the markers analysts type into emphasis, on escaped text only', async () => {
    const { inlineEmphasis } = await import('../../../shared/report/html-text')
    expect(inlineEmphasis('a **bold** claim, an *aside*, a _term_ and `code`')).toBe('a <strong>bold</strong> claim, an <em>aside</em>, a <em>term</em> and <code>code</code>')
    expect(inlineEmphasis('2 * 3 * 4 and snake_case_name')).toBe('2 * 3 * 4 and snake_case_name')
    expect(inlineEmphasis('**&lt;script&gt;**')).toBe('<strong>&lt;script&gt;</strong>')
  })
})

describe('corroboration in the printed findings', () => {
  it('prints the reach of a linked statement in HTML and Markdown', async () => {
    const { renderReportMarkdown } = await import('../../../shared/report/report-markdown')
    const input = reportInput()
    const annotations = input.annotations.map((a) => (a.kind === 'claim' && ['c-hnc-wary', 'c-hnc-attend'].includes(a.id) ? { ...a, statementId: 'statement-1' } : a))
    const model = buildReportModel({ ...input, annotations }, reportOptions())
    expect(renderReportHtml(model)).toContain('Same statement carried by 2 independent outlets (2 linked claims)')
    expect(renderReportMarkdown(model)).toContain('Same statement carried by 2 independent outlets (2 linked claims)')
    expect(renderReportHtml(buildReportModel(input, reportOptions()))).not.toContain('Same statement carried by')
  })
})
