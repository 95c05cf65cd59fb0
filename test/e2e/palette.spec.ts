import { join } from 'node:path'
import { test, expect } from './harness/fixtures'
import { selectPhrase } from './harness/select-phrase'

const screenshotDir = join('out', 'screenshots')

test('the palette opens on recent documents, commands and hints, and runs commands', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  await page.getByRole('link', { name: /opposition fears Sochi congress/i }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('Control+k')
  const box = page.getByRole('textbox', { name: 'Search the library' })
  await expect(box).toBeFocused()
  const palette = page.getByRole('dialog').filter({ has: box })
  // Recent documents first (their group label is drawn by CSS), then commands.
  await expect(palette.getByRole('button').first()).toHaveAccessibleName(/opposition fears Sochi congress/i)
  await expect(palette.getByRole('button', { name: 'Go to Positions' })).toBeVisible()
  await expect(page.getByTestId('palette-hints')).toContainText('party:Russia')
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: join(screenshotDir, `palette-empty-${scheme}.png`) })
  }
  await page.emulateMedia({ colorScheme: 'light' })

  await box.fill('positions')
  await expect(palette.getByRole('button').first()).toHaveAccessibleName('Go to Positions')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/positions/)

  await page.keyboard.press('Control+k')
  await box.fill('dark theme')
  await palette.getByRole('button', { name: 'Switch to the dark theme' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')

  await page.keyboard.press('Control+k')
  await box.fill('import fold')
  await palette.getByRole('button', { name: 'Import a folder…' }).click()
  await expect.poll(() => parley.lastDialogKind()).toBe('folder')

  await page.keyboard.press('Control+k')
  await box.fill('Sochi')
  await palette.getByRole('button', { name: 'Search all results for Sochi' }).click()
  await expect(page).toHaveURL(/#\/search\?q=Sochi/)
  await expect(page.getByRole('textbox', { name: 'Search query' })).toHaveValue('Sochi')
})

test('“new claim from the selection” opens the claim form on the passage selected before the palette', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  await page.getByRole('link', { name: /Turkey draws red line/ }).click()
  const phrase = (await page.getByTestId('reader-text').locator('p').first().innerText()).split('. ')[0]!
  await selectPhrase(page, phrase)
  await expect(page.getByRole('toolbar', { name: 'Annotate selection' })).toBeVisible()
  await page.keyboard.press('Control+k')
  await page.getByRole('textbox', { name: 'Search the library' }).fill('new claim')
  await page.getByRole('dialog').filter({ has: page.getByRole('textbox', { name: 'Search the library' }) }).getByRole('button', { name: 'New claim from the selection' }).click()
  await expect(page.getByRole('dialog', { name: 'New claim' })).toContainText(phrase)
})

test('a passage selected while proposals are still being found stays selected when their underlines are drawn', async ({ parley }) => {
  const { page } = parley
  // Hold the document's proposals until the passage is selected, as a slow first reading would.
  await page.addInitScript(() => {
    const api = (window as unknown as { parley: Record<string, (...args: unknown[]) => Promise<unknown>> }).parley
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    Object.assign(window, { releaseProposals: release })
    Object.assign(window, { parley: Object.freeze({ ...api, listDocumentProposals: async (...args: unknown[]) => (await held, api.listDocumentProposals!(...args)) }) })
  })
  await parley.open()
  await page.getByRole('link', { name: /Turkey draws red line/ }).click()
  await expect(page.getByTestId('proposals-bar')).toContainText('Finding who said what')
  const quoted = page.getByTestId('reader-text').locator('p', { hasText: 'Peskov told reporters' })
  const phrase = (await quoted.innerText()).trim()
  await selectPhrase(page, phrase)
  await expect(page.getByRole('toolbar', { name: 'Annotate selection' })).toBeVisible()

  await page.evaluate(() => (window as unknown as { releaseProposals: () => void }).releaseProposals())
  await expect(page.getByTestId('proposals-bar')).toContainText(/Show \d+ proposed claims?/)
  await expect(quoted.locator('[data-speaker]').first()).toBeAttached()
  expect(await page.evaluate(() => window.getSelection()!.toString().trim())).toBe(phrase)
  await expect(page.getByRole('toolbar', { name: 'Annotate selection' })).toBeVisible()
  await page.keyboard.press('Control+k')
  await page.getByRole('textbox', { name: 'Search the library' }).fill('new claim')
  await page.getByRole('dialog').filter({ has: page.getByRole('textbox', { name: 'Search the library' }) }).getByRole('button', { name: 'New claim from the selection' }).click()
  await expect(page.getByRole('dialog', { name: 'New claim' })).toContainText(phrase.slice(0, 60))
})
