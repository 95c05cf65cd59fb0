import { join } from 'node:path'
import { test, expect } from './harness/fixtures'

test('the “mark as boilerplate” button sits in the gutter, clear of the text and of the annotations', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  await page.getByRole('link', { name: /opposition fears Sochi congress/i }).click()
  const paragraph = page.getByTestId('reader-text').locator('p').nth(1)
  await paragraph.hover()
  const button = page.getByRole('button', { name: 'Mark as boilerplate' }).nth(1)
  await expect(button).toBeVisible()
  const [text, action, sidebar] = [await paragraph.boundingBox(), await button.boundingBox(), await page.getByRole('complementary', { name: 'Annotations' }).boundingBox()]
  expect(action!.x).toBeGreaterThanOrEqual(text!.x + text!.width)
  expect(action!.x + action!.width).toBeLessThanOrEqual(sidebar!.x)
  await expect(page.getByRole('radiogroup', { name: 'Show' })).toHaveCount(0)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: join('out', 'screenshots', `reader-gutter-${scheme}.png`) })
  }
  await page.emulateMedia({ colorScheme: 'light' })
})
