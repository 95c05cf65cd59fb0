import { describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openAnnotatedSampleLibrary } from './annotated-library'
import type { PdfPrinter } from '../../../electron/main/services/report/pdf-printer'
import type { ReportExportProgress } from '../../../shared/ipc/report-contract'
import { tempDir } from '../temp-library'

/** A printer that waits until released, so a test can watch and cancel a running export. */
function heldPrinter() {
  let release: (() => void) | null = null
  const printer: PdfPrinter = {
    print: (job, signal) =>
      new Promise((resolvePrint, reject) => {
        release = () => resolvePrint(new TextEncoder().encode(`%PDF-1.7 ${job.html.length}`))
        signal?.addEventListener('abort', () => reject(signal.reason))
      }),
  }
  return { printer, release: () => release?.() }
}

async function reportLibrary(printer?: PdfPrinter) {
  const dir = await tempDir()
  let savePath: string | null = join(dir, 'brief.pdf')
  const { store, handlers, sample } = await openAnnotatedSampleLibrary(join(dir, 'lib'), { pickSavePath: async () => savePath, pdfPrinter: printer })
  return { dir, store, handlers, sample, setSavePath: (path: string | null) => (savePath = path) }
}

async function until(read: () => Promise<ReportExportProgress>, done: (p: ReportExportProgress) => boolean): Promise<ReportExportProgress> {
  for (let i = 0; i < 200; i++) {
    const progress = await read()
    if (done(progress)) return progress
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error('the export never got there')
}

describe('report handlers', () => {
  it('remembers the builder’s choices per library, and survives a damaged options file', async () => {
    const { handlers, store, sample } = await reportLibrary()
    const defaults = await handlers.getReportOptions({})
    expect(defaults.sections.matrix).toBe(true)
    const chosen = { ...defaults, title: 'Kurdish question', scope: { ...defaults.scope, issueIds: [sample.get('kurds')!] }, pageSize: 'Letter' as const }
    await handlers.saveReportOptions({ options: chosen })
    expect(await handlers.getReportOptions({})).toEqual(chosen)
    await writeFile(store.paths.reportOptionsFile, '{"title": "Kept", "pageSize": "Tabloid", "sections": {"cover": false}')
    expect((await handlers.getReportOptions({})).title).toBe(defaults.title)
    await writeFile(store.paths.reportOptionsFile, JSON.stringify({ title: 'Kept', pageSize: 'Tabloid', sections: { cover: false } }))
    const salvaged = await handlers.getReportOptions({})
    expect([salvaged.title, salvaged.pageSize, salvaged.sections.cover, salvaged.sections.matrix]).toEqual(['Kept', defaults.pageSize, false, true])
  }, 30_000)

  it('previews the scoped report with its counts', async () => {
    const { handlers, sample } = await reportLibrary()
    const options = await handlers.getReportOptions({})
    const all = await handlers.previewReport({ options })
    // Every claim has a footnote; the highlight without a note has none.
    expect(all.counts).toEqual({ documents: 4, annotations: 7, claims: 5, footnotes: 6 })
    expect(all.body).toContain('Geneva is the only framework we recognise')
    expect(all.css).toContain('@page')
    const kurds = await handlers.previewReport({ options: { ...options, scope: { ...options.scope, issueIds: [sample.get('kurds')!] } } })
    expect(kurds.counts.claims).toBe(1)
    expect(kurds.body).not.toContain('Geneva is the only framework')
  }, 30_000)

  it('runs an export in the background, reports its stages, and can be cancelled before it writes', async () => {
    const held = heldPrinter()
    const { handlers, dir, setSavePath } = await reportLibrary(held.printer)
    const options = await handlers.getReportOptions({})
    const started = await handlers.startReportExport({ options, format: 'pdf' })
    if (!started.started) throw new Error('not started')
    const printing = await until(() => handlers.getReportExport({ jobId: started.progress.jobId }), (p) => p.stage === 'printing')
    expect(printing.fraction).toBeGreaterThan(0.4)
    const cancelled = await handlers.cancelReportExport({ jobId: started.progress.jobId })
    expect(cancelled.stage).toBe('cancelled')
    held.release()
    await expect(readFile(join(dir, 'brief.pdf'))).rejects.toThrow(/ENOENT/)

    const again = await handlers.startReportExport({ options, format: 'pdf' })
    if (!again.started) throw new Error('not started')
    await until(() => handlers.getReportExport({ jobId: again.progress.jobId }), (p) => p.stage === 'printing')
    held.release()
    const done = await until(() => handlers.getReportExport({ jobId: again.progress.jobId }), (p) => p.stage === 'done')
    expect(done.bytes).toBeGreaterThan(10)
    expect((await readFile(join(dir, 'brief.pdf'), 'utf8')).startsWith('%PDF')).toBe(true)

    setSavePath(null)
    expect(await handlers.startReportExport({ options, format: 'md' })).toEqual({ started: false })
    await expect(handlers.getReportExport({ jobId: 'nope' })).rejects.toThrow('No report export nope.')
  }, 30_000)

  it('reports a failed print with its reason', async () => {
    const failing: PdfPrinter = { print: async () => Promise.reject(new Error('Chromium crashed')) }
    const { handlers } = await reportLibrary(failing)
    const started = await handlers.startReportExport({ options: await handlers.getReportOptions({}), format: 'pdf' })
    if (!started.started) throw new Error('not started')
    const failed = await until(() => handlers.getReportExport({ jobId: started.progress.jobId }), (p) => p.stage === 'failed')
    expect(failed.message).toBe('Chromium crashed')
  }, 30_000)
})
