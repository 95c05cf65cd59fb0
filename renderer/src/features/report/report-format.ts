import type { ReportExportStage, ReportFormat, ReportPreview } from '../../../../shared/ipc/contract'
import { countOf } from '../../../../shared/text/plural'

/**
 * "12 documents · 48 annotations · 30 claims · 9 footnotes": what the report holds, above the
 * preview. With nothing in scope the preview itself says why and how to start, so this line does
 * not read "0 documents".
 */
export function countsLine(counts: ReportPreview['counts']): string {
  if (counts.annotations === 0) return 'Nothing to report yet: no annotations in this scope'
  return [
    countOf(counts.documents, 'document', 'documents'),
    countOf(counts.annotations, 'annotation', 'annotations'),
    countOf(counts.claims, 'claim', 'claims'),
    countOf(counts.footnotes, 'footnote', 'footnotes'),
  ].join(' · ')
}

/** Null when the preview shows everything; else what it leaves out, and that the file has it. */
export function omittedLine(omitted: ReportPreview['omitted']): string | null {
  const parts = [
    omitted.documents > 0 ? countOf(omitted.documents, 'more annotated document', 'more annotated documents') : null,
    omitted.claims > 0 ? countOf(omitted.claims, 'more claim', 'more claims') + ' in the findings' : null,
  ].filter((part): part is string => part !== null)
  return parts.length === 0 ? null : `To stay quick, the preview leaves out ${parts.join(' and ')}. The saved report holds everything.`
}

/** A file size as people read it: 912 bytes, 48 KB, 1.3 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return countOf(bytes, 'byte', 'bytes')
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString()} KB`
  return `${(bytes / (1024 * 1024)).toLocaleString(undefined, { maximumFractionDigits: 1 })} MB`
}

export const formatNames: Record<ReportFormat, string> = { pdf: 'PDF', html: 'HTML', md: 'Markdown' }

/** Each stage in the analyst's words, shown above the progress bar. */
export const stageLabels: Record<ReportExportStage, string> = {
  collecting: 'Collecting annotations and claims',
  composing: 'Composing the report',
  printing: 'Printing the pages',
  writing: 'Writing the file',
  done: 'Saved',
  cancelled: 'Cancelled',
  failed: 'Failed',
}

/** Stages after which the job does nothing more: polling stops there. */
export const isFinished = (stage: ReportExportStage): boolean => stage === 'done' || stage === 'cancelled' || stage === 'failed'
