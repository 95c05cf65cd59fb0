import { contentHeightMm, PAGE_MARGINS_MM } from './page-geometry'
import type { PageSize } from './report-options'

/** Where the report lives: a document of its own, or a sheet inside the app's preview. */
export interface ReportRoots {
  /** Stands for the document root (html, :root). */
  root: string
  /** Stands for <body>, the report's container. */
  body: string
}

export const DOCUMENT_ROOTS: ReportRoots = { root: ':root', body: 'body' }

/** The element in the preview's shadow root that holds the report, as <body> does in a file. */
export const REPORT_SHEET_CLASS = 'report-sheet'
export const PREVIEW_ROOTS: ReportRoots = { root: ':host', body: `.${REPORT_SHEET_CLASS}` }

/**
 * The report's print stylesheet: paper first (light colours, serif body, page breaks before
 * major sections, rows and claims kept whole), still readable on screen. No user text goes in.
 * `roots` says what stands for the document and its body, so the preview reuses it as it is.
 */
export function reportCss(pageSize: PageSize, roots: ReportRoots = DOCUMENT_ROOTS): string {
  const { root, body } = roots
  const m = PAGE_MARGINS_MM
  // A little short of the printable height, so rounding never spills the cover onto a second page.
  const coverHeight = Math.floor(contentHeightMm(pageSize) - 6)
  return `
@page { size: ${pageSize}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
${root} { color-scheme: light; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
${body} { margin: 0; background: #fff; color: #1b1b1b; font-family: Georgia, "Times New Roman", "DejaVu Serif", "Liberation Serif", serif; font-size: 11pt; line-height: 1.45; }
@media screen { ${body} { max-width: 180mm; margin: 12mm auto; padding: 0 8mm; } }
h1, h2, h3, h4 { font-family: "Helvetica Neue", Arial, "DejaVu Sans", "Liberation Sans", sans-serif; color: #14213d; line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h2 { font-size: 17pt; margin: 0 0 10pt; padding-bottom: 3pt; border-bottom: 1.5pt solid #14213d; }
h3 { font-size: 13pt; margin: 16pt 0 6pt; }
h4 { font-size: 11pt; margin: 12pt 0 4pt; }
p { margin: 0 0 7pt; orphans: 3; widows: 3; }
a { color: #1d4e89; text-decoration: none; }
.major { break-before: page; page-break-before: always; }
${body} > .major:first-child { break-before: auto; page-break-before: auto; }
.cover { height: ${coverHeight}mm; display: flex; flex-direction: column; justify-content: center; align-items: center; text-align: center; break-after: page; page-break-after: always; }
.cover h1 { font-size: 26pt; margin: 0 0 14pt; }
.cover .byline { font-size: 14pt; margin: 0 0 4pt; }
.cover .scope { margin: 20pt auto 0; text-align: left; font-size: 12pt; border-collapse: collapse; width: auto; }
.cover .scope th, .cover .scope td { border: none; background: none; padding: 1pt 8pt 1pt 0; }
.cover .scope th { text-align: right; color: #4a4f57; font-weight: normal; }
.cover .generated { margin-top: 20pt; font-size: 10.5pt; color: #555; }
.classification { display: inline-block; margin: 0 0 18pt; padding: 3pt 10pt; border: 1.5pt solid #8a1c1c; color: #8a1c1c; font-family: Arial, "DejaVu Sans", sans-serif; font-weight: bold; letter-spacing: 0.06em; text-transform: uppercase; font-size: 10pt; }
nav.toc ol { list-style: none; padding-left: 0; margin: 0; }
nav.toc ol ol { padding-left: 14pt; font-size: 10pt; }
nav.toc li { margin: 3pt 0; }
nav.toc .toc-line { display: flex; align-items: baseline; gap: 4pt; }
nav.toc .toc-leader { flex: 1; border-bottom: 0.75pt dotted #8a9099; min-width: 12pt; }
nav.toc .toc-page { min-width: 3ch; text-align: right; font-variant-numeric: tabular-nums; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 12pt; }
thead { display: table-header-group; }
tr, th, td { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.75pt solid #b8bec6; padding: 4pt 5pt; vertical-align: top; text-align: left; }
thead th { background: #eef1f5; }
table.matrix { table-layout: fixed; font-size: 9pt; }
table.matrix th[scope="row"] { background: #f6f7f9; width: 22%; }
table.matrix td.empty { background: #fff; }
.swatch { display: inline-block; width: 7pt; height: 7pt; margin-right: 3pt; border: 0.5pt solid #666; vertical-align: baseline; }
.stance { font-weight: bold; white-space: nowrap; }
.cell-meta, .meta { display: block; color: #555; font-size: 8pt; }
.marker { display: inline-block; font-size: 8pt; font-weight: normal; border: 0.5pt solid #777; border-radius: 2pt; padding: 0 2pt; margin-left: 2pt; }
.issue { break-before: auto; }
.issue-description { color: #444; font-style: italic; }
.claim { break-inside: avoid; page-break-inside: avoid; margin: 0 0 10pt; padding: 2pt 0 2pt 8pt; border-left: 2.5pt solid #c7ccd3; }
.claim blockquote { margin: 0 0 3pt; font-style: italic; }
.claim .meta { font-size: 8.5pt; }
.grade { font-family: "DejaVu Sans Mono", Consolas, monospace; font-weight: bold; border: 0.5pt solid #777; padding: 0 2pt; }
.note { margin: 3pt 0 0; padding: 3pt 6pt; background: #f7f5ee; border-radius: 2pt; font-size: 9.5pt; }
.note p:last-child { margin-bottom: 0; }
.document { margin-bottom: 14pt; }
.document + .document { border-top: 0.75pt solid #d0d4da; padding-top: 8pt; }
.passage { margin: 0 0 6pt; }
.passage .cite { display: inline-block; min-width: 24pt; margin-right: 4pt; color: #777; font-size: 8pt; font-family: Arial, "DejaVu Sans", sans-serif; }
.passage.heading { font-weight: bold; }
.passage.quote { margin-left: 14pt; font-style: italic; }
.passage .speaker { font-weight: bold; font-variant: small-caps; font-family: Arial, "DejaVu Sans", sans-serif; font-size: 9pt; }
.gap { margin: 0 0 6pt; color: #888; text-align: center; }
mark { color: inherit; padding: 0 0.5pt; border-radius: 1.5pt; }
sup.fn { font-size: 7pt; line-height: 0; }
sup.fn a { font-family: Arial, "DejaVu Sans", sans-serif; font-weight: bold; }
.unanchored { font-size: 9.5pt; }
.unanchored li { margin-bottom: 3pt; }
ol.footnotes { margin: 8pt 0 0; padding: 6pt 0 0 18pt; border-top: 0.75pt solid #c7ccd3; font-size: 9pt; }
ol.footnotes li { margin-bottom: 4pt; break-inside: avoid; }
.unavailable { color: #8a1c1c; font-style: italic; }
.legend table { font-size: 9.5pt; }
.legend td:first-child, .legend th:first-child { width: 18%; white-space: nowrap; }
`.trim()
}
