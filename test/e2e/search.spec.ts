import { join } from 'node:path'
import { test, expect } from './harness/fixtures'

test('Ctrl+K finds a misspelt name as you type, and the reader highlights every match', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  await expect(page.getByTestId('library-row')).toHaveCount(5)
  await page.keyboard.press('Control+k')
  const search = page.getByRole('textbox', { name: 'Search the library' })
  await expect(search).toBeFocused()
  await search.pressSequentially('Cavusolgu', { delay: 30 })
  const result = page.getByRole('button', { name: /Turkey draws red line/ })
  await expect(result).toBeVisible()
  await expect(page.locator('.mantine-Spotlight-action mark').first()).toHaveText(/Cavusoglu/i)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: join('out', 'screenshots', `search-palette-${scheme}.png`) })
  }
  await page.keyboard.press('Enter')

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Turkey draws red line/)
  const bar = page.getByRole('search', { name: 'Matches in this document' })
  await expect(bar).toContainText(/1 of \d+/)
  const marks = page.getByTestId('reader-text').locator('mark[data-find]')
  await expect(marks.first()).toHaveText(/Cavusoglu/i)
  const total = await marks.count()
  await bar.getByRole('button', { name: 'Next match' }).click()
  await expect(bar).toContainText(total > 1 ? `2 of ${total}` : `1 of ${total}`)
  await expect(page.locator('mark[data-current-find]')).toHaveCount(1)
})

test('the search page narrows results with facets and field filters', async ({ parley }) => {
  const { page } = parley
  await parley.open('#/search?q=Sochi%20congress')
  const results = page.getByTestId('search-results')
  await expect(results.locator('.mantine-Paper-root')).not.toHaveCount(0)
  const before = await results.locator('.mantine-Paper-root').count()
  await expect(page.getByRole('complementary', { name: 'Facets' })).toContainText('Documents')
  await page.screenshot({ path: join('out', 'screenshots', 'search-page-light.png') })
  await page.getByRole('complementary', { name: 'Facets' }).getByText('Gulf Observer').click()
  await expect(page.getByRole('textbox', { name: 'Search query' })).toHaveValue('Sochi congress outlet:"Gulf Observer"')
  await expect(results.locator('.mantine-Paper-root')).toHaveCount(1)
  expect(before).toBeGreaterThan(1)
})

test('a misspelt query offers “did you mean”, in the search page and the palette', async ({ parley }) => {
  const { page } = parley
  await parley.open('#/search?q=Erdgan%20Sochi')
  const suggestion = page.getByTestId('did-you-mean')
  await expect(suggestion).toHaveText('Did you mean Erdogan Sochi?')
  const results = page.getByTestId('search-results').locator('.mantine-Paper-root')
  await expect(results).not.toHaveCount(0)
  await suggestion.getByRole('button', { name: 'Erdogan Sochi' }).click()
  await expect(page.getByRole('textbox', { name: 'Search query' })).toHaveValue('Erdogan Sochi')
  await expect(suggestion).toHaveCount(0)

  await page.keyboard.press('Control+k')
  await page.getByRole('textbox', { name: 'Search the library' }).pressSequentially('Cavusolgu ', { delay: 20 })
  await expect(page.locator('.mantine-Spotlight-root [data-testid="did-you-mean"]')).toHaveText('Did you mean Cavusoglu?')
})
