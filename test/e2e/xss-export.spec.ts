import { execFileSync } from 'node:child_process'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { micromark } from 'micromark'
import { test, expect } from './harness/fixtures'
import { readPdfActions } from './harness/pdf-actions'
import { literalPayload, seedHostileAnalysis } from './harness/xss-library'
import { startXssSession } from './harness/xss-session'
import { xssPayloads } from '../fixtures/xss/payloads'
import { importFiles } from '../../electron/main/services/importer/import-files'

/**
 * The report of a library full of hostile strings (see xss.spec.ts), saved from the Report page as
 * HTML, PDF and Markdown, then opened as a reader would open it. The CSP is off for the same
 * reason as there; for the exported HTML that means its own CSP meta tag too, so what is tested
 * is the escaping alone.
 */
test.use({ bypassCSP: true, seedSamples: false, actionTimeout: 10_000 })

const squeeze = (text: string) => text.replace(/\s+/g, '')

test('the exported report shows hostile strings as text, in Chromium and in its PDF', async ({ parley }) => {
  test.setTimeout(90_000)
  const { page, services, libraryDir } = parley
  const xss = await startXssSession(parley)
  try {
    const imported = await importFiles(Object.values(xss.files), { store: services.store, parser: services.parser })
    expect(imported.map((r) => r.status)).toEqual(['imported', 'imported', 'imported', 'imported'])
    const { shown } = await seedHostileAnalysis(parley, xss.trap.url, xss.files)
    await parley.open('#/report')
    await expect(page.getByTestId('report-preview').getByText(literalPayload(1, xss.trap.url), { exact: false }).first()).toBeVisible({ timeout: 20_000 })

    const save = async (format: 'pdf' | 'html' | 'md', label: string) => {
      const path = join(libraryDir, '..', `${libraryDir.split('/').pop()}-xss-brief.${format}`)
      parley.setSavePath(path)
      await page.getByRole('button', { name: label }).click()
      await expect.poll(() => stat(path).then((s) => s.size, () => 0), { timeout: 30_000 }).toBeGreaterThan(1000)
      return path
    }

    await test.step('the HTML file, opened in Chromium', async () => {
      const path = await save('html', 'Save as HTML')
      expect(await readFile(path, 'utf8')).toContain('<meta http-equiv="Content-Security-Policy"')
      const url = pathToFileURL(path).href
      xss.allowUrl(url)
      const reader = await page.context().newPage()
      await reader.goto(url)
      await expect(reader.locator('body')).toContainText(literalPayload(1, xss.trap.url))
      await expect(reader.locator('body')).toContainText(literalPayload(29, xss.trap.url))
      await xss.expectClean('the exported HTML', reader, 'null')
      await reader.close()
    })

    await test.step('the Markdown file, rendered by a renderer that passes raw HTML and any link through', async () => {
      const markdown = await readFile(await save('md', 'Save as Markdown'), 'utf8')
      const rendered = await page.context().newPage()
      await rendered.setContent(micromark(markdown, { allowDangerousHtml: true, allowDangerousProtocol: true }))
      await expect(rendered.locator('body')).toContainText(literalPayload(2, xss.trap.url))
      await xss.expectClean('the exported Markdown, rendered', rendered, 'null')
      await rendered.close()
    })

    await test.step('the PDF, printed by Chromium', async () => {
      const path = await save('pdf', 'Save as PDF')
      const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
      // Every payload reads literally: as text, never rendered (line breaks may fall anywhere).
      const missing = xssPayloads.filter((p) => !squeeze(text).includes(squeeze(literalPayload(p.id, xss.trap.url)))).map((p) => p.id)
      expect(missing, 'payloads not printed literally').toEqual([])
      // The running header and footer (HTML templates of their own, in capitals, cut short with
      // an ellipsis) print the hostile marking as text on every page.
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1])
      const marking = squeeze(shown.classification.slice(0, 16)).toLowerCase()
      expect(squeeze(text).toLowerCase().split(marking).length - 1).toBeGreaterThanOrEqual(2 * pages)
      const { links, active } = await readPdfActions(path)
      expect(links.length, 'the contents and footnotes are links, so the scan sees links').toBeGreaterThan(0)
      expect(links.filter((link) => link !== 'goto'), 'links leaving the report').toEqual([])
      expect(active, 'actions that run or open something').toEqual([])
    })
    await xss.expectClean('the Report page after the exports')
  } finally {
    await xss.close()
  }
})
