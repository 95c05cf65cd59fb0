import { useCallback, useEffect, useRef, useState } from 'react'
import type { ReportOptions } from '../../../../shared/report/report-options'
import { callParley, toParleyIpcError, type ParleyIpcError } from '../../ipc/parley-client'

/** How long the builder waits after the last change before saving (typing stays cheap). */
export const SAVE_DELAY_MS = 500

export type SaveStatus = 'idle' | 'pending' | 'saved' | 'failed'

/**
 * The builder's options for this library: loaded once, edited locally, saved a moment after each
 * change and at once when the page goes away. A rejected save keeps the analyst's input on screen
 * and reports main's error, so nothing typed is lost.
 */
export function useReportOptions() {
  const [options, setOptions] = useState<ReportOptions | null>(null)
  const [loadError, setLoadError] = useState<ParleyIpcError | null>(null)
  const [saveError, setSaveError] = useState<ParleyIpcError | null>(null)
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('idle')
  const [generation, setGeneration] = useState(0)
  const unsaved = useRef<ReportOptions | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  // Only the latest save's outcome is shown: an older, slower answer must not overwrite it.
  const latestSave = useRef(0)

  useEffect(() => {
    let current = true
    setLoadError(null)
    callParley('getReportOptions', {}).then(
      (loaded) => current && setOptions(loaded),
      (error: unknown) => current && setLoadError(toParleyIpcError(error)),
    )
    return () => {
      current = false
    }
  }, [generation])

  const save = useCallback(async (value: ReportOptions) => {
    const ticket = ++latestSave.current
    try {
      await callParley('saveReportOptions', { options: value })
      if (ticket !== latestSave.current) return
      setSaveError(null)
      setSaveStatus('saved')
    } catch (error) {
      if (ticket !== latestSave.current) return
      setSaveError(toParleyIpcError(error))
      setSaveStatus('failed')
    }
  }, [])

  /** Saves now whatever is still waiting for its delay. */
  const flush = useCallback(() => {
    clearTimeout(timer.current)
    const value = unsaved.current
    unsaved.current = null
    if (value) void save(value)
  }, [save])

  const update = useCallback(
    (next: ReportOptions) => {
      setOptions(next)
      setSaveStatus('pending')
      unsaved.current = next
      clearTimeout(timer.current)
      timer.current = setTimeout(flush, SAVE_DELAY_MS)
    },
    [flush],
  )

  // Leaving the page, or closing the window, must not drop the last few keystrokes.
  useEffect(() => {
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [flush])

  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  return { options, loadError, saveError, saveStatus, update, flush, reload }
}
export type ReportOptionsState = ReturnType<typeof useReportOptions>
