import { PAGE_MARGINS_MM, PAGE_SIZES_MM } from '../../../../shared/report/page-geometry'
import type { PageSize } from '../../../../shared/report/report-options'
import { REPORT_SHEET_CLASS } from '../../../../shared/report/report-css'

/** The element in the shadow root that stands for the report's <body>; the CSS main sends targets it. */
export const SHEET_CLASS = REPORT_SHEET_CLASS

/** Pixels per millimetre at CSS's 96 dpi. */
export const PX_PER_MM = 96 / 25.4

export const pageWidthPx = (pageSize: PageSize): number => PAGE_SIZES_MM[pageSize].width * PX_PER_MM

/**
 * Draws the sheet as paper of the chosen size with the print margins: white and dark even in the
 * dark theme, since that is how it prints. Comes after the report's CSS, so it wins over its
 * on-screen rule for the sheet. Dashed rules mark where printing starts a new page.
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

/** Everything the shadow root holds: the report CSS (written for the sheet), the paper, and the report body. */
export function previewMarkup(preview: { css: string; body: string }, pageSize: PageSize): string {
  return `<style>${preview.css}</style><style>${paperCss(pageSize)}</style><div class="${SHEET_CLASS}">${preview.body}</div>`
}
