import { ParleyError } from '../../../../shared/ipc/errors'
import type { PageSize } from '../../../../shared/report/report-options'

/** One report to print: standalone HTML and the running header and footer. */
export interface PdfPrintJob {
  html: string
  pageSize: PageSize
  headerTemplate: string
  footerTemplate: string
}

/**
 * Turns report HTML into PDF bytes with Chromium. Electron's hidden window (the app) and a
 * Chromium found on the machine (the command line, tests, benchmarks) both implement it.
 */
export interface PdfPrinter {
  print(job: PdfPrintJob, signal?: AbortSignal): Promise<Uint8Array>
}

/** A long report on a slow laptop takes tens of seconds; beyond this something is stuck. */
export const PDF_PRINT_TIMEOUT_MS = 180_000

/** Runs `work`, failing with a clear error after `ms` or as soon as `signal` aborts; `stop` tears down. */
export async function printWithin<T>(ms: number, signal: AbortSignal | undefined, stop: () => void, work: () => Promise<T>): Promise<T> {
  signal?.throwIfAborted()
  let timer: NodeJS.Timeout | undefined
  let onAbort: (() => void) | undefined
  const limits = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      stop()
      reject(new ParleyError('export-failed', `Printing the PDF took longer than ${Math.round(ms / 1000)} seconds and was stopped.`))
    }, ms)
    onAbort = () => {
      stop()
      reject(signal!.reason ?? new Error('cancelled'))
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([work(), limits])
  } finally {
    clearTimeout(timer)
    if (onAbort) signal?.removeEventListener('abort', onAbort)
  }
}
