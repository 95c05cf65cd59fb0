import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './harness/fixtures'
import { selectPhrase } from './harness/select-phrase'

async function openArticle(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('link', { name: title }).first().click()
  await expect(page.getByTestId('reader-text')).toBeVisible()
}

test('a claim with a new source and a new party survives a reload, is listed, exports and re-imports', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  await openArticle(page, /Turkey draws red line/)
  const text = page.getByTestId('reader-text')
  const firstParagraph = (await text.locator('p').first().innerText()).split('. ')[0]!
  await selectPhrase(page, firstParagraph)
  await expect(page.getByRole('toolbar', { name: 'Annotate selection' })).toBeVisible()
  await page.keyboard.press('c')

  const form = page.getByRole('dialog', { name: 'New claim' })
  await expect(form).toContainText(firstParagraph)
  await form.getByRole('combobox', { name: 'Source', exact: true }).fill('Mevlut Cavusoglu')
  await page.getByRole('option', { name: '+ Create “Mevlut Cavusoglu”' }).click()
  await form.getByRole('combobox', { name: 'Speaks for' }).fill('Turkey')
  await page.getByRole('option', { name: '+ Create “Turkey”' }).click()
  await form.getByRole('combobox', { name: 'Issue' }).fill('Kurdish participation')
  await page.getByRole('option', { name: '+ Create “Kurdish participation”' }).click()
  await form.getByText('Opposes', { exact: true }).click()
  await form.getByRole('combobox', { name: 'Source reliability' }).click()
  await page.getByRole('option', { name: 'B — usually reliable' }).click()
  await expect(form.getByRole('combobox', { name: 'Source reliability' })).toHaveValue('B — usually reliable')
  await page.screenshot({ path: join('out', 'screenshots', 'claim-form-light.png') })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: join('out', 'screenshots', 'claim-form-dark.png') })
  await page.emulateMedia({ colorScheme: 'light' })
  await form.getByRole('button', { name: 'Save claim' }).click()
  await expect(form).toBeHidden()

  const sidebar = page.getByRole('complementary', { name: 'Annotations' })
  await expect(sidebar).toContainText('Mevlut Cavusoglu (Turkey) · opposes · Kurdish participation')
  await expect(text.locator('mark')).not.toHaveCount(0)

  await page.reload()
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toContainText('Mevlut Cavusoglu (Turkey) · opposes · Kurdish participation')
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toContainText('B6')

  // Export everything, then import it into a fresh library holding the same documents.
  const exportPath = join(parley.libraryDir, '..', `${parley.libraryDir.split('/').pop()}-export.jsonld`)
  parley.setSavePath(exportPath)
  await page.getByRole('button', { name: 'Annotations' }).click()
  await page.getByRole('menuitem', { name: 'Export all (W3C JSON-LD)…' }).click()
  await expect(page.getByText(/1 annotations saved to/)).toBeVisible()
  const exported = JSON.parse(await readFile(exportPath, 'utf8'))
  expect(exported.type).toBe('AnnotationCollection')

  // Undo the claim, then bring it back through the import.
  await page.getByRole('complementary', { name: 'Annotations' }).getByText('Mevlut Cavusoglu').click()
  await page.getByRole('button', { name: 'Delete annotation' }).click()
  await expect(page.getByRole('complementary', { name: 'Annotations' })).not.toContainText('Mevlut Cavusoglu (Turkey)')
  parley.setAnnotationFile(exportPath)
  await page.getByRole('button', { name: 'Annotations' }).click()
  await page.getByRole('menuitem', { name: 'Import annotations (Parley, W3C, Hypothesis)…' }).click()
  await expect(page.getByText(/^1 placed./)).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toContainText('Mevlut Cavusoglu (Turkey) · opposes · Kurdish participation')
})

test('highlights overlap, stay clickable, and undo and redo work from the keyboard', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  await openArticle(page, /Astana sponsors/)
  const toolbar = page.getByRole('toolbar', { name: 'Annotate selection' })
  await selectPhrase(page, 'Russia, Iran and Turkey agreed on Friday')
  await expect(toolbar).toBeVisible()
  await page.keyboard.press('h')
  await expect(page.locator('mark')).toHaveCount(1)
  await selectPhrase(page, 'Turkey agreed on Friday to convene')
  await expect(toolbar).toBeVisible()
  await page.keyboard.press('h')
  await expect(page.locator('mark[data-annotation-ids*=" "]')).toHaveCount(1)
  await selectPhrase(page, 'a Syrian Congress of National Dialogue')
  await expect(toolbar).toBeVisible()
  await page.keyboard.press('n')
  const sidebar = page.getByRole('complementary', { name: 'Annotations' })
  // The new note's card opens for writing.
  const noteBox = sidebar.locator('[data-annotation-card]').filter({ hasText: 'a Syrian Congress of National Dialogue' }).getByRole('textbox', { name: 'Note' })
  await noteBox.fill('Compare with the **Sochi** communiqué <script>alert(1)</script>')
  await noteBox.blur()
  await expect(sidebar.locator('[data-annotation-card]')).toHaveCount(3)

  // The overlap: clicking it selects both highlights (and the note card shows its saved note).
  await page.locator('mark[data-annotation-ids*=" "]').click()
  await expect(sidebar.locator('[data-annotation-card]').filter({ has: page.getByRole('textbox', { name: 'Note' }) })).toHaveCount(2)
  await expect(sidebar.getByTestId('note-markdown')).toContainText('Compare with the Sochi communiqué')
  await expect(sidebar.getByTestId('note-markdown').locator('strong')).toHaveText('Sochi')
  await expect(sidebar.locator('script')).toHaveCount(0)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: join('out', 'screenshots', `reader-annotations-${scheme}.png`) })
  }

  await page.locator('body').click({ position: { x: 5, y: 300 } })
  // The last two actions were: create the note, then write in it.
  await page.keyboard.press('Control+z')
  await expect(page.getByText('Edit note')).toBeVisible()
  await expect(sidebar.getByTestId('note-markdown')).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(sidebar.locator('[data-annotation-card]')).toHaveCount(2)
  await page.keyboard.press('Control+Shift+z')
  await page.keyboard.press('Control+Shift+z')
  await expect(sidebar.locator('[data-annotation-card]')).toHaveCount(3)
  await expect(sidebar.getByTestId('note-markdown')).toContainText('Compare with the Sochi communiqué')
})
