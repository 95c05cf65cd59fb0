import { escapeHtml } from './escape-html'
import { PAGE_MARGINS_MM } from './page-geometry'
import type { ReportModel } from './report-types'

/**
 * Running header and footer for Chromium's PDF printing (Electron's webContents.printToPDF and
 * Playwright's page.pdf, with displayHeaderFooter). Chromium renders them apart from the page,
 * ignoring its stylesheet, so they carry inline styles and an explicit small font size; it fills
 * the spans classed pageNumber and totalPages. Pass pdfMargins / pdfMarginsInches with them.
 */

const BAR = [
  'box-sizing:border-box',
  'width:100%',
  `padding:0 ${PAGE_MARGINS_MM.right}mm 0 ${PAGE_MARGINS_MM.left}mm`,
  'font-family:Georgia,\'DejaVu Serif\',serif',
  'font-size:8px',
  'color:#555',
  'display:flex',
  'justify-content:space-between',
  'gap:12px',
  '-webkit-print-color-adjust:exact',
].join(';')

const CELL = 'overflow:hidden;white-space:nowrap;text-overflow:ellipsis'
const MARKING = `${CELL};font-family:Arial,'DejaVu Sans',sans-serif;font-weight:bold;color:#8a1c1c;text-transform:uppercase`

/** Report title left, protective marking right. */
export function pdfHeaderTemplate(model: ReportModel): string {
  const { title, classification } = model.meta
  return `<div style="${BAR}"><span style="${CELL}">${escapeHtml(title)}</span><span style="${MARKING}">${escapeHtml(classification)}</span></div>`
}

/** Protective marking left (again, as markings go top and bottom), "Page N of M" right. */
export function pdfFooterTemplate(model: ReportModel): string {
  return `<div style="${BAR}"><span style="${MARKING}">${escapeHtml(model.meta.classification)}</span><span style="white-space:nowrap">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
}
