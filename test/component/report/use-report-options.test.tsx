import { describe, expect, it } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import { SAVE_DELAY_MS, useReportOptions } from '../../../renderer/src/features/report/use-report-options'
import { elapse, withFakeTimersAndParley, ok, reportOptions, stubReportParley } from './report-fixtures'

withFakeTimersAndParley()

async function renderLoaded() {
  const hook = renderHook(() => useReportOptions())
  await elapse(0)
  return hook
}

describe('useReportOptions', () => {
  it('loads the options saved for this library', async () => {
    const stubs = stubReportParley()
    const { result } = await renderLoaded()
    expect(stubs.getReportOptions).toHaveBeenCalledExactlyOnceWith({})
    expect(result.current.options).toEqual(reportOptions())
  })

  it('saves once, a moment after the last of several quick changes', async () => {
    const stubs = stubReportParley()
    const { result } = await renderLoaded()
    act(() => result.current.update(reportOptions({ title: 'Sochi' })))
    await elapse(SAVE_DELAY_MS / 2)
    act(() => result.current.update(reportOptions({ title: 'Sochi congress' })))
    expect(result.current.options?.title).toBe('Sochi congress')
    await elapse(SAVE_DELAY_MS - 1)
    expect(stubs.saveReportOptions).not.toHaveBeenCalled()
    expect(result.current.saveStatus).toBe('pending')
    await elapse(1)
    expect(stubs.saveReportOptions).toHaveBeenCalledExactlyOnceWith({ options: reportOptions({ title: 'Sochi congress' }) })
    expect(result.current.saveStatus).toBe('saved')
  })

  it('saves a pending change at once when the page goes away', async () => {
    const stubs = stubReportParley()
    const { result, unmount } = await renderLoaded()
    act(() => result.current.update(reportOptions({ author: 'Tom Reyes' })))
    unmount()
    expect(stubs.saveReportOptions).toHaveBeenCalledExactlyOnceWith({ options: reportOptions({ author: 'Tom Reyes' }) })
    await elapse(SAVE_DELAY_MS * 2)
    expect(stubs.saveReportOptions).toHaveBeenCalledOnce()
  })

  it('keeps refused input on screen with main’s error, until a later save succeeds', async () => {
    const refusal = { code: 'invalid-arguments' as const, message: 'Invalid arguments for report:save-options.', details: ['options.title: Too small: expected string to have >=1 characters'] }
    const stubs = stubReportParley({ saveReportOptions: async ({ options }) => (options.title.trim() ? ok(options) : { ok: false as const, error: refusal }) })
    const { result } = await renderLoaded()
    act(() => result.current.update(reportOptions({ title: '' })))
    await elapse(SAVE_DELAY_MS)
    expect(result.current.options?.title).toBe('')
    expect(result.current.saveStatus).toBe('failed')
    expect(result.current.saveError?.details).toEqual(refusal.details)
    act(() => result.current.update(reportOptions({ title: 'Sochi' })))
    await elapse(SAVE_DELAY_MS)
    expect(stubs.saveReportOptions).toHaveBeenCalledTimes(2)
    expect(result.current.saveError).toBeNull()
  })
})
