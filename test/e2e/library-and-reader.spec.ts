import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect, fixturesDir } from './harness/fixtures'

// Outside test-results/, which Playwright empties at the start of every run.
const screenshotDir = join('out', 'screenshots')

test('the sample library appears on first run and an article opens readable', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  const rows = page.getByTestId('library-row')
  await expect(rows).toHaveCount(5)
  await expect(page.getByText('5 articles')).toBeVisible()
  // Newest first by default: the Astana statement of 22 December leads.
  await expect(rows.first()).toContainText('Gulf Observer')

  await page.getByRole('link', { name: /opposition fears Sochi congress/i }).click()
  await expect(page).toHaveURL(/#\/documents\//)
  const title = page.getByRole('heading', { level: 1 })
  await expect(title).toHaveText('Syrian opposition fears Sochi congress will sideline Geneva talks')
  await expect(page.getByTestId('reader-metadata')).toContainText('The Levant Ledger · By Karim Haddad')
  const paragraphs = page.getByTestId('reader-text').locator('p')
  expect(await paragraphs.count()).toBeGreaterThan(4)
  await expect(paragraphs.first()).toBeVisible()
  // Readable: reading-size type and a measure of at most ~75 characters.
  const metrics = await paragraphs.first().evaluate((el) => {
    const style = getComputedStyle(el)
    return { fontSize: parseFloat(style.fontSize), width: el.getBoundingClientRect().width }
  })
  expect(metrics.fontSize).toBeGreaterThanOrEqual(17)
  expect(metrics.width / metrics.fontSize).toBeLessThan(40)
  // Markdown syntax was turned into reading text.
  await expect(page.getByTestId('reader-text')).not.toContainText('](')
  await expect(page.getByTestId('reader-text')).not.toContainText('## ')

  // The navigation remembers what was read.
  await page.getByRole('link', { name: 'Library', exact: true }).first().click()
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toContainText('Syrian opposition fears Sochi')
})

test('the library sorts by any column and filters with typos', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  const rows = page.getByTestId('library-row')
  await page.getByRole('button', { name: 'Sort by words' }).click()
  const words = await rows.locator('td:nth-child(4)').allInnerTexts()
  const counts = words.map((w) => Number(w.replace(/\D/g, '')))
  expect(counts).toEqual([...counts].sort((a, b) => b - a))
  await page.getByRole('button', { name: 'Sort by title' }).click()
  const titles = await rows.locator('td:nth-child(1)').allInnerTexts()
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)))

  await page.getByLabel('Filter the library').fill('Anatolia Reveiw')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('Anatolia Review')
  await expect(page.getByText('1 of 5 articles match')).toBeVisible()
})

test('a missing document shows the typed error from main', async ({ parley }) => {
  const { page } = parley
  await parley.open('#/documents/0c5e2a9b-7f41-4d3e-9a10-5b6c7d8e9f00')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Not found')
  await expect(alert).toContainText('No document with id 0c5e2a9b-7f41-4d3e-9a10-5b6c7d8e9f00')
  await expect(alert).toContainText('not-found')
  // An id not in the form the library makes never reaches a handler.
  await parley.open('#/documents/..%2F..%2Fetc%2Fpasswd')
  await expect(page.getByRole('alert')).toContainText('Not a Parley id (expected a UUID).')
})

test.describe('an empty library', () => {
  test.use({ seedSamples: false })

  test('shows the empty state, and importing one file opens it', async ({ parley }) => {
    const { page } = parley
    await parley.open()
    await expect(page.getByText('Your library is empty')).toBeVisible()
    parley.setDialogFiles([join(fixturesDir, 'text', 'de-mistura-briefing.md')])
    await page.getByRole('button', { name: 'Import articles…' }).click()
    expect(parley.lastDialogKind()).toBe('files')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('De Mistura briefs the Security Council on Geneva')
    await expect(page.getByTestId('reader-text')).toContainText('eighth round')
    await expect(page.getByRole('link', { name: 'Library' }).first()).toContainText('1')
  })

  test('a batch import lists each file with its outcome', async ({ parley }) => {
    const { page } = parley
    await parley.open()
    parley.setDialogFiles([
      join(fixturesDir, 'text', 'de-mistura-briefing.md'),
      join(fixturesDir, 'text', 'de-mistura-briefing-copy.md'),
      join(fixturesDir, 'text', 'binary-posing-as-text.txt'),
    ])
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await page.getByRole('menuitem', { name: 'Files…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import results' })
    await expect(dialog).toContainText('1 imported, 1 already in the library, 1 failed')
    await expect(dialog).toContainText('looks like binary data, not text')
    await expect(dialog).toContainText('Already in the library as “De Mistura briefs the Security Council on Geneva”')
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('library-row')).toHaveCount(1)
  })
})

test('screenshots of the library and the reader in light and dark themes', async ({ parley }) => {
  const { page } = parley
  await mkdir(screenshotDir, { recursive: true })
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await parley.open()
    await expect(page.getByTestId('library-row')).toHaveCount(5)
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    // Following the system: dark pages have a dark body, light pages a light one.
    const [r = 0, g = 0, b = 0] = background.match(/\d+/g)!.map(Number)
    const luminance = (r + g + b) / 3
    if (scheme === 'dark') expect(luminance).toBeLessThan(80)
    else expect(luminance).toBeGreaterThan(200)
    await page.screenshot({ path: join(screenshotDir, `library-${scheme}.png`) })
    await page.getByRole('link', { name: /Putin|Sochi/ }).first().click()
    await expect(page.getByTestId('reader-text')).toBeVisible()
    await page.screenshot({ path: join(screenshotDir, `reader-${scheme}.png`) })
  }
})
