import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { defaultReportOptions, type ReportOptions } from '../../../shared/report/report-options'
import { ChromiumPdfPrinter, findChromium } from '../../../electron/main/services/report/chromium-pdf-printer'
import { exportReport } from '../../../electron/main/services/report/report-exporter'
import { resolve } from 'node:path'
import { openAnnotatedSampleLibrary } from './annotated-library'
import { tempDir } from '../temp-library'

async function annotatedLibrary() {
  const bench = await openAnnotatedSampleLibrary(await tempDir())
  const options: ReportOptions = {
    ...defaultReportOptions('2017-12-01'),
    title: 'Sochi congress: where the parties stand',
    author: 'Desk analyst',
    classification: 'RESTRICTED',
    summary: 'Russia backs the congress; the opposition refuses any track that replaces Geneva.\n\n- Turkey vetoes the PYD.',
  }
  return { ...bench, options }
}

const outDir = resolve('out', 'report')
const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
const pdfPages = (path: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1])

describe('report export', () => {
  it('prints a PDF through Chromium with the quotes, parties, matrix, footnotes and page numbers', async () => {
    const { store, options } = await annotatedLibrary()
    // Kept in out/report with its pages as PNGs, to be looked at after a test run.
    await mkdir(outDir, { recursive: true })
    const path = join(outDir, 'sample-brief.pdf')
    const stages: string[] = []
    const { bytes } = await exportReport(store, new ChromiumPdfPrinter(findChromium()), { options, format: 'pdf', path, onProgress: (stage) => stages.push(stage) })
    expect(bytes).toBeGreaterThan(10_000)
    expect([...new Set(stages)]).toEqual(['collecting', 'composing', 'printing', 'writing', 'done'])
    const text = pdfText(path)
    for (const expected of ['Positions matrix', 'Findings by issue', 'Annotated passages', 'Sochi congress: where the parties stand', 'Geneva is the only framework we recognise', 'We will not sit at the same table', 'Syrian opposition', 'United Nations', 'Kurdish participation', 'Vladimir Putin', 'Compare with the SDF statement']) {
      expect(text).toContain(expected)
    }
    // Notes are numbered footnotes, in document order.
    expect(text).toMatch(/1\. Claim — Vladimir Putin, Supports on “We have agreed/)
    expect(text).toMatch(/4\. Note on “Russian officials have at times suggested/)
    expect(text).toMatch(/Page 1 of \d+/)
    expect(text).toContain('RESTRICTED')
    // The note's markup is printed as text, never interpreted.
    expect(text).toContain('<script>alert("x")</script>')
    const pages = pdfPages(path)
    expect(pages).toBeGreaterThanOrEqual(4)
    expect(pages).toBeLessThanOrEqual(20)
    execFileSync('pdftoppm', ['-png', '-r', '60', path, join(outDir, 'sample-brief-page')])
    expect((await readdir(outDir)).filter((name) => name.startsWith('sample-brief-page'))).toHaveLength(pages)
  }, 60_000)

  it('numbers the contents with the page each section really starts on', async () => {
    const { store, options } = await annotatedLibrary()
    const path = join(await tempDir(), 'numbered.pdf')
    await exportReport(store, new ChromiumPdfPrinter(findChromium()), { options, format: 'pdf', path })
    const pages = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f')
    const contentsPage = pages.findIndex((page) => /^\s*Contents\s*$/m.test(page))
    expect(contentsPage).toBeGreaterThan(0)
    // "Positions matrix ........ 3": a title, its leader, and a number at the end of the line.
    const lines = [...pages[contentsPage]!.matchAll(/^\s*(\S.*?\S)\s{2,}(\d+)\s*$/gm)].map((m) => ({ title: m[1]!, page: Number(m[2]) }))
    expect(lines.length).toBeGreaterThanOrEqual(4)
    for (const { title, page } of lines) {
      // The section's heading is on the numbered page (a long heading wraps, hence the squashed spaces).
      expect(pages[page - 1]!.replace(/\s+/g, ' '), `${title} on page ${page}`).toContain(title)
      expect(page).toBeGreaterThan(contentsPage + 1)
    }
    expect(lines.map((l) => l.page)).toEqual([...lines.map((l) => l.page)].sort((a, b) => a - b))
  }, 60_000)

  it('prints Letter pages when the analyst chooses Letter', async () => {
    const { store, options } = await annotatedLibrary()
    const path = join(await tempDir(), 'letter.pdf')
    await exportReport(store, new ChromiumPdfPrinter(findChromium()), { options: { ...options, pageSize: 'Letter', sections: { ...options.sections, documents: false } }, format: 'pdf', path })
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/)
    expect(pdfText(path)).not.toContain('Annotated passages')
  }, 60_000)

  it('writes HTML without script and Markdown with the footnotes', async () => {
    const { store, options } = await annotatedLibrary()
    const dir = await tempDir()
    await exportReport(store, null, { options, format: 'html', path: join(dir, 'brief.html') })
    const html = await readFile(join(dir, 'brief.html'), 'utf8')
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(html).not.toMatch(/<script/i)
    await exportReport(store, null, { options, format: 'md', path: join(dir, 'brief.md') })
    const markdown = await readFile(join(dir, 'brief.md'), 'utf8')
    expect(markdown).toContain('# Sochi congress: where the parties stand')
    expect(markdown).toMatch(/\[\^1\]:/)
    expect(markdown).not.toContain('<script>')
  }, 30_000)

  it('leaves no file and a cancelled error when cancelled', async () => {
    const { store, options } = await annotatedLibrary()
    const path = join(await tempDir(), 'cancelled.pdf')
    const controller = new AbortController()
    const exporting = exportReport(store, new ChromiumPdfPrinter(findChromium()), { options, format: 'pdf', path, signal: controller.signal, onProgress: (stage) => stage === 'printing' && controller.abort(new Error('cancelled by the analyst')) })
    await expect(exporting).rejects.toThrow('cancelled by the analyst')
    await expect(readFile(path)).rejects.toThrow(/ENOENT/)
  }, 30_000)

  it('names CHROMIUM_PATH when no Chromium can be found', async () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nowhere/chromium' }, 'linux', () => false)).toThrow('CHROMIUM_PATH is set to /nowhere/chromium, but there is no file there')
    expect(() => findChromium({}, 'linux', () => false)).toThrow(/set the CHROMIUM_PATH environment variable/)
    expect(findChromium({}, 'linux', (path) => path === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome')
  })
})
