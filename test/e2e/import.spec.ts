import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect, fixturesDir, sampleLibraryDir } from './harness/fixtures'

test.describe('importing', () => {
  test.use({ seedSamples: false })

  test('a file dropped on the window opens clean, and its removed text can be shown and restored', async ({ parley }) => {
    const { page } = parley
    await parley.open()
    const bytes = await readFile(join(sampleLibraryDir, '01-sochi-summit-wire.txt'))
    const dataTransfer = await page.evaluateHandle((base64) => {
      const transfer = new DataTransfer()
      const binary = atob(base64)
      const data = Uint8Array.from(binary, (c) => c.charCodeAt(0))
      transfer.items.add(new File([data], 'sochi-wire.txt', { type: 'text/plain' }))
      return transfer
    }, bytes.toString('base64'))
    await page.dispatchEvent('body', 'dragenter', { dataTransfer })
    await expect(page.getByText('Drop to import')).toBeVisible()
    await page.dispatchEvent('body', 'drop', { dataTransfer })

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Putin, Erdogan and Rouhani back Syrian national dialogue congress at Sochi summit')
    await expect(page.getByTestId('reader-metadata')).toContainText('Caspian Wire Service')
    const text = page.getByTestId('reader-text')
    await expect(text).toContainText('Opposition representatives')
    await expect(text).not.toContainText('Subscribe now')
    await expect(text).not.toContainText('Disclaimer')

    await page.getByRole('switch', { name: 'Show removed text (10)' }).click()
    await expect(text).toContainText('Subscribe now')
    await expect(text.getByText('Removed: paywall').first()).toBeVisible()
    await text.locator('[data-removed-block]').first().scrollIntoViewIfNeeded()
    await page.screenshot({ path: join('out', 'screenshots', 'reader-removed-text.png') })

    // Restoring the disclaimer puts it back in the reading text, and it survives a reload.
    await text.locator('[data-removed-block]').filter({ hasText: 'Disclaimer' }).getByRole('button', { name: 'Restore' }).click()
    await page.getByRole('switch', { name: /Show removed text/ }).click()
    await expect(text).toContainText('Disclaimer: This story')
    await page.reload()
    await expect(page.getByTestId('reader-text')).toContainText('Disclaimer: This story')
    await expect(page.getByRole('switch', { name: 'Show removed text (9)' })).toBeVisible()
  })

  test('the analyst can mark a block as boilerplate and edit the details', async ({ parley }) => {
    const { page } = parley
    await parley.open()
    parley.setDialogFiles([join(sampleLibraryDir, '02-broadcast-transcript.txt')])
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await page.getByRole('menuitem', { name: 'Files…' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Russia pushes Syrian peoples' congress as opposition and UN keep focus on Geneva")
    await expect(page.getByTestId('reader-metadata')).toContainText('Channel Seven World · By Elena Markova')

    const text = page.getByTestId('reader-text')
    const signOff = text.locator('[data-block]').filter({ hasText: 'EM, CHANNEL SEVEN WORLD' })
    await signOff.hover()
    await signOff.locator('xpath=..').getByRole('button', { name: 'Mark as boilerplate' }).click()
    await expect(text).not.toContainText('EM, CHANNEL SEVEN WORLD')
    await expect(page.getByRole('switch', { name: 'Show removed text (2)' })).toBeVisible()

    await page.getByRole('button', { name: 'Edit details' }).click()
    const dialog = page.getByRole('dialog', { name: 'Document details' })
    await dialog.getByLabel('Published').fill('22/11/2017')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog).toContainText('Dates are written YYYY-MM-DD.')
    await dialog.getByLabel('Published').fill('2017-11-22')
    await dialog.getByLabel('Outlet').fill('Channel 7 World')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('reader-metadata')).toContainText('Channel 7 World · By Elena Markova ·')
    await page.getByRole('link', { name: 'Library', exact: true }).first().click()
    await expect(page.getByTestId('library-row').first()).toContainText('Channel 7 World')
  })

  test('a folder of every format imports with progress and a per-file report', async ({ parley }) => {
    const { page } = parley
    await parley.open()
    parley.setDialogFiles([join(fixturesDir, 'html'), join(fixturesDir, 'pdf'), join(fixturesDir, 'docx')])
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await page.getByRole('menuitem', { name: 'Folder…' }).click()
    expect(parley.lastDialogKind()).toBe('folder')
    const report = page.getByRole('dialog', { name: 'Import results' })
    await expect(report).toBeVisible({ timeout: 20_000 })
    await expect(report).toContainText('news-article.html')
    await expect(report).toContainText('report-three-pages.pdf')
    await expect(report).toContainText('statement.docx')
    await expect(report).toContainText('OCR is not supported')
    await expect(report).toContainText('encrypted or password-protected')
    await expect(report).toContainText('may be a zip bomb')
    await page.keyboard.press('Escape')
    const imported = await page.getByTestId('library-row').count()
    expect(imported).toBeGreaterThanOrEqual(5)

    await page.getByRole('link', { name: /./ }).filter({ hasText: /Sochi|congress|Congress/ }).first().click()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })

  test('pasted text becomes a new document', async ({ parley }) => {
    const { page } = parley
    await parley.open()
    await page.evaluate(() => {
      const data = new DataTransfer()
      data.setData('text/plain', 'Envoy urges calm in Idlib\n\nThe UN envoy urged restraint around Idlib on Monday.')
      window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }))
    })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Envoy urges calm in Idlib')
    await expect(page.getByText('Pasted', { exact: true })).toBeVisible()
  })
})

test('a reprint is linked as the same story', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  const original = await readFile(join(sampleLibraryDir, '01-sochi-summit-wire.txt'), 'utf8')
  const paragraphs = original.split('\n\n')
  const reprint = ['Russia, Turkey, Iran leaders endorse Syria dialogue congress', ...paragraphs.slice(1, 7), 'Reporting by the Moscow bureau.'].join('\n\n')
  await page.evaluate((text) => {
    const data = new DataTransfer()
    data.setData('text/plain', text)
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }))
  }, reprint)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia, Turkey, Iran leaders endorse Syria dialogue congress')
  const note = page.getByTestId('same-story')
  await expect(note).toContainText('Same story as “Putin, Erdogan and Rouhani back Syrian national dialogue congress at Sochi summit”')
  await note.getByRole('link').click()
  await expect(page.getByTestId('same-story')).toContainText('Russia, Turkey, Iran leaders endorse Syria dialogue congress')
})
