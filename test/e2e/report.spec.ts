import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './harness/fixtures'
import { annotateSamples } from './harness/annotate-samples'
import type { PdfPrinter } from '../../electron/main/services/report/pdf-printer'

test('the report builder previews the brief live, remembers its choices, and saves it as PDF and HTML', async ({ parley }) => {
  const { page, services, libraryDir } = parley
  await annotateSamples(services.store)
  await parley.open('#/report')

  const preview = page.getByTestId('report-preview')
  await expect(preview.getByText('Geneva is the only framework we recognise').first()).toBeVisible()
  await expect(preview.getByRole('table', { name: 'Positions by issue and party' })).toContainText('Syrian opposition')
  // A hostile note is shown as text in the preview, never run.
  await expect(preview.getByText('<script>alert("x")</script>', { exact: false }).first()).toBeVisible()

  await page.getByRole('textbox', { name: 'Title' }).fill('Sochi congress: where the parties stand')
  await page.getByRole('textbox', { name: 'Classification' }).fill('RESTRICTED')
  await page.getByRole('textbox', { name: 'Executive summary' }).fill('Russia backs the congress; the opposition refuses any track that replaces Geneva.')
  await expect(preview.getByRole('heading', { name: 'Sochi congress: where the parties stand' })).toBeVisible()
  await expect(preview.getByText('Russia backs the congress')).toBeVisible()
  // At Fit, the cover's details are read, not guessed: their text is at least 10 px on screen.
  await expect(page.getByRole('radio', { name: 'Fit' })).toBeChecked()
  const coverDetailPx = await preview.locator('.cover .scope td').first().evaluate((cell) => cell.getBoundingClientRect().height)
  expect(coverDetailPx).toBeGreaterThanOrEqual(10)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: join('out', 'screenshots', `report-builder-${scheme}.png`) })
  }

  // Remembered per library: the saved options come back after a reload.
  await expect.poll(async () => (await services.handlers.getReportOptions({})).title).toBe('Sochi congress: where the parties stand')
  await parley.open('#/report')
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Sochi congress: where the parties stand')

  const pdfPath = join(libraryDir, '..', `${libraryDir.split('/').pop()}-brief.pdf`)
  parley.setSavePath(pdfPath)
  await page.getByRole('button', { name: 'Save as PDF' }).click()
  await expect(page.getByText(/Report saved/)).toBeVisible({ timeout: 20_000 })
  // The notice offers what one does next with the file; main opens the path it saved, never one the page names.
  const saved = page.locator('.mantine-Notification-root').filter({ hasText: 'Report saved' })
  await expect(saved.getByTestId('saved-report-path')).toContainText(pdfPath)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  // Let the notice finish sliding in, for a picture of it at rest.
  await page.waitForTimeout(600)
  await page.screenshot({ path: join('out', 'screenshots', 'report-saved-notice.png') })
  await saved.getByRole('button', { name: 'Open' }).click()
  await saved.getByRole('button', { name: 'Show in folder' }).click()
  await expect.poll(() => parley.revealed()).toEqual([
    { path: pdfPath, how: 'open' },
    { path: pdfPath, how: 'show' },
  ])
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' })
  expect(text).toContain('Sochi congress: where the parties stand')
  expect(text).toContain('We will not sit at the same table with a terrorist organisation')
  expect(text).toContain('RESTRICTED')

  const htmlPath = join(libraryDir, '..', `${libraryDir.split('/').pop()}-brief.html`)
  parley.setSavePath(htmlPath)
  await page.getByRole('button', { name: 'Save as HTML' }).click()
  await expect(page.getByText(/Report saved/).last()).toBeVisible()
  await expect.poll(async () => (await readFile(htmlPath, 'utf8').catch(() => '')).length).toBeGreaterThan(1000)
  const html = await readFile(htmlPath, 'utf8')
  expect(html).not.toMatch(/<script/i)
  expect(html).toContain('&lt;script&gt;')
})

/** Prints nothing until cancelled, so the test cannot lose the race with a fast Chromium. */
const printerThatWaits: PdfPrinter = {
  print: (_job, signal) => new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason))),
}

test.describe('cancelling', () => {
  test.use({ pdfPrinter: printerThatWaits })

  test('an export can be cancelled from its progress dialog', async ({ parley }) => {
    const { page, services, libraryDir } = parley
    await annotateSamples(services.store)
    await parley.open('#/report')
    await expect(page.getByTestId('report-preview').getByText('Geneva is the only framework we recognise').first()).toBeVisible()
    const pdfPath = join(libraryDir, '..', `${libraryDir.split('/').pop()}-cancelled.pdf`)
    parley.setSavePath(pdfPath)
    await page.getByRole('button', { name: 'Save as PDF' }).click()
    const dialog = page.getByRole('dialog', { name: 'Saving the report' })
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByText('Export cancelled')).toBeVisible()
    await expect(readFile(pdfPath)).rejects.toThrow(/ENOENT/)
  })
})
