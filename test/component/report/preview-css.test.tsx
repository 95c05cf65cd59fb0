import { describe, expect, it } from 'vitest'
import { paperCss, previewMarkup } from '../../../renderer/src/features/report/preview-css'
import { PREVIEW_ROOTS, reportCss } from '../../../shared/report/report-css'

describe('the report stylesheet in the preview', () => {
  it('targets the shadow host and the sheet, leaving no bare body, html or :root selector', () => {
    const adapted = reportCss('A4', PREVIEW_ROOTS)
    expect(adapted).not.toMatch(/(^|[\s,{}>])(body|html|:root)[\s,{.:>]/m)
    expect(adapted).toContain('.report-sheet { margin: 0;')
    expect(adapted).toContain(':host { color-scheme: light;')
    expect(adapted).toContain('@media screen { .report-sheet { max-width: 180mm;')
    expect(adapted).toContain('.report-sheet > .major:first-child { break-before: auto;')
  })

  it('leaves selectors that only contain the words alone, and the file stylesheet as it was', () => {
    const file = reportCss('A4')
    expect(file).toContain('body { margin: 0;')
    expect(reportCss('A4', PREVIEW_ROOTS)).toContain('thead { display: table-header-group; }')
    expect(file.replaceAll(':root', ':host').replaceAll('body', '.report-sheet')).toBe(reportCss('A4', PREVIEW_ROOTS))
  })
})

describe('paperCss and previewMarkup', () => {
  it('draws Letter and A4 paper at their sizes', () => {
    expect(paperCss('Letter')).toMatch(/width: 215\.9mm;.*min-height: 279\.4mm/s)
    expect(paperCss('A4')).toMatch(/width: 210mm;.*min-height: 297mm/s)
  })

  it('puts the report CSS before the paper CSS, then the body in the sheet', () => {
    const markup = previewMarkup({ css: '.report-sheet { color: red; }', body: '<p>Text</p>' }, 'A4')
    expect(markup.indexOf('.report-sheet { color: red; }')).toBeLessThan(markup.indexOf('background: #fff'))
    expect(markup.endsWith('<div class="report-sheet"><p>Text</p></div>')).toBe(true)
  })
})
