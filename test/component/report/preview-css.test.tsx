import { describe, expect, it } from 'vitest'
import { paperCss, previewMarkup, shadowReportCss } from '../../../renderer/src/features/report/preview-css'
import { reportCss } from '../../../shared/report/report-css'

describe('shadowReportCss', () => {
  it('points the document-wide selectors at the shadow host and the sheet', () => {
    const css = ':root { color-scheme: light; }\nhtml { print-color-adjust: exact; }\nbody { margin: 0; }\n@media screen { body { max-width: 180mm; } }\nbody > .major:first-child { break-before: auto; }'
    expect(shadowReportCss(css)).toBe(
      ':host { color-scheme: light; }\n:host { print-color-adjust: exact; }\n.report-sheet { margin: 0; }\n@media screen { .report-sheet { max-width: 180mm; } }\n.report-sheet > .major:first-child { break-before: auto; }',
    )
  })

  it('leaves selectors that only contain the words alone', () => {
    const css = 'tbody td { padding: 0; }\n.body-note, .cover .byline { color: #555; }\nthead { display: table-header-group; }'
    expect(shadowReportCss(css)).toBe(css)
  })

  it('leaves no bare body or html selector in the real report stylesheet', () => {
    const adapted = shadowReportCss(reportCss('A4'))
    expect(adapted).not.toMatch(/(^|[\s,{}>])(body|html|:root)[\s,{.:>]/m)
    expect(adapted).toContain('.report-sheet { margin: 0;')
  })
})

describe('paperCss and previewMarkup', () => {
  it('draws Letter and A4 paper at their sizes', () => {
    expect(paperCss('Letter')).toMatch(/width: 215\.9mm;.*min-height: 279\.4mm/s)
    expect(paperCss('A4')).toMatch(/width: 210mm;.*min-height: 297mm/s)
  })

  it('puts the report CSS before the paper CSS, then the body in the sheet', () => {
    const markup = previewMarkup({ css: 'body { color: red; }', body: '<p>Text</p>' }, 'A4')
    expect(markup.indexOf('.report-sheet { color: red; }')).toBeLessThan(markup.indexOf('background: #fff'))
    expect(markup.endsWith('<div class="report-sheet"><p>Text</p></div>')).toBe(true)
  })
})
