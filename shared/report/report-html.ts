import { text } from './html-text'
import { coverHtml, legendHtml, sourcesHtml, summaryHtml, tocHtml } from './html-front'
import { documentsHtml } from './html-documents'
import { findingsHtml, matrixHtml } from './html-positions'
import { PREVIEW_ROOTS, reportCss } from './report-css'
import type { ReportModel, ReportSection } from './report-types'

export { pdfFooterTemplate, pdfHeaderTemplate } from './pdf-templates'
export { pdfMargins, pdfMarginsInches } from './page-geometry'

/**
 * No script, no network: the report only ever holds text and inline styles. The policy holds
 * even if some text escaped escaping, and printing needs nothing else.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

function sectionHtml(section: ReportSection, model: ReportModel): string {
  switch (section.kind) {
    case 'nothing-yet':
      return `<section class="major" id="${section.id}"><h2>${text(section.title)}</h2>\n<p>${text(section.holds)}</p>\n<ol>${section.steps.map((s) => `<li>${text(s)}</li>`).join('')}</ol></section>`
    case 'cover':
      return coverHtml(section, model.meta)
    case 'toc':
      return tocHtml(section)
    case 'summary':
      return summaryHtml(section)
    case 'matrix':
      return matrixHtml(section)
    case 'findings':
      return findingsHtml(section)
    case 'documents':
      return documentsHtml(section)
    case 'sources':
      return sourcesHtml(section)
    case 'legend':
      return legendHtml(section)
  }
}

const bodyHtml = (model: ReportModel): string => model.sections.map((section) => sectionHtml(section, model)).join('\n')

/**
 * The stylesheet and the body apart, for the in-app preview: a shadow root, where the CSS's
 * document and body are the shadow host and the element classed REPORT_SHEET_CLASS.
 */
export function reportPreviewParts(model: ReportModel): { css: string; body: string } {
  return { css: reportCss(model.meta.pageSize, PREVIEW_ROOTS), body: bodyHtml(model) }
}

/**
 * The report as one standalone HTML5 document for Chromium to print: embedded CSS, @page size and
 * margins from the model, every piece of user text escaped, colours validated.
 */
export function renderReportHtml(model: ReportModel): string {
  const css = reportCss(model.meta.pageSize)
  const body = bodyHtml(model)
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Parley">
<title>${text(model.meta.title)}</title>
<style>
${css}
</style>
</head>
<body>
${body}
</body>
</html>
`
}
