import { PAGE_MARGINS_MM, PAGE_SIZES_MM } from '../../../../shared/report/page-geometry'
import type { PageSize } from '../../../../shared/report/report-options'

/** The element in the shadow root that stands for the report's <body>. */
export const SHEET_CLASS = 'report-sheet'

/**
 * The report's stylesheet is written for a whole document (html, :root, body). In a shadow root
 * those selectors match nothing, so they are pointed at the host and at the sheet instead.
 */
export function shadowReportCss(css: string): string {
  const before = String.raw`(^|[\s,{}>+~(])`
  const after = String.raw`(?=[\s,{.:>[]|$)`
  return css
    .replace(new RegExp(`${before}(?:html|:root)${after}`, 'gm'), '$1:host')
    .replace(new RegExp(`${before}body${after}`, 'gm'), `$1.${SHEET_CLASS}`)
}

/** Pixels per millimetre at CSS's 96 dpi. */
export const PX_PER_MM = 96 / 25.4

export const pageWidthPx = (pageSize: PageSize): number => PAGE_SIZES_MM[pageSize].width * PX_PER_MM

/**
 * Draws the sheet as paper of the chosen size with the print margins: white and dark even in the
 * dark theme, since that is how it prints. Comes after the report's CSS, so it wins over its
 * on-screen body rule. Dashed rules mark where printing starts a new page.
 */
export function paperCss(pageSize: PageSize): string {
  const page = PAGE_SIZES_MM[pageSize]
  const m = PAGE_MARGINS_MM
  return `
:host { display: block; color-scheme: light; }
.${SHEET_CLASS} {
  box-sizing: border-box; width: ${page.width}mm; max-width: none; min-height: ${page.height}mm;
  margin: 0 auto; padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  background: #fff; color: #1b1b1b;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.2), 0 8px 28px rgba(0, 0, 0, 0.14);
}
.${SHEET_CLASS} > .major:not(:first-child) { margin-top: ${m.bottom}mm; padding-top: ${m.top}mm; border-top: 1px dashed #b8bec6; }
`.trim()
}

/** Everything the shadow root holds: the adapted report CSS, the paper, and the report body. */
export function previewMarkup(preview: { css: string; body: string }, pageSize: PageSize): string {
  return `<style>${shadowReportCss(preview.css)}</style><style>${paperCss(pageSize)}</style><div class="${SHEET_CLASS}">${preview.body}</div>`
}
