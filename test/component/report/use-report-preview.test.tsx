import { describe, expect, it } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import { PREVIEW_DELAY_MS, useReportPreview } from '../../../renderer/src/features/report/use-report-preview'
import { announceLibraryChange } from '../../../renderer/src/app/library-changes'
import type { ReportOptions } from '../../../shared/report/report-options'
import { elapse, withFakeTimersAndParley, ok, reportOptions, reportPreview, stubReportParley } from './report-fixtures'

withFakeTimersAndParley()

const first = reportPreview()
const second = reportPreview({ body: '<h2>Source list</h2>', counts: { documents: 3, annotations: 5, claims: 2, footnotes: 2 } })

describe('useReportPreview', () => {
  it('composes the first preview at once, then waits for a pause before the next, showing the old one meanwhile', async () => {
    const stubs = stubReportParley({ previewReport: async ({ options }) => ok(options.pageSize === 'Letter' ? second : first) })
    const { result, rerender } = renderHook(({ options }: { options: ReportOptions | null }) => useReportPreview(options), { initialProps: { options: reportOptions() } })
    await elapse(0)
    expect(result.current.shown).toEqual({ preview: first, pageSize: 'A4' })
    expect(result.current.updating).toBe(false)

    rerender({ options: reportOptions({ pageSize: 'Letter', title: 'S' }) })
    await elapse(PREVIEW_DELAY_MS / 2)
    rerender({ options: reportOptions({ pageSize: 'Letter', title: 'Sochi' }) })
    await elapse(PREVIEW_DELAY_MS - 1)
    expect(result.current.updating).toBe(true)
    expect(result.current.shown?.preview).toBe(first)
    expect(stubs.previewReport).toHaveBeenCalledOnce()

    await elapse(1)
    expect(stubs.previewReport).toHaveBeenCalledTimes(2)
    expect(stubs.previewReport).toHaveBeenLastCalledWith({ options: reportOptions({ pageSize: 'Letter', title: 'Sochi' }) })
    expect(result.current.shown).toEqual({ preview: second, pageSize: 'Letter' })
    expect(result.current.updating).toBe(false)
  })

  it('asks for nothing until the options are loaded', async () => {
    const stubs = stubReportParley()
    renderHook(() => useReportPreview(null))
    await elapse(PREVIEW_DELAY_MS)
    expect(stubs.previewReport).not.toHaveBeenCalled()
  })

  it('keeps the last preview when main refuses the options, and reports why', async () => {
    const stubs = stubReportParley()
    const { result, rerender } = renderHook(({ options }: { options: ReportOptions }) => useReportPreview(options), { initialProps: { options: reportOptions() } })
    await elapse(0)
    stubs.previewReport.mockResolvedValue({ ok: false, error: { code: 'invalid-arguments', message: 'Invalid arguments for report:preview.', details: [] } })
    rerender({ options: reportOptions({ title: '' }) })
    await elapse(PREVIEW_DELAY_MS)
    expect(result.current.error?.code).toBe('invalid-arguments')
    expect(result.current.shown?.preview).toEqual(first)
    expect(result.current.updating).toBe(false)
  })

  it('composes again when the library changes', async () => {
    const stubs = stubReportParley()
    renderHook(() => useReportPreview(reportOptions()))
    await elapse(0)
    act(() => announceLibraryChange({ documentIds: ['doc-1'] }))
    await elapse(PREVIEW_DELAY_MS)
    expect(stubs.previewReport).toHaveBeenCalledTimes(2)
  })
})
