import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './harness/fixtures'

/** A folder of short, distinct dispatches: enough that a batch takes a few seconds. */
async function folderOfDispatches(count: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-batch-'))
  await mkdir(dir, { recursive: true })
  for (let i = 0; i < count; i++) {
    const body = [
      `Delegates in Geneva meet for round ${i + 1} of talks on the constitutional committee`,
      '',
      `GENEVA, Dec ${(i % 28) + 1}, 2017 (Test Wire) - Round ${i + 1} opened with ${i + 3} delegations present and a new draft agenda numbered ${1000 + i * 7}.`,
      '',
      `The UN envoy said item ${i * 13} of the agenda would be taken first, and that the talks would continue for ${(i % 5) + 2} days.`,
    ].join('\n')
    await writeFile(join(dir, `dispatch-${String(i).padStart(3, '0')}.txt`), body)
  }
  return dir
}

test('the library count moves with a batch, before it finishes', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  await expect(page.getByText('5 articles')).toBeVisible()
  parley.setDialogFiles([await folderOfDispatches(60)])
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Folder…' }).click()
  const progress = page.getByRole('progressbar', { name: 'Import progress' })
  await expect(progress).toBeVisible()
  // While the batch runs, the library shows more than the 5 it had and fewer than all 65.
  const seen: number[] = []
  while (await progress.isVisible()) {
    const label = await page.getByText(/^\d+ articles$/).first().textContent().catch(() => null)
    if (label) seen.push(Number(label.replace(/\D/g, '')))
    await page.waitForTimeout(150)
  }
  expect(seen.some((n) => n > 5 && n < 65), `counts seen: ${seen.join(",")}`).toBe(true)
  await expect(page.getByRole('dialog', { name: 'Import results' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByText('65 articles')).toBeVisible()
})

/** Every visible control on the page that a notification's box overlaps, by accessible name. */
async function controlsUnderNotifications(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const toasts = [...document.querySelectorAll('.mantine-Notification-root')].map((n) => n.getBoundingClientRect())
    const controls = [...document.querySelectorAll('button, a[href], input, select, textarea, [role="button"], [role="combobox"], [role="radio"]')].filter((c) => !c.closest('.mantine-Notification-root'))
    const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
    return controls
      .filter((c) => {
        const box = c.getBoundingClientRect()
        const style = getComputedStyle(c)
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && toasts.some((t) => overlaps(t, box))
      })
      .map((c) => c.getAttribute('aria-label') ?? c.textContent?.trim().slice(0, 40) ?? c.tagName)
  })
}

test('notifications cover no control: batch progress, import finished, and over the claim form', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  parley.setDialogFiles([await folderOfDispatches(25)])
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Folder…' }).click()
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible()
  expect(await controlsUnderNotifications(page)).toEqual([])
  await page.screenshot({ path: join('out', 'screenshots', 'notification-progress-light.png') })
  await expect(page.getByRole('dialog', { name: 'Import results' })).toBeVisible({ timeout: 20_000 })
  await page.keyboard.press('Escape')
  await expect(page.getByText('Import finished')).toBeVisible()
  expect(await controlsUnderNotifications(page)).toEqual([])
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: join('out', 'screenshots', `notification-finished-${scheme}.png`) })
  }
  await page.emulateMedia({ colorScheme: 'light' })
})
