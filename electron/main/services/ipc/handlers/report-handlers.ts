import type { ReportFormat } from '../../../../../shared/ipc/report-contract'
import { reportPreviewParts } from '../../../../../shared/report/report-html'
import { limitForPreview } from '../../../../../shared/report/preview-limits'
import type { HandlerTable } from '../handler-table'
import type { LibraryStore } from '../../store/library-store'
import type { PdfPrinter } from '../../report/pdf-printer'
import { assembleReport } from '../../report/report-assembly'
import { exportReport, suggestedReportName } from '../../report/report-exporter'
import { ReportJobs } from '../../report/report-jobs'
import { ReportOptionsStore } from '../../report/report-options-store'

type ReportHandlers = Pick<HandlerTable, 'getReportOptions' | 'saveReportOptions' | 'previewReport' | 'startReportExport' | 'getReportExport' | 'cancelReportExport'>

export interface ReportDependencies {
  store: LibraryStore
  /** Electron's hidden-window printer in the app; a Chromium on the machine elsewhere. */
  pdfPrinter: PdfPrinter
  /** Asks where to save; null when the analyst cancels. */
  pickReportPath: (suggestedName: string, format: ReportFormat) => Promise<string | null>
}

export function reportHandlers({ store, pdfPrinter, pickReportPath }: ReportDependencies): ReportHandlers {
  const optionsStore = new ReportOptionsStore(store.paths)
  const jobs = new ReportJobs((request) => exportReport(store, pdfPrinter, request))
  return {
    getReportOptions: () => optionsStore.load(),
    saveReportOptions: ({ options }) => optionsStore.save(options),
    async previewReport({ options }) {
      const model = await assembleReport(store, options)
      const limited = limitForPreview(model)
      return { ...reportPreviewParts(limited.model), counts: model.counts, omitted: limited.omitted }
    },
    async startReportExport({ options, format }) {
      const path = await pickReportPath(suggestedReportName(options, format), format)
      if (!path) return { started: false }
      return { started: true, progress: jobs.start(options, format, path) }
    },
    getReportExport: async ({ jobId }) => jobs.get(jobId),
    cancelReportExport: async ({ jobId }) => jobs.cancel(jobId),
  }
}
