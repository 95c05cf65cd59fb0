import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import { notifications } from '@mantine/notifications'
import { POLL_INTERVAL_MS, useReportExport } from '../../../renderer/src/features/report/use-report-export'
import { exportProgress, ok, removeParley, reportOptions, stubReportParley } from './report-fixtures'

let shown: MockInstance<typeof notifications.show>
beforeEach(() => {
  vi.useFakeTimers()
  shown = vi.spyOn(notifications, 'show').mockReturnValue('notification')
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  removeParley()
})

const elapse = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))

describe('useReportExport', () => {
  it('does nothing more when the analyst cancels the save dialog', async () => {
    const stubs = stubReportParley()
    const { result } = renderHook(() => useReportExport())
    await act(() => result.current.start(reportOptions(), 'html'))
    expect(stubs.startReportExport).toHaveBeenCalledExactlyOnceWith({ options: reportOptions(), format: 'html' })
    expect(result.current.progress).toBeNull()
    await elapse(POLL_INTERVAL_MS * 3)
    expect(stubs.getReportExport).not.toHaveBeenCalled()
    expect(shown).not.toHaveBeenCalled()
  })

  it('follows a running export until it is saved, then says where and how big', async () => {
    const stages = [exportProgress({ stage: 'printing', fraction: 0.7 }), exportProgress({ stage: 'done', fraction: 1, message: 'Saved', bytes: 250_000 })]
    const stubs = stubReportParley({
      startReportExport: async () => ok({ started: true as const, progress: exportProgress({ stage: 'collecting', fraction: 0.1 }) }),
      getReportExport: async () => ok(stages.shift()!),
    })
    const { result } = renderHook(() => useReportExport())
    await act(() => result.current.start(reportOptions(), 'pdf'))
    expect(result.current.progress?.stage).toBe('collecting')
    await elapse(POLL_INTERVAL_MS)
    expect(stubs.getReportExport).toHaveBeenCalledExactlyOnceWith({ jobId: 'job-1' })
    expect(result.current.progress?.stage).toBe('printing')
    await elapse(POLL_INTERVAL_MS)
    expect(result.current.progress).toBeNull()
    expect(shown).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ title: 'Report saved', message: expect.objectContaining({ props: expect.objectContaining({ path: '/home/analyst/sochi.pdf', size: ' (244 KB)' }) }) }))
    await elapse(POLL_INTERVAL_MS * 3)
    expect(stubs.getReportExport).toHaveBeenCalledTimes(2)
  })

  it('keeps a failed export on screen with its reason until dismissed', async () => {
    stubReportParley({
      startReportExport: async () => ok({ started: true as const, progress: exportProgress() }),
      getReportExport: async () => ok(exportProgress({ stage: 'failed', message: 'The disk is full.' })),
    })
    const { result } = renderHook(() => useReportExport())
    await act(() => result.current.start(reportOptions(), 'pdf'))
    await elapse(POLL_INTERVAL_MS)
    expect(result.current.progress).toMatchObject({ stage: 'failed', message: 'The disk is full.' })
    act(() => result.current.dismiss())
    expect(result.current.progress).toBeNull()
  })

  it('cancels the running job and says so', async () => {
    const stubs = stubReportParley({ startReportExport: async () => ok({ started: true as const, progress: exportProgress() }) })
    const { result } = renderHook(() => useReportExport())
    await act(() => result.current.start(reportOptions(), 'md'))
    await act(() => result.current.cancel())
    expect(stubs.cancelReportExport).toHaveBeenCalledExactlyOnceWith({ jobId: 'job-1' })
    expect(result.current.progress).toBeNull()
    expect(shown).toHaveBeenCalledWith(expect.objectContaining({ title: 'Export cancelled' }))
  })
})
