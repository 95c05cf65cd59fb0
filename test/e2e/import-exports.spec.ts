import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './harness/fixtures'
import { generatedNexisExport } from '../fixtures/news-exports/generate-export'

test('a Nexis export of 200 articles imports as 200 documents, with progress inside the file and a row per article', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  const before = Number((await page.getByText(/^\d+ articles$/).first().textContent())!.split(' ')[0])
  const dir = await mkdtemp(join(tmpdir(), 'parley-export-'))
  const file = join(dir, 'nexis-syria-200.txt')
  await writeFile(file, generatedNexisExport(200))
  parley.setDialogFiles([file])
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Files…' }).click()

  // One file, but the progress moves article by article.
  await expect(page.getByTestId('import-progress-within')).toContainText(/^(article \d+ of 200|saving 200 articles)$/, { timeout: 20_000 })
  await page.screenshot({ path: join('out', 'screenshots', 'import-export-progress.png') })

  const results = page.getByRole('dialog', { name: 'Import results' })
  await expect(results).toBeVisible({ timeout: 60_000 })
  await expect(results).toContainText('200 imported.')
  await expect(results.getByTestId('import-article-place')).toHaveCount(200)
  await expect(results.getByTestId('import-article-place').first()).toHaveText(/^article 1 of 200 \(Nexis, \d+ words\)$/)
  await expect(results.locator('tbody tr').first()).toContainText('Imported “Talks in')
  await page.screenshot({ path: join('out', 'screenshots', 'import-export-results.png') })
  await page.keyboard.press('Escape')
  // The library, not one article, is what an export of many opens on.
  await expect(page.getByText(`${before + 200} articles`)).toBeVisible()
})

test('dates: one year dates every dispatch that gave a day without one, and a single date is one click from its warning', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  const dir = await mkdtemp(join(tmpdir(), 'parley-dates-'))
  const days = [['Nov 22', 'Sochi'], ['Nov 23', 'Ankara'], ['Feb 29', 'Geneva']] as const
  for (const [day, place] of days) {
    await writeFile(join(dir, `${place.toLowerCase()}.txt`), `Delegates gather in ${place}\n\n${place.toUpperCase()}, ${day} (Test Wire) - Delegations arrived in ${place} for another round of talks on the constitution.`)
  }
  await writeFile(join(dir, 'undated.txt'), 'Opposition names its delegation\n\nThe opposition named a new delegation for the talks, its spokesman said on Monday.')
  parley.setDialogFiles([dir])
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Folder…' }).click()
  const results = page.getByRole('dialog', { name: 'Import results' })
  await expect(results).toBeVisible({ timeout: 20_000 })

  const bar = results.getByTestId('set-year-for-all')
  await expect(bar).toContainText('3 documents give a day but no year')
  await bar.getByRole('textbox', { name: 'Year' }).fill('2017')
  await bar.getByRole('button', { name: 'Set the year' }).click()
  // 2017 has no 29 February: that one is named and left undated, the others are set.
  await expect(bar).toContainText('2017 has no Feb 29: 1 document left without a date.')
  await expect(results.getByTestId('import-date-set')).toHaveCount(2)
  await expect(results.locator('tbody tr').filter({ hasText: 'sochi.txt' })).toContainText('Date set: 2017-11-22')
  await expect(results.locator('tbody tr').filter({ hasText: 'sochi.txt' })).not.toContainText('No publication date found')
  await page.screenshot({ path: join('out', 'screenshots', 'import-set-year.png') })

  // The undated one: Set date, pick the day, save.
  const undated = results.locator('tbody tr').filter({ hasText: 'undated.txt' })
  await undated.getByRole('button', { name: /^Set the date of/ }).click()
  await page.getByLabel('Published on').fill('2017-12-04')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(undated).toContainText('Date set: 2017-12-04')
  await page.keyboard.press('Escape')

  // The library holds the dates.
  const library = JSON.parse(await readFile(join(parley.libraryDir, 'library.json'), 'utf8')) as { documents: Array<{ title: string; publishedAt: string | null }> }
  const dates = library.documents.filter((d) => /^(Delegates gather|Opposition names)/.test(d.title)).map((d) => [d.title, d.publishedAt]).sort()
  expect(dates).toEqual([
    ['Delegates gather in Ankara', '2017-11-23'],
    ['Delegates gather in Geneva', null],
    ['Delegates gather in Sochi', '2017-11-22'],
    ['Opposition names its delegation', '2017-12-04'],
  ])
})
