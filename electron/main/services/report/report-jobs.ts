import { randomUUID } from 'node:crypto'
import type { ReportExportProgress, ReportFormat } from '../../../../shared/ipc/report-contract'
import { ParleyError } from '../../../../shared/ipc/errors'
import type { ReportOptions } from '../../../../shared/report/report-options'

/** Runs the export itself; the jobs only track and cancel it. */
export type RunExport = (request: { options: ReportOptions; format: ReportFormat; path: string; signal: AbortSignal; onProgress: (stage: ReportExportProgress['stage'], fraction: number, message: string) => void }) => Promise<{ bytes: number }>

const KEPT_JOBS = 20

/**
 * Report exports running in the background, so the window stays responsive and the analyst can
 * follow and cancel them. The renderer polls a job's progress by id.
 */
export class ReportJobs {
  private readonly jobs = new Map<string, { progress: ReportExportProgress; controller: AbortController }>()

  constructor(
    private readonly run: RunExport,
    private readonly newId: () => string = randomUUID,
  ) {}

  start(options: ReportOptions, format: ReportFormat, path: string): ReportExportProgress {
    const jobId = this.newId()
    const controller = new AbortController()
    const job = { controller, progress: { jobId, format, path, stage: 'collecting', fraction: 0, message: 'Starting…', bytes: null } as ReportExportProgress }
    this.jobs.set(jobId, job)
    this.forgetOldJobs()
    const update = (patch: Partial<ReportExportProgress>) => {
      // A cancelled or failed job stays so, whatever a late step reports.
      if (job.progress.stage === 'cancelled' || job.progress.stage === 'failed') return
      job.progress = { ...job.progress, ...patch }
    }
    void this.run({ options, format, path, signal: controller.signal, onProgress: (stage, fraction, message) => update({ stage, fraction, message }) }).then(
      ({ bytes }) => update({ stage: 'done', fraction: 1, bytes }),
      (error: unknown) => {
        if (controller.signal.aborted) return
        update({ stage: 'failed', message: error instanceof Error ? error.message : String(error) })
      },
    )
    return job.progress
  }

  get(jobId: string): ReportExportProgress {
    return this.job(jobId).progress
  }

  cancel(jobId: string): ReportExportProgress {
    const job = this.job(jobId)
    // Once writing has begun the file is as good as saved; the rename cannot be half undone.
    if (['writing', 'done', 'failed', 'cancelled'].includes(job.progress.stage)) return job.progress
    job.progress = { ...job.progress, stage: 'cancelled', message: 'Export cancelled; no file was written.' }
    job.controller.abort(new ParleyError('cancelled', 'The export was cancelled.'))
    return job.progress
  }

  private job(jobId: string) {
    const job = this.jobs.get(jobId)
    if (!job) throw new ParleyError('not-found', `No report export ${jobId}.`)
    return job
  }

  private forgetOldJobs(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= KEPT_JOBS) break
      if (job.progress.stage === 'done' || job.progress.stage === 'failed' || job.progress.stage === 'cancelled') this.jobs.delete(id)
    }
  }
}
