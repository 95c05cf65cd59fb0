import type { PageSize } from './report-options'

/**
 * Paper and margins, shared by the print CSS (@page) and the PDF options a caller passes to
 * Chromium, so the running header and footer fit the margins the page actually has.
 */

/** Page width and height in millimetres. */
export const PAGE_SIZES_MM: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
}

/** Top and bottom leave room for the running header and footer templates. */
export const PAGE_MARGINS_MM = { top: 20, right: 18, bottom: 20, left: 18 } as const

const MM_PER_INCH = 25.4

/** Margins for Electron's webContents.printToPDF (inches). */
export const pdfMarginsInches = {
  top: PAGE_MARGINS_MM.top / MM_PER_INCH,
  right: PAGE_MARGINS_MM.right / MM_PER_INCH,
  bottom: PAGE_MARGINS_MM.bottom / MM_PER_INCH,
  left: PAGE_MARGINS_MM.left / MM_PER_INCH,
} as const

/** Margins for Playwright's page.pdf (CSS lengths). */
export const pdfMargins = {
  top: `${PAGE_MARGINS_MM.top}mm`,
  right: `${PAGE_MARGINS_MM.right}mm`,
  bottom: `${PAGE_MARGINS_MM.bottom}mm`,
  left: `${PAGE_MARGINS_MM.left}mm`,
} as const

/** Height of the printable area, for a cover that fills exactly one page. */
export function contentHeightMm(pageSize: PageSize): number {
  return PAGE_SIZES_MM[pageSize].height - PAGE_MARGINS_MM.top - PAGE_MARGINS_MM.bottom
}
