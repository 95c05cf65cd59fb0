import { afterEach, beforeEach, vi } from 'vitest'
import { act } from '@testing-library/react'
import type { IpcMethod, ParleyApi, ReportExportProgress, ReportPreview } from '../../../shared/ipc/contract'
import { defaultReportOptions, type ReportOptions } from '../../../shared/report/report-options'

/** Options as main would hand them back, with a few fields filled in. */
export function reportOptions(overrides: Partial<ReportOptions> = {}): ReportOptions {
  return { ...defaultReportOptions('2018-01-15'), title: 'Sochi congress: where the parties stand', author: 'Mira Haddad', classification: 'RESTRICTED', ...overrides }
}

export function reportPreview(overrides: Partial<ReportPreview> = {}): ReportPreview {
  return {
    css: '.report-sheet { color: #1b1b1b; }\nh2 { font-size: 17pt; }',
    body: '<section class="major" id="summary"><h2>Executive summary</h2><p>Russia backs the congress.</p></section>',
    counts: { documents: 12, annotations: 48, claims: 30, footnotes: 9 },
    omitted: { documents: 0, claims: 0 },
    ...overrides,
  }
}

export function exportProgress(overrides: Partial<ReportExportProgress> = {}): ReportExportProgress {
  return { jobId: 'job-1', format: 'pdf', path: '/home/analyst/sochi.pdf', stage: 'printing', fraction: 0.6, message: 'Printing 4 pages', bytes: null, ...overrides }
}

export const ok = <T>(value: T) => ({ ok: true as const, value })

type Stub<M extends IpcMethod> = ReturnType<typeof vi.fn<ParleyApi[M]>>
export type ReportStubs = { [M in 'getReportOptions' | 'saveReportOptions' | 'previewReport' | 'startReportExport' | 'getReportExport' | 'cancelReportExport' | 'getRegistries']: Stub<M> }

/**
 * A `window.parley` for the report channels: the stored options, a preview of 12 documents, saves
 * that echo their options, and an export the analyst cancels in the save dialog. Override any.
 */
export function stubReportParley(overrides: Partial<{ [M in keyof ReportStubs]: ParleyApi[M] }> = {}): ReportStubs {
  const stubs: Record<string, unknown> = {
    getReportOptions: vi.fn(async () => ok(reportOptions())),
    saveReportOptions: vi.fn(async ({ options }: { options: ReportOptions }) => ok(options)),
    previewReport: vi.fn(async () => ok(reportPreview())),
    startReportExport: vi.fn(async () => ok({ started: false as const })),
    getReportExport: vi.fn(async () => ok(exportProgress())),
    cancelReportExport: vi.fn(async () => ok(exportProgress({ stage: 'cancelled' }))),
    getRegistries: vi.fn(async () => ok({ sources: [], parties: [], issues: [], tags: [], usage: { sources: {}, parties: {}, issues: {}, tags: {} } })),
  }
  for (const [method, implementation] of Object.entries(overrides)) stubs[method] = vi.fn(implementation as (...args: unknown[]) => unknown)
  window.parley = stubs as unknown as ParleyApi
  return stubs as unknown as ReportStubs
}

export function removeParley(): void {
  delete window.parley
}

/** Fake timers for each test, and no window.parley left behind after it. */
export function withFakeTimersAndParley(): void {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
    removeParley()
  })
}

/** Lets timers up to `ms` fire and the promises they start settle. */
export const elapse = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))
