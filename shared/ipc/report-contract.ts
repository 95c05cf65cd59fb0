import { z } from 'zod'
import { parleyIdSchema } from '../domain/ids'
import { reportOptionsSchema } from '../report/report-options'

/** Argument schemas and result types of the report channels. */

export const reportFormatSchema = z.enum(['pdf', 'html', 'md'])
export type ReportFormat = z.infer<typeof reportFormatSchema>

export const reportOptionsArgsSchema = z.object({ options: reportOptionsSchema }).strict()
export const startReportExportSchema = z.object({ options: reportOptionsSchema, format: reportFormatSchema }).strict()
export const reportJobSchema = z.object({ jobId: parleyIdSchema }).strict()
/** Open a saved report in its usual application, or show it in its folder. Main knows the path; the page never names one. */
export const revealReportSchema = z.object({ jobId: parleyIdSchema, how: z.enum(['open', 'show']) }).strict()
export type RevealHow = z.infer<typeof revealReportSchema>['how']

/** The report as the preview shows it: the print stylesheet and the body, both from shared/report. */
export interface ReportPreview {
  css: string
  body: string
  counts: { documents: number; annotations: number; claims: number; footnotes: number }
  /** Left out of the preview to keep it quick; the saved report holds them. */
  omitted: { documents: number; claims: number }
}

export type ReportExportStage = 'collecting' | 'composing' | 'printing' | 'writing' | 'done' | 'cancelled' | 'failed'

/** Where an export stands; the renderer polls it while the progress dialog is open. */
export interface ReportExportProgress {
  jobId: string
  format: ReportFormat
  path: string
  stage: ReportExportStage
  /** 0…1 over the whole export. */
  fraction: number
  /** What is happening, or why it failed, in the analyst's words. */
  message: string
  /** Size of the written file, once done. */
  bytes: number | null
}

export type ReportExportStart = { started: false } | { started: true; progress: ReportExportProgress }
