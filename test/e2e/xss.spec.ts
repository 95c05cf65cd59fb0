import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from '@playwright/test'
import { test, expect } from './harness/fixtures'
import { xssPayloads, withTrap } from '../fixtures/xss/payloads'
import { importFiles } from '../../electron/main/services/importer/import-files'
import type { ReportFormat } from '../../shared/ipc/report-contract'

test.setTimeout(120_000)

/** A loopback server that records every request a payload might make; it never answers with content. */
async function trapServer() {
  const hits: string[] = []
  const server = createServer((request, response) => {
    hits.push(request.url ?? '')
    response.writeHead(204).end()
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, close: () => new Promise((done) => server.close(done)) }
}

/** Dialogs and requests leaving the app's origin, on one page. */
function watch(page: Page, origin: string) {
  const dialogs: string[] = []
  const requests: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) requests.push(url)
  })
  return { dialogs, requests }
}

test('hostile strings everywhere render as text: no dialog, no script, no request', async ({ parley }) => {
  const { page, services, libraryDir, origin } = parley
  const trap = await trapServer()
  const seen = watch(page, origin)
  const payloads = xssPayloads.map((p) => withTrap(p, trap.url))
  expect(payloads.length).toBeGreaterThanOrEqual(40)
  const { handlers, store, parser } = services

  // Bodies: a saved web page and a Markdown file, through the real importer.
  const html = join(libraryDir, '..', `${libraryDir.split('/').pop()}-hostile.html`)
  await writeFile(html, `<html><head><title>Hostile page ${payloads[0]}</title></head><body><article><h1>Hostile article</h1>${payloads.map((p, i) => `<p>Case ${i + 1} xsscase: ${p} and the article goes on about the Sochi congress.</p>`).join('\n')}</article></body></html>`)
  const md = join(libraryDir, '..', `${libraryDir.split('/').pop()}-hostile.md`)
  await writeFile(md, `# Hostile notes\n\n${payloads.map((p, i) => `Case ${i + 1} xsscase: ${p}`).join('\n\n')}\n`)
  const results = await importFiles([html, md], { store, parser })
  expect(results.map((r) => r.status)).toEqual(['imported', 'imported'])
  const [htmlDoc, mdDoc] = results.map((r) => r.documentId!)

  // Titles, bylines, outlets; tag, source, party and issue names; notes.
  await handlers.updateDocumentDetails({ documentId: mdDoc!, details: { title: payloads.slice(0, 6).join(' '), outlet: payloads[1]!, byline: payloads[3]!, publishedAt: '2017-11-22', language: null } })
  const tag = await handlers.saveTag({ id: null, name: payloads[2]!, color: '#1c7ed6', parentId: null })
  const party = await handlers.saveParty({ id: null, name: payloads[4]!.slice(0, 300), color: '#c92a2a', aliases: [payloads[9]!] })
  const source = await handlers.saveSource({ id: null, name: payloads[5]!.slice(0, 300), aliases: [payloads[12]!], kind: 'person', partyIds: [party.id], reliability: 'B' })
  const issue = await handlers.saveIssue({ id: null, title: payloads[7]!.slice(0, 300), description: payloads.join(' ').slice(0, 5000) })
  const text = (await handlers.getDocument({ id: htmlDoc! })).text
  const at = text.indexOf('Case 3')
  await handlers.createAnnotation({ documentId: htmlDoc!, kind: 'claim', start: at, end: at + 40, color: '#c92a2a', note: `xsscase ${payloads.join('\n')}`, tagIds: [tag.id], claim: { sourceId: source.id, partyIds: [party.id], issueId: issue.id, stance: 'opposes', reporting: 'direct-quote', statementDate: '2017-11-22', credibility: 2 } })
  await handlers.createAnnotation({ documentId: mdDoc!, kind: 'note', start: 0, end: 20, color: '#be4bdb', note: `xsscase ${payloads.slice(20).join(' ')}`, tagIds: [tag.id], claim: null })

  // Imported W3C annotation bodies.
  const exported = join(libraryDir, '..', `${libraryDir.split('/').pop()}-annotations.jsonld`)
  parley.setSavePath(exported)
  await handlers.exportAnnotations({ format: 'w3c', documentId: null })
  const collection = JSON.parse(await readFile(exported, 'utf8'))
  const items = (collection.first?.items ?? collection.items ?? []) as Array<Record<string, unknown>>
  for (const item of items) {
    item.id = `urn:parley:annotation:${randomUUID()}`
    const bodies = Array.isArray(item.body) ? item.body : [item.body]
    for (const body of bodies as Array<Record<string, unknown>>) if (body && typeof body.value === 'string' && body.purpose === 'commenting') body.value = payloads.join(' ')
  }
  await writeFile(exported, JSON.stringify(collection))
  parley.setAnnotationFile(exported)
  expect((await handlers.importAnnotations({})).imported).toBeGreaterThan(0)

  // Every place it can be shown.
  for (const hash of [`#/documents/${htmlDoc}`, `#/documents/${mdDoc}`, '#/search?q=xsscase', '#/library', '#/sources', '#/parties', '#/issues', '#/tags']) {
    await parley.open(hash)
    await expect(page.getByRole('heading').first()).toBeVisible()
    await page.waitForTimeout(300)
  }
  await parley.open(`#/documents/${htmlDoc}`)
  const removed = page.getByText(/Show removed text/)
  if (await removed.count()) await removed.click()
  // The page's markup was cleaned away on import: its words are there, none of its active parts.
  await expect(page.getByTestId('reader-text')).toContainText('Case 12 xsscase: twelve')
  expect(await page.locator('main').locator('script, iframe, object, embed, svg image, img[src*="127.0.0.1"], [onerror], [onload], [onfocus], [ontoggle], base, meta, link, style[data-hostile]').count()).toBe(0)
  // Names are shown literally; notes are Markdown, whose raw HTML is dropped, never run.
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toContainText(payloads[4]!)
  await parley.open('#/positions')
  await page.getByRole('table', { name: 'Positions by issue and party' }).getByRole('button').first().click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await parley.open('#/report')
  await expect(page.getByTestId('report-preview')).toContainText('<script>alert(1)</script>')
  await page.waitForTimeout(500)

  // Exported HTML opened in Chromium, and the PDF's text.
  const options = await handlers.getReportOptions({})
  const exportAs = async (format: ReportFormat) => {
    parley.setSavePath(join(libraryDir, '..', `${libraryDir.split('/').pop()}-report.${format}`))
    const started = await handlers.startReportExport({ options, format })
    if (!started.started) throw new Error('the export did not start')
    const jobId = started.progress.jobId
    let progress = started.progress
    for (let i = 0; i < 300 && !['done', 'failed', 'cancelled'].includes(progress.stage); i++) {
      await new Promise((r) => setTimeout(r, 200))
      progress = await handlers.getReportExport({ jobId })
    }
    expect(progress.stage, progress.message).toBe('done')
    return progress.path
  }
  const htmlReport = await exportAs('html')
  const reportPage = await page.context().newPage()
  const reportSeen = watch(reportPage, 'file://')
  await reportPage.goto(pathToFileURL(htmlReport).href)
  await expect(reportPage.locator('body')).toContainText('<script>alert(1)</script>')
  await reportPage.waitForTimeout(500)
  expect(await reportPage.evaluate(() => document.querySelectorAll('script, iframe, object, embed, img[src^="http"], [onerror], [onload]').length)).toBe(0)
  await reportPage.close()
  const pdfText = execFileSync('pdftotext', [await exportAs('pdf'), '-'], { encoding: 'utf8' })
  expect(pdfText).toContain('<script>alert(1)</script>')
  expect(pdfText).toContain('onerror=alert(2)')

  expect(seen.dialogs).toEqual([])
  expect(reportSeen.dialogs).toEqual([])
  expect(seen.requests).toEqual([])
  expect(reportSeen.requests.filter((u) => !u.startsWith('file://'))).toEqual([])
  expect(trap.hits).toEqual([])
  await trap.close()
})
