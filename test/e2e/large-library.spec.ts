import { test, expect } from './harness/fixtures'
import { generatedDocuments } from '../bench/generate-library'

test.use({ seedSamples: false })

test('10,000 articles: only the visible rows are rendered, and the last one is reachable', async ({ parley }) => {
  const { page, services } = parley
  const documents = generatedDocuments(10_000, 7)
  // Index entries only: this test is about the table, not the texts.
  await services.store.commit((data) => ({ ...data, documents }))
  await parley.open()
  await expect(page.getByText('10,000 articles')).toBeVisible({ timeout: 25_000 })
  const rows = page.getByTestId('library-row')
  await expect(rows.first()).toBeVisible()
  expect(await rows.count()).toBeLessThan(80)

  await page.getByRole('button', { name: 'Sort by title' }).click()
  const lastTitle = [...documents].map((d) => d.title).sort((a, b) => a.localeCompare(b)).at(-1)!
  await page.getByTestId('library-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight))
  await expect(page.getByRole('link', { name: lastTitle, exact: true })).toBeVisible()
  expect(await rows.count()).toBeLessThan(80)
})
