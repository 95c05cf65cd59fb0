import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './harness/fixtures'

/** A Hypothesis export written for this test: one annotation on a sample article's words, one on a page not in the library. */
const HYPOTHESIS_EXPORT = {
  export_date: '2017-12-01T09:00:00.000Z',
  annotations: [
    {
      id: 'hx1',
      created: '2017-11-30T08:00:00.000Z',
      updated: '2017-11-30T08:00:00.000Z',
      uri: 'https://anatolia-review.example/turkey-red-line',
      text: 'Ankara rules out the PYD.',
      tags: ['kurds'],
      document: { title: ['Turkey draws red line over Kurdish role in Sochi congress'] },
      target: [{ source: 'https://anatolia-review.example/turkey-red-line', selector: [{ type: 'TextQuoteSelector', exact: 'We will not sit at the same table with a terrorist organisation', prefix: '', suffix: '' }] }],
    },
    {
      id: 'hx2',
      created: '2017-11-30T08:10:00.000Z',
      updated: '2017-11-30T08:10:00.000Z',
      uri: 'https://elsewhere.example/geneva-eighth-round',
      text: 'Compare with the government line.',
      tags: [],
      document: { title: ['Geneva talks: eighth round opens'] },
      target: [{ source: 'https://elsewhere.example/geneva-eighth-round', selector: [{ type: 'TextQuoteSelector', exact: 'de-escalation zones', prefix: '', suffix: '' }] }],
    },
  ],
}

test('a Hypothesis export comes in: what fits is placed, what does not waits in Unplaced until the analyst places it', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  const dir = await mkdtemp(join(tmpdir(), 'parley-hypothesis-'))
  const file = join(dir, 'hypothesis-export.json')
  await writeFile(file, JSON.stringify(HYPOTHESIS_EXPORT))
  parley.setAnnotationFile(file)
  await page.getByRole('button', { name: 'Annotations' }).click()
  await page.getByRole('menuitem', { name: 'Import annotations (Parley, W3C, Hypothesis)…' }).click()
  const notice = page.locator('.mantine-Notification-root').filter({ hasText: 'Annotations imported (Hypothesis)' })
  await expect(notice).toContainText('1 placed; 1 not placed; created 1 tag.')
  await page.screenshot({ path: join('out', 'screenshots', 'import-hypothesis-notice.png') })
  await notice.getByRole('button', { name: 'Place or discard the 1…' }).click()

  const modal = page.getByRole('dialog', { name: /^Unplaced annotations/ })
  await expect(modal).toHaveAccessibleName('Unplaced annotations (1)')
  // The words occur in four documents, and nothing else says which: the analyst chooses.
  await expect(modal).toContainText('its quote occurs in 4 documents and nothing else says which')
  await modal.getByLabel(/Document for row 2/).click()
  await page.getByRole('option', { name: /^Russia pushes Syrian peoples' congress/ }).click()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: join('out', 'screenshots', `unplaced-annotations-${scheme}.png`) })
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await modal.getByRole('button', { name: 'Place here' }).click()
  await expect(modal).toContainText('Every imported annotation has its place.')
  await page.keyboard.press('Escape')

  // Both are in their documents now.
  await page.getByRole('link', { name: /Russia pushes Syrian peoples' congress/ }).first().click()
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toContainText('Compare with the government line.')
  await parley.open()
  await page.getByRole('link', { name: /Turkey draws red line/ }).first().click()
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toContainText('Ankara rules out the PYD.')
})

const SAMPLE_TITLES = [
  'Astana sponsors set Sochi congress for late January',
  'Turkey draws red line over Kurdish role in Sochi congress',
  'Syrian opposition fears Sochi congress will sideline Geneva talks',
  'Putin, Erdogan and Rouhani back Syrian national dialogue congress at Sochi summit',
  "Russia pushes Syrian peoples' congress as opposition and UN keep focus on Geneva",
]

test('a file of 20,000 annotations imports with progress, and the window keeps answering', async ({ parley }) => {
  test.setTimeout(120_000)
  const { page } = parley
  await parley.open()
  const rows = Array.from({ length: 20_000 }, (_, i) => ({
    id: `bulk-${i}`,
    created: '2017-11-30T08:00:00.000Z',
    uri: `https://news.example/${i % 5}`,
    text: '',
    tags: [],
    document: { title: [SAMPLE_TITLES[i % 5]] },
    target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'congress', prefix: '', suffix: '' }] }],
  }))
  const file = join(await mkdtemp(join(tmpdir(), 'parley-bulk-')), 'bulk.json')
  await writeFile(file, JSON.stringify({ export_date: '2017-12-01T00:00:00Z', annotations: rows }))
  parley.setAnnotationFile(file)
  await page.getByRole('button', { name: 'Annotations' }).click()
  await page.getByRole('menuitem', { name: 'Import annotations (Parley, W3C, Hypothesis)…' }).click()
  await expect(page.getByTestId('annotation-import-progress')).toContainText(/^Placing [\d,]+ of 20,000$/, { timeout: 30_000 })
  await page.screenshot({ path: join('out', 'screenshots', 'annotation-import-progress.png') })
  // While main works, the page still answers: the palette opens and closes.
  await page.keyboard.press('Control+k')
  await expect(page.getByPlaceholder(/Search/).first()).toBeVisible()
  await page.keyboard.press('Escape')
  // "congress" occurs more than once in each article, so every one is placed but marked for review.
  await expect(page.locator('.mantine-Notification-root').filter({ hasText: 'Annotations imported (Hypothesis)' })).toContainText('20,000 placed (20,000 to review)', { timeout: 90_000 })
})
