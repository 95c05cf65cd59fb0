import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './harness/fixtures'

const HOLDS = 'The library holds 5 documents and no annotations yet, so there is nothing to report.'
const TOOLBAR_STEP = 'The toolbar that appears offers Highlight (H), Note (N) and Claim (C)'
/** What the empty report used to print on every page. */
const ZERO_COUNTS = /\b0 (documents|annotations|claims|other annotations)\b/

test('a report of a library with no annotations says what the library holds and how to start, on screen and in every file', async ({ parley }) => {
  const { page, libraryDir } = parley
  // The harness seeds the 5 sample articles and no annotation.
  await parley.open('#/report')
  const preview = page.getByTestId('report-preview')
  await expect(preview.getByRole('heading', { name: 'Nothing to report yet' })).toBeVisible()
  await expect(preview).toContainText(HOLDS)
  await expect(preview).toContainText(TOOLBAR_STEP)
  await expect(page.getByTestId('report-counts')).toHaveText('Nothing to report yet: no annotations in this scope')
  expect(await preview.textContent()).not.toMatch(ZERO_COUNTS)
  // No empty evidence sections: only the cover and the explanation.
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText(['Nothing to report yet'])

  await preview.getByRole('heading', { name: 'Nothing to report yet' }).scrollIntoViewIfNeeded()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: join('out', 'screenshots', `report-empty-${scheme}.png`) })
  }
  await page.emulateMedia({ colorScheme: 'light' })

  const saved = (name: string) => join(libraryDir, '..', `${libraryDir.split('/').pop()}-${name}`)
  parley.setSavePath(saved('empty.pdf'))
  await page.getByRole('button', { name: 'Save as PDF' }).click()
  await expect(page.getByText(/Report saved/)).toBeVisible({ timeout: 20_000 })
  const pdfText = execFileSync('pdftotext', [saved('empty.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(pdfText).toContain(HOLDS)
  expect(pdfText).toContain(TOOLBAR_STEP)
  expect(pdfText).not.toMatch(ZERO_COUNTS)
  // The cover, then one page that explains: not four pages of empty sections.
  expect(execFileSync('pdfinfo', [saved('empty.pdf')], { encoding: 'utf8' })).toMatch(/^Pages:\s+2$/m)

  for (const [button, name] of [['Save as HTML', 'empty.html'], ['Save as Markdown', 'empty.md']] as const) {
    parley.setSavePath(saved(name))
    await page.getByRole('button', { name: button }).click()
    await expect.poll(async () => (await readFile(saved(name), 'utf8').catch(() => '')).includes(HOLDS), { timeout: 10_000 }).toBe(true)
    const text = await readFile(saved(name), 'utf8')
    expect(text).toContain(TOOLBAR_STEP)
    expect(text).not.toMatch(ZERO_COUNTS)
  }
})
