import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import { test, expect } from './harness/fixtures'

test.use({ seedSampleAnalysis: true })

test('the Annotations menu saves a REFI-QDA project of the library: sources, codes and coded selections', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  const path = join(parley.libraryDir, '..', `${parley.libraryDir.split('/').pop()}-project.qdpx`)
  parley.setSavePath(path)
  await page.getByRole('button', { name: 'Annotations' }).click()
  await page.getByRole('menuitem', { name: 'Export a REFI-QDA project (.qdpx)…' }).click()
  await expect(page.getByText(/12 annotations saved to .*project\.qdpx/)).toBeVisible()
  const zip = await JSZip.loadAsync(await readFile(path))
  const qde = await zip.file('project.qde')!.async('string')
  expect(qde).toContain('<Project xmlns="urn:QDA-XML:project:1.0"')
  expect(qde.match(/<TextSource /g)).toHaveLength(5)
  expect(qde.match(/<PlainTextSelection /g)).toHaveLength(12)
  expect(Object.keys(zip.files).filter((name) => name.startsWith('Sources/') && name.endsWith('.txt'))).toHaveLength(5)
})

test('a REFI-QDA project comes in from the Annotations menu: its texts are matched to the library, its coded passages placed', async ({ parley }) => {
  const { page } = parley
  // A project written by this library's exporter stands in for another package's; its texts are already here, so they are reused.
  const source = join(parley.libraryDir, '..', `${parley.libraryDir.split('/').pop()}-from.qdpx`)
  parley.setSavePath(source)
  await parley.open()
  await page.getByRole('button', { name: 'Annotations' }).click()
  await page.getByRole('menuitem', { name: 'Export a REFI-QDA project (.qdpx)…' }).click()
  await expect(page.getByText(/annotations saved to/)).toBeVisible()
  parley.setAnnotationFile(source)
  await page.getByRole('button', { name: 'Annotations' }).click()
  await page.getByRole('menuitem', { name: 'Import a REFI-QDA project (.qdpx)…' }).click()
  const notice = page.locator('.mantine-Notification-root').filter({ hasText: 'Annotations imported (REFI-QDA project)' })
  await expect(notice).toContainText(/0 documents imported \(5 already here\); 12 placed/)
})

test('Markdown and Hypothesis exports: the library’s claims and one article from the reader', async ({ parley }) => {
  const { page } = parley
  await parley.open()
  const base = join(parley.libraryDir, '..', parley.libraryDir.split('/').pop()!)
  parley.setSavePath(`${base}-claims.md`)
  await page.getByRole('button', { name: 'Annotations' }).click()
  await page.getByRole('menuitem', { name: 'Export claims (Markdown)…' }).click()
  await expect(page.getByText(/10 claims saved to .*-claims\.md/)).toBeVisible()
  expect(await readFile(`${base}-claims.md`, 'utf8')).toMatch(/^---\ntitle: "Claims"/)

  parley.setSavePath(`${base}-hypothesis.json`)
  await page.getByRole('button', { name: 'Annotations' }).click()
  await page.getByRole('menuitem', { name: 'Export for Hypothesis (JSON)…' }).click()
  await expect(page.getByText(/12 annotations saved to .*-hypothesis\.json/)).toBeVisible()
  expect(JSON.parse(await readFile(`${base}-hypothesis.json`, 'utf8')).annotations).toHaveLength(12)

  parley.setSavePath(`${base}-turkey.md`)
  await page.getByRole('link', { name: /Turkey draws red line/ }).first().click()
  await page.getByRole('button', { name: 'Text' }).click()
  await page.getByRole('menuitem', { name: /Export as Markdown/ }).click()
  await expect(page.getByText(/3 annotations saved to .*-turkey\.md/)).toBeVisible()
  expect(await readFile(`${base}-turkey.md`, 'utf8')).toContain('— **Mevlut Cavusoglu** (Turkey) · Kurdish participation · opposes')
})
