import type { ReportExportStage, ReportFormat } from '../../../../shared/ipc/report-contract'
import { pdfFooterTemplate, pdfHeaderTemplate } from '../../../../shared/report/pdf-templates'
import { renderReportHtml } from '../../../../shared/report/report-html'
import { renderReportMarkdown } from '../../../../shared/report/report-markdown'
import type { ReportOptions } from '../../../../shared/report/report-options'
import { writeFileDurable } from '../store/durable-write'
import type { LibraryStore } from '../store/library-store'
import { assembleReport } from './report-assembly'
import type { PdfPrinter } from './pdf-printer'

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
      progress('printing', 0.5, 'Printing the PDF…')
      content = await printer.print({ html, pageSize: model.meta.pageSize, headerTemplate: pdfHeaderTemplate(model), footerTemplate: pdfFooterTemplate(model) }, signal)
    }
  }
  signal?.throwIfAborted()
  progress('writing', 0.95, `Writing ${path}…`)
  await writeFileDurable(path, content)
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength
  progress('done', 1, `Saved ${path}`)
  return { bytes }
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
