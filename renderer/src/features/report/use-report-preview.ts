import { useCallback, useEffect, useRef, useState } from 'react'
import type { ReportPreview } from '../../../../shared/ipc/contract'
import type { PageSize, ReportOptions } from '../../../../shared/report/report-options'
import { callParley, toParleyIpcError, type ParleyIpcError } from '../../ipc/parley-client'
import { useLibraryChanges } from '../../app/library-changes'

/** How long the preview waits after the last change before asking main to compose it again. */
export const PREVIEW_DELAY_MS = 400

/** A composed preview and the page size it was composed for (options may have moved on since). */
export interface ShownPreview {
  preview: ReportPreview
  pageSize: PageSize
}

/**
 * The live preview of `options`: composed again a moment after they stop changing, and when the
 * library changes. The previous preview stays up meanwhile, with `updating` set.
 */
export function useReportPreview(options: ReportOptions | null) {
  const [shown, setShown] = useState<ShownPreview | null>(null)
  const [updating, setUpdating] = useState(false)
  const [error, setError] = useState<ParleyIpcError | null>(null)
  const [generation, setGeneration] = useState(0)
  const hasPreview = useRef(false)
  const key = options ? JSON.stringify(options) : null

  useEffect(() => {
    if (!options) return
    let current = true
    setUpdating(true)
    const compose = () =>
      callParley('previewReport', { options }).then(
        (preview) => {
          if (!current) return
          hasPreview.current = true
          setShown({ preview, pageSize: options.pageSize })
          setError(null)
          setUpdating(false)
        },
        (failure: unknown) => {
          if (!current) return
          setError(toParleyIpcError(failure))
          setUpdating(false)
        },
      )
    // The first preview comes at once; later ones wait for the analyst to pause.
    const timer = setTimeout(() => void compose(), hasPreview.current ? PREVIEW_DELAY_MS : 0)
    return () => {
      current = false
      clearTimeout(timer)
    }
    // `key` stands for `options`, which is a new object on every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation])

  // New annotations or registry edits change what the report says.
  useLibraryChanges(useCallback(() => setGeneration((g) => g + 1), []))

  return { shown, updating, error }
}
