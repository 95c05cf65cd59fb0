import { describe, expect, it } from 'vitest'
import { printWithin } from '../../../electron/main/services/report/pdf-printer'

describe('printWithin', () => {
  it('returns the work’s result when it finishes in time', async () => {
    let stopped = false
    await expect(printWithin(1000, undefined, () => (stopped = true), async () => 'pdf')).resolves.toBe('pdf')
    expect(stopped).toBe(false)
  })

  it('stops a print that hangs, with a clear timeout error', async () => {
    let stopped = false
    const hanging = printWithin(30, undefined, () => (stopped = true), () => new Promise<never>(() => undefined))
    await expect(hanging).rejects.toThrow('Printing the PDF took longer than 0 seconds and was stopped.')
    expect(stopped).toBe(true)
  })

  it('stops at once when cancelled, and refuses to start when already cancelled', async () => {
    const controller = new AbortController()
    let stopped = false
    const printing = printWithin(10_000, controller.signal, () => (stopped = true), () => new Promise<never>(() => undefined))
    controller.abort(new Error('cancelled by the analyst'))
    await expect(printing).rejects.toThrow('cancelled by the analyst')
    expect(stopped).toBe(true)
    await expect(printWithin(10_000, controller.signal, () => undefined, async () => 'pdf')).rejects.toThrow('cancelled by the analyst')
  })
})
