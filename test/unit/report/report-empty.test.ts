import { describe, expect, it } from 'vitest'
import { buildReportModel } from '../../../shared/report/report-model'
import { renderReportHtml } from '../../../shared/report/report-html'
import { renderReportMarkdown } from '../../../shared/report/report-markdown'
import { reportInput, reportOptions } from './report-fixture'

/** Headings of the evidence sections, which have nothing to show without annotations. */
const EMPTY_SECTION_HEADINGS = ['Contents', 'Positions', 'Findings', 'Annotated passages', 'Sources', 'Grading']

const evidenceOf = (model: ReturnType<typeof buildReportModel>) => model.sections.find((s) => s.kind === 'cover')?.scope.find((row) => row.label === 'Evidence')?.value

describe('a report with no annotations in scope', () => {
  it('says what the library holds and how to start annotating, in the preview HTML and in Markdown, instead of empty sections', () => {
    // Every section is enabled by default: none of the evidence sections may appear empty.
    const model = buildReportModel(reportInput({ annotations: [] }), reportOptions())
    expect(model.sections.map((s) => s.kind)).toEqual(['cover', 'nothing-yet'])
    expect(evidenceOf(model)).toBe('No annotations yet')

    const html = renderReportHtml(model)
    expect(html).toContain('<h2>Nothing to report yet</h2>')
    expect(html).toContain('The library holds 3 documents and no annotations yet, so there is nothing to report.')
    expect(html).toContain('Select a passage in the reader. The toolbar that appears offers Highlight (H), Note (N) and Claim (C)')
    const markdown = renderReportMarkdown(model)
    expect(markdown).toContain('## Nothing to report yet')
    expect(markdown).toMatch(/^1\. Open a document from the Library\.$/m)
    expect(markdown).toMatch(/^2\. Select a passage in the reader\. The toolbar that appears offers Highlight \(H\), Note \(N\) and Claim \(C\)/m)

    for (const text of [html, markdown]) {
      expect(text).not.toMatch(/\b0 (documents|claims|annotations|other annotations)\b/)
      for (const heading of EMPTY_SECTION_HEADINGS) expect(text).not.toMatch(new RegExp(`<h2[^>]*>${heading}|^## ${heading}`, 'm'))
    }
  })

  it('keeps the analyst’s executive summary, which does not depend on annotations', () => {
    const model = buildReportModel(reportInput({ annotations: [] }), reportOptions({ summary: 'Talks stalled before they began.' }))
    expect(model.sections.map((s) => s.kind)).toEqual(['cover', 'summary', 'nothing-yet'])
  })

  it('asks for articles first when the library holds no document', () => {
    const model = buildReportModel(reportInput({ documents: [], texts: {}, annotations: [] }), reportOptions())
    const section = model.sections.find((s) => s.kind === 'nothing-yet')
    expect(section).toMatchObject({ holds: 'The library holds no documents and no annotations yet, so there is nothing to report.' })
    expect(section?.kind === 'nothing-yet' && section.steps[0]).toMatch(/^Import articles: Import → Files… or Folder…/)
  })

  it('says so when the library has annotations but none in the scope', () => {
    const model = buildReportModel(reportInput(), reportOptions({ scope: { from: '2030-01-01' } }))
    expect(model.sections.map((s) => s.kind)).toEqual(['cover', 'nothing-yet'])
    const section = model.sections.find((s) => s.kind === 'nothing-yet')
    expect(section).toMatchObject({ holds: expect.stringMatching(/^The library holds 3 documents and 10 annotations, but none falls within this report's scope/) })
    expect(evidenceOf(model)).toBe('No annotations in this scope')
  })

  it('is an ordinary report again once one annotation is in scope', () => {
    const [first] = reportInput().annotations
    const model = buildReportModel(reportInput({ annotations: [first!] }), reportOptions())
    expect(model.sections.map((s) => s.kind)).not.toContain('nothing-yet')
    expect(evidenceOf(model)).toMatch(/ in 1 document$/)
  })
})
