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
