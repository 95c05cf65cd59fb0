import type { ReportFormat, RevealHow } from '../../../../../shared/ipc/report-contract'
import { ParleyError } from '../../../../../shared/ipc/errors'
import { reportPreviewParts } from '../../../../../shared/report/report-html'
import { limitForPreview } from '../../../../../shared/report/preview-limits'
import type { HandlerTable } from '../handler-table'
import type { LibraryStore } from '../../store/library-store'
import type { PdfPrinter } from '../../report/pdf-printer'
import { assembleReport } from '../../report/report-assembly'
import { exportReport, suggestedReportName } from '../../report/report-exporter'
import { ReportJobs } from '../../report/report-jobs'
import { ReportOptionsStore } from '../../report/report-options-store'

type ReportHandlers = Pick<HandlerTable, 'getReportOptions' | 'saveReportOptions' | 'previewReport' | 'startReportExport' | 'getReportExport' | 'cancelReportExport' | 'revealReportExport'>

export interface ReportDependencies {
  store: LibraryStore
  /** Electron's hidden-window printer in the app; a Chromium on the machine elsewhere. */
  pdfPrinter: PdfPrinter
  /** Asks where to save; null when the analyst cancels. */
  pickReportPath: (suggestedName: string, format: ReportFormat) => Promise<string | null>
  /** Opens a saved file, or shows it in its folder: the system shell in the app. */
  revealSavedFile?: (path: string, how: RevealHow) => Promise<void>
}

export function reportHandlers({ store, pdfPrinter, pickReportPath, revealSavedFile }: ReportDependencies): ReportHandlers {
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
    async revealReportExport({ jobId, how }) {
      const job = jobs.get(jobId)
      if (job.stage !== 'done') throw new ParleyError('not-found', 'That report has not been saved, so there is no file to open.')
      if (!revealSavedFile) throw new ParleyError('export-failed', 'This Parley cannot open files with other applications.')
      await revealSavedFile(job.path, how)
    },
  }
}
