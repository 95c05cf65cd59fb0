import { join } from 'node:path'
import { test, expect } from './harness/fixtures'

test.use({ seedSampleAnalysis: true })

test('on first run the sample analysis fills the positions matrix and the report', async ({ parley }) => {
  const { page } = parley
  await parley.open('#/positions')
  const matrix = page.getByRole('table', { name: 'Positions by issue and party' })
  await expect(matrix.getByRole('button', { name: 'Syrian opposition on Sochi congress: opposes, 3 claims' })).toContainText('shifted')
  await expect(matrix.getByRole('button', { name: 'Russia on Sochi congress: supports, 2 claims' })).toContainText('2 independent reports')
  await expect(matrix.getByRole('cell', { name: 'United Nations on Kurdish participation: no claims' })).toBeVisible()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: join('out', 'screenshots', `first-run-positions-${scheme}.png`) })
  }

  await page.emulateMedia({ colorScheme: 'light' })
  await parley.open('#/report')
  const preview = page.getByTestId('report-preview')
  await expect(preview.getByText('We take note of the Sochi initiative').first()).toBeVisible()
  await expect(page.getByTestId('report-counts')).toHaveText('5 documents · 12 annotations · 10 claims · 11 footnotes')
  await page.screenshot({ path: join('out', 'screenshots', 'first-run-report-light.png') })
})
