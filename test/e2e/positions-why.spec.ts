import { join } from 'node:path'
import { test, expect } from './harness/fixtures'

test.use({ seedSampleAnalysis: true })

test('a shifted cell says since when and what it was, dates never break, and the deciding claim is one click away', async ({ parley }) => {
  const { page } = parley
  await parley.open('#/positions')
  const matrix = page.getByRole('table', { name: 'Positions by issue and party' })
  const cell = matrix.getByRole('button', { name: 'Syrian opposition on Sochi congress: opposes, 3 claims' })
  await expect(cell.getByTestId('cell-why')).toHaveText('since 2017-11-24 (was conditional)')
  // Every date in the matrix is on one line.
  const broken = await matrix.locator('span').evaluateAll((spans) =>
    spans.filter((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.textContent ?? '') && s.getClientRects().length > 1).map((s) => s.textContent),
  )
  expect(broken).toEqual([])
  // An issue title of a few words takes at most two lines.
  const lines = await matrix.getByRole('rowheader').evaluateAll((heads) =>
    heads.map((head) => {
      const range = document.createRange()
      range.selectNodeContents(head)
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
    }),
  )
  expect(Math.max(...lines)).toBeLessThanOrEqual(2)
  // "↺ shifted" stays on one line.
  const shifted = matrix.getByText('↺ shifted').first()
  expect(await shifted.evaluate((el) => el.getClientRects().length)).toBe(1)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: join('out', 'screenshots', `positions-why-${scheme}.png`) })
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await cell.click()
  const drawer = page.getByRole('dialog', { name: 'Syrian opposition on Sochi congress' })
  await expect(drawer.getByTestId('decisive-claim').first()).toBeVisible()
})
