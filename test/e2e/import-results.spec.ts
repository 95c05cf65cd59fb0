import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './harness/fixtures'

const LONG_NAME = 'a-very-long-file-name-of-a-dispatch-downloaded-from-a-news-database-export-2017-11-22.txt'

/** A folder giving every result: imported, duplicate (a copy) and failed (an unsupported kind), and a long name. */
async function folderOfEveryOutcome(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-results-'))
  const dispatch = 'Delegates in Geneva meet on the constitutional committee\n\nGENEVA, Dec 1, 2017 (Test Wire) - Round one opened with four delegations present.'
  await writeFile(join(dir, 'dispatch.txt'), dispatch)
  await writeFile(join(dir, 'dispatch-copy.txt'), dispatch)
  await writeFile(join(dir, 'empty.md'), '')
  await writeFile(join(dir, LONG_NAME), 'Kurdish participation remains unresolved\n\nANKARA, Nov 22, 2017 (Test Wire) - Turkey repeated that the YPG could not attend.')
  return dir
}

/** For each status badge: its text, whether the text is clipped, and whether the badge leaves its cell. */
function badgeFits(results: Locator) {
  return results.locator('tbody .mantine-Badge-root').evaluateAll((badges) =>
    badges.map((badge) => {
      const label = badge.querySelector('.mantine-Badge-label') ?? badge
      const box = badge.getBoundingClientRect()
      const cell = badge.closest('td')!.getBoundingClientRect()
      return {
        text: badge.textContent,
        clipped: label.scrollWidth > label.clientWidth || badge.scrollWidth > badge.clientWidth,
        outsideCell: box.left < cell.left || box.right > cell.right,
      }
    }),
  )
}

async function openResults(page: Page, paths: string[], setDialogFiles: (paths: string[]) => void): Promise<Locator> {
  setDialogFiles(paths)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Folder…' }).click()
  const results = page.getByRole('dialog', { name: 'Import results' })
  await expect(results).toBeVisible({ timeout: 20_000 })
  return results
}

test('import results: no status badge is cut, wide or narrow; long names end in an ellipsis with the whole name on hover', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  const results = await openResults(page, [await folderOfEveryOutcome()], parley.setDialogFiles)
  await expect(results.locator('tbody .mantine-Badge-root')).toHaveCount(4)
  // Every label, the longest (Duplicate) included.
  expect((await results.locator('tbody .mantine-Badge-root').allTextContents()).sort()).toEqual(['Duplicate', 'Failed', 'Imported', 'Imported'])

  for (const width of [1280, 960, 720]) {
    await page.setViewportSize({ width, height: 800 })
    const fits = await badgeFits(results)
    expect(fits.filter((b) => b.clipped || b.outsideCell), `at ${width}px`).toEqual([])
  }
  await page.setViewportSize({ width: 1280, height: 800 })

  // A long name is one line cut at its end, not broken mid-word; the tooltip shows all of it.
  const name = results.getByTestId('import-file-name').filter({ hasText: 'a-very-long-file-name' })
  expect(await name.evaluate((el) => ({ overflow: getComputedStyle(el).textOverflow, wrap: getComputedStyle(el).whiteSpace, cut: el.scrollWidth > el.clientWidth, lines: Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)) }))).toEqual({
    overflow: 'ellipsis',
    wrap: 'nowrap',
    cut: true,
    lines: 1,
  })
  // Short names are shown whole.
  const short = results.getByTestId('import-file-name').filter({ hasText: /^dispatch\.txt$/ })
  expect(await short.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: join('out', 'screenshots', `import-results-${scheme}.png`) })
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await name.hover()
  await expect(page.getByRole('tooltip')).toHaveText(LONG_NAME)
})

test('folders with nothing to import are named: in the results beside other files, and alone in a notification', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  const root = await mkdtemp(join(tmpdir(), 'parley-nothing-'))
  const empty = join(root, 'empty')
  const namedLikeAFile = join(root, 'x.html')
  await mkdir(empty)
  await mkdir(join(namedLikeAFile, 'drafts'), { recursive: true })
  await writeFile(join(namedLikeAFile, 'drafts', 'notes.odt'), 'not importable')

  const results = await openResults(page, [empty, await folderOfEveryOutcome()], parley.setDialogFiles)
  const emptyRow = results.locator('tbody tr').filter({ hasText: 'empty is an empty folder: there is nothing in it to import.' })
  await expect(emptyRow.locator('.mantine-Badge-root')).toHaveText('Failed')
  await page.keyboard.press('Escape')
  await expect(results).toBeHidden()

  // Nothing at all to import: no empty results table, a notification saying why for each folder.
  parley.setDialogFiles([namedLikeAFile, empty])
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Folder…' }).click()
  const notice = page.locator('.mantine-Notification-root').filter({ hasText: 'Nothing to import' })
  await expect(notice).toContainText('x.html is a folder with no files Parley can import (.html, .pdf, .docx, .rtf, .txt, .md), in it or below it.')
  await expect(notice).toContainText('empty is an empty folder: there is nothing in it to import.')
  await expect(page.getByRole('dialog', { name: 'Import results' })).toBeHidden()
})

test('a folder dropped on the window is named as a folder, with the way to import it, and the files dropped with it import', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  // What Chromium hands over for a dropped folder: a File of no readable bytes, whose entry is a directory.
  await page.evaluate(() => {
    const dropped = [
      { file: new File([], 'x.html'), isDirectory: true },
      { file: new File(['Geneva talks resume\n\nGENEVA, Dec 5, 2017 (Test Wire) - The eighth round opened.'], 'geneva.txt', { type: 'text/plain' }), isDirectory: false },
    ]
    const drop = new Event('drop', { bubbles: true, cancelable: true })
    Object.defineProperty(drop, 'dataTransfer', {
      value: { types: ['Files'], files: dropped.map((d) => d.file), items: dropped.map((d) => ({ kind: 'file', webkitGetAsEntry: () => ({ isDirectory: d.isDirectory }) })) },
    })
    window.dispatchEvent(drop)
  })
  const results = page.getByRole('dialog', { name: 'Import results' })
  await expect(results).toBeVisible({ timeout: 20_000 })
  const folderRow = results.locator('tbody tr').filter({ hasText: 'x.html is a folder: dropped folders cannot be imported. Use Import → Folder… to import the files in it.' })
  await expect(folderRow.locator('.mantine-Badge-root')).toHaveText('Failed')
  await expect(results.locator('tbody tr').filter({ hasText: 'geneva.txt' }).locator('.mantine-Badge-root')).toHaveText('Imported')
})
