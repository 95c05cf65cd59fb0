import { describe, expect, it } from 'vitest'
import { buildReportModel } from '../../../shared/report/report-model'
import { renderReportHtml } from '../../../shared/report/report-html'
import { renderReportMarkdown } from '../../../shared/report/report-markdown'
import { reportInput, reportOptions } from './report-fixture'

describe('a report with no annotations in scope', () => {
  it('says what the library holds and how to start annotating, instead of empty sections', () => {
    const model = buildReportModel(reportInput({ annotations: [] }), reportOptions())
    expect(model.sections.map((s) => s.kind)).toEqual(['cover', 'nothing-yet'])
    const html = renderReportHtml(model)
    expect(html).toContain('Nothing to report yet')
    expect(html).toContain('The library holds 3 documents and no annotations yet, so there is nothing to report.')
    expect(html).toContain('press H to highlight it, N to add a note, or C to record a claim')
    expect(html).not.toContain('0 documents ·')
    const markdown = renderReportMarkdown(model)
    expect(markdown).toContain('## Nothing to report yet')
    expect(markdown).toMatch(/^1\. Open a document from the Library\.$/m)
  })

  it('says so when the library has annotations but none in the scope', () => {
    const model = buildReportModel(reportInput(), reportOptions({ scope: { from: '2030-01-01' } }))
    const section = model.sections.find((s) => s.kind === 'nothing-yet')
    expect(section).toMatchObject({ holds: expect.stringMatching(/^The library holds 3 documents and 10 annotations, but none falls within this report's scope/) })
  })
})
