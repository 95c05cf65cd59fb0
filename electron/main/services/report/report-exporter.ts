import type { ReportExportStage, ReportFormat } from '../../../../shared/ipc/report-contract'
import { pdfFooterTemplate, pdfHeaderTemplate } from '../../../../shared/report/pdf-templates'
import { renderReportHtml } from '../../../../shared/report/report-html'
import { renderReportMarkdown } from '../../../../shared/report/report-markdown'
import type { ReportOptions } from '../../../../shared/report/report-options'
import { writeFileDurable } from '../store/durable-write'
import type { LibraryStore } from '../store/library-store'
import { assembleReport } from './report-assembly'
import type { PdfPrinter } from './pdf-printer'
import { destinationPages } from './pdf-destinations'
import type { ReportModel } from '../../../../shared/report/report-types'

export type ExportProgress = (stage: ReportExportStage, fraction: number, message: string) => void

export interface ExportReportRequest {
  options: ReportOptions
  format: ReportFormat
  /** Written only once the whole report exists (temp file, then rename): never half a file. */
  path: string
  signal?: AbortSignal
  onProgress?: ExportProgress
}

/**
 * The one way a report becomes a file, for the app and the command line alike: gather, compose
 * (shared/report), print when it is a PDF, write. Progress goes from 0 to 1 across the stages;
 * Chromium gives no progress while printing, so that stage holds one value.
 */
export async function exportReport(store: LibraryStore, printer: PdfPrinter | null, request: ExportReportRequest): Promise<{ bytes: number }> {
  const { options, format, path, signal } = request
  const progress: ExportProgress = request.onProgress ?? (() => undefined)
  progress('collecting', 0, 'Reading the annotated documents…')
  const model = await assembleReport(store, options, signal, (done, total) => progress('collecting', 0.4 * (done / total), `Reading the annotated documents (${done} of ${total})…`))
  signal?.throwIfAborted()
  progress('composing', 0.45, 'Composing the report…')
  let content: string | Uint8Array
  if (format === 'md') content = renderReportMarkdown(model)
  else {
    const html = renderReportHtml(model)
    if (format === 'html') content = html
    else {
      if (!printer) throw new Error('No PDF printer is available.')
      content = await printNumbered(model, printer, progress, signal)
    }
  }
  signal?.throwIfAborted()
  progress('writing', 0.95, `Writing ${path}…`)
  await writeFileDurable(path, content)
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength
  progress('done', 1, `Saved ${path}`)
  return { bytes }
}

/**
 * Chromium cannot number a contents page itself (no CSS target-counter), so a report with
 * contents is printed twice: the first print, with the numbers' places reserved, says on which
 * page each section begins (its named destinations); the second fills them in, with the same layout.
 */
async function printNumbered(model: ReportModel, printer: PdfPrinter, progress: ExportProgress, signal?: AbortSignal): Promise<Uint8Array> {
  const print = (m: ReportModel) => printer.print({ html: renderReportHtml(m), pageSize: m.meta.pageSize, headerTemplate: pdfHeaderTemplate(m), footerTemplate: pdfFooterTemplate(m) }, signal)
  const withPages = (pages: Record<string, number>): ReportModel => ({ ...model, sections: model.sections.map((s) => (s.kind === 'toc' ? { ...s, pages } : s)) })
  if (!model.sections.some((s) => s.kind === 'toc')) {
    progress('printing', 0.5, 'Printing the PDF…')
    return print(model)
  }
  progress('printing', 0.5, 'Laying out the pages…')
  const draft = await print(withPages({}))
  signal?.throwIfAborted()
  // A printer whose PDF names no destinations (or cannot be read) leaves the numbers' places empty.
  const pages = await destinationPages(draft).catch(() => new Map<string, number>())
  if (pages.size === 0) return draft
  progress('printing', 0.7, 'Numbering the contents and printing the PDF…')
  return print(withPages(Object.fromEntries(pages)))
}

/** "Sochi congress brief" on 2017-12-01 → "sochi-congress-brief-2017-12-01.pdf" */
export function suggestedReportName(options: ReportOptions, format: ReportFormat): string {
  const slug = options.title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return `${slug || 'report'}-${options.date}.${format}`
}
