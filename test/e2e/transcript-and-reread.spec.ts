import { join } from 'node:path'
import { test, expect } from './harness/fixtures'

const screenshotDir = join('out', 'screenshots')

test('a broadcast transcript shows each speaker beside their words', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  await page.getByRole('link', { name: /peoples' congress as opposition and UN keep focus on Geneva/i }).click()
  const putin = page.getByLabel('Spoken by Vladimir Putin, Russian President')
  await expect(putin).toBeVisible()
  await expect(page.getByLabel(/^Spoken by Nasr al-Hariri/)).toBeVisible()
  // The label sits to the left of the words, on the same line.
  const speech = page.locator('[data-speech-block]').first()
  const words = speech.locator('p')
  await expect(words).toContainText('We agreed to support the convening of a congress of national dialogue')
  const [labelBox, wordsBox] = [await putin.boundingBox(), await words.boundingBox()]
  expect(labelBox!.x + labelBox!.width).toBeLessThanOrEqual(wordsBox!.x)
  expect(Math.abs(labelBox!.y - wordsBox!.y)).toBeLessThan(20)
  // The header line is not in the reading text: only the spoken words are.
  await expect(page.getByTestId('reader-text')).not.toContainText('VLADIMIR PUTIN RUSSIAN PRESIDENT')
  await speech.scrollIntoViewIfNeeded()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: join(screenshotDir, `reader-transcript-${scheme}.png`) })
  }
  await page.emulateMedia({ colorScheme: 'light' })
})

test('re-reading a document from its original says what it changed', async ({ parley }) => {
  const { page, services } = parley
  const wire = services.store.listDocuments().find((d) => d.original.name.includes('wire'))!
  // As an older Parley stored it: the whole text in one block.
  const text = await services.store.readText(wire)
  await services.store.replaceBlocks(wire.id, [{ kind: 'paragraph', text: text.replace(/\n\n/g, '\n'), page: null, removed: null }])
  await parley.open(`#/documents/${wire.id}`)
  await expect(page.getByTestId('reader-text').locator('p')).toHaveCount(1)
  await page.getByRole('button', { name: 'Text' }).click()
  await page.getByRole('menuitem', { name: /Re-read from original/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Re-read from original' })
  await expect(dialog).toContainText('Annotations are placed again')
  await dialog.getByRole('button', { name: 'Re-read' }).click()
  await expect(page.getByText(/^Now \d+ paragraphs/)).toBeVisible()
  expect(await page.getByTestId('reader-text').locator('p').count()).toBeGreaterThan(4)
})
