import { describe, expect, it } from 'vitest'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { runCli } from './run-cli'
import { tempDir } from '../temp-library'

const fixtures = resolve('test/fixtures/text')

describe('the command line', () => {
  it('imports two files, then lists both with titles and word counts (--json)', async () => {
    const library = join(await tempDir(), 'lib')
    const imported = await runCli(['import', join(fixtures, 'de-mistura-briefing.md'), join(fixtures, 'utf16-statement.txt'), '--library', library, '--json'])
    expect(imported.code).toBe(0)
    const results = JSON.parse(imported.stdout) as Array<{ status: string; documentId: string }>
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported'])

    const listed = await runCli(['list', '--json', `--library=${library}`])
    expect(listed.code).toBe(0)
    const documents = JSON.parse(listed.stdout) as Array<{ id: string; title: string; wordCount: number }>
    expect(documents.map((d) => [d.title, d.wordCount])).toEqual([
      ['De Mistura briefs the Security Council on Geneva', expect.any(Number)],
      ['Joint statement on de-escalation zones', 6],
    ])
    expect(documents[0]!.wordCount).toBeGreaterThan(80)

    const shown = await runCli(['show', documents[1]!.id.slice(0, 8), '--library', library])
    expect(shown.code).toBe(0)
    expect(shown.stdout).toContain('Joint statement on de-escalation zones\n')
    expect(shown.stdout).toContain('The guarantors reaffirmed the four zones.')
  }, 30_000)

  it('prints one line per file and exits non-zero when any file failed', async () => {
    const library = join(await tempDir(), 'lib')
    const result = await runCli(['import', join(fixtures, 'de-mistura-briefing.md'), join(fixtures, 'binary-posing-as-text.txt')], { PARLEY_LIBRARY: library })
    expect(result.code).toBe(1)
    const lines = result.stdout.trim().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/^imported\s+de-mistura-briefing\.md/)
    expect(lines[1]).toMatch(/^ {10}found: .* · \d+ paragraphs, \d+ removed$/)
    expect(lines[2]).toMatch(/^failed\s+binary-posing-as-text\.txt .*looks like binary data/)
  }, 30_000)

  it('fails with a one-line reason for a missing document, a bad command and a damaged library', async () => {
    const dir = await tempDir()
    const missing = await runCli(['show', 'no-such-id', '--library', dir])
    expect(missing.code).not.toBe(0)
    expect(missing.stderr.trim()).toBe(`parley: No document with id no-such-id in ${dir}.`)

    const unknown = await runCli(['frobnicate', '--library', dir])
    expect(unknown.code).not.toBe(0)
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1)

    const damagedDir = await tempDir()
    await writeFile(join(damagedDir, 'library.json'), '{"schemaVersion":1,"documents":[')
    const damaged = await runCli(['list', '--library', damagedDir])
    expect(damaged.code).not.toBe(0)
    expect(damaged.stderr.trim()).toMatch(/^parley: The library file .* could not be read \(it is not valid JSON.*\) and no valid backup was found/)
    expect(damaged.stderr.trim().split('\n')).toHaveLength(1)
  }, 30_000)

  it('prints usage with --help', async () => {
    const help = await runCli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('import <paths...>')
  }, 30_000)
})

describe('the command line importing every format', () => {
  it('imports a folder recursively, one line per file, non-zero when any failed', async () => {
    const library = join(await tempDir(), 'lib')
    const result = await runCli(['import', resolve('test/fixtures/pdf'), resolve('test/fixtures/html/news-article.html'), '--library', library, '--json'])
    expect(result.code).toBe(1)
    const results = JSON.parse(result.stdout) as Array<{ fileName: string; status: string; message: string }>
    const byName = new Map(results.map((r) => [r.fileName, r]))
    expect(byName.get('report-three-pages.pdf')?.status).toBe('imported')
    expect(byName.get('news-article.html')?.status).toBe('imported')
    expect(byName.get('scanned.pdf')?.message).toMatch(/no text layer .* OCR is not supported/)
    expect(byName.get('encrypted.pdf')?.message).toMatch(/encrypted or password-protected/)
    expect(byName.get('truncated.pdf')?.status).toBe('failed')

    const listed = JSON.parse((await runCli(['list', '--json', '--library', library])).stdout) as Array<{ format: string }>
    // The fixture folder's README.md is a supported file too; make-fixtures.ts is not.
    expect(listed.map((d) => d.format).sort()).toEqual(['html', 'md', 'pdf', 'pdf'])
    expect(byName.has('make-fixtures.ts')).toBe(false)
  }, 60_000)
})

describe('the command line for annotations', () => {
  it('exports annotations as W3C JSON-LD and CSV, and imports them back', async () => {
    const { LibraryStore } = await import('../../../electron/main/services/store/library-store')
    const { seedSampleLibrary } = await import('../../../electron/main/services/sample-library')
    const { inProcessParserRunner } = await import('../../../electron/main/services/importer/parser-runner')
    const { createHandlerTable } = await import('../../../electron/main/services/ipc/handler-table')
    const { rm } = await import('node:fs/promises')
    const library = join(await tempDir(), 'lib')
    const store = await LibraryStore.open(library)
    await seedSampleLibrary(store, resolve('resources/sample-library'), inProcessParserRunner)
    const { LibrarySearch } = await import('../../../electron/main/services/library-search/library-search')
    const search = await LibrarySearch.open(store)
    const handlers = createHandlerTable({ store, search, parser: inProcessParserRunner, pickImportPaths: async () => null, pickSavePath: async () => null, pickAnnotationFile: async () => null })
    const document = store.listDocuments()[0]!
    const source = await handlers.saveSource({ id: null, name: 'Staffan de Mistura', aliases: ['de Mistura'], kind: 'person', partyIds: [], reliability: 'B' })
    const party = await handlers.saveParty({ id: null, name: 'UN', color: '#1971c2', aliases: ['United Nations'] })
    const issue = await handlers.saveIssue({ id: null, title: 'Sochi congress', description: '' })
    await handlers.createAnnotation({ documentId: document.id, kind: 'claim', start: 0, end: 40, color: '#1971c2', note: 'Check, "quoted", date', tagIds: [], claim: { sourceId: source.id, partyIds: [party.id], issueId: issue.id, stance: 'wary', reporting: 'paraphrase', statementDate: null, credibility: 3 } })
    await search.close()
    await store.close()

    const csv = await runCli(['annotations', 'export', '--format', 'csv', '--library', library])
    expect(csv.code).toBe(0)
    const [header, row] = csv.stdout.trim().split('\r\n')
    expect(header).toMatch(/^claim_id,document_id,document_title/)
    expect(row).toContain('Staffan de Mistura')
    expect(row).toContain('B3')
    expect(row).toContain('"Check, ""quoted"", date"')

    const out = join(await tempDir(), 'annotations.jsonld')
    const exported = await runCli(['annotations', 'export', '--format=w3c', '--out', out, '--library', library])
    expect(exported.stdout.trim()).toBe(`Exported 1 annotations to ${out}`)

    const again = await runCli(['annotations', 'import', out, '--library', library, '--json'])
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, skipped: [{ reason: 'already in the library' }] })
    // Gone for good: the file and its journal (a lone file would be rebuilt from the journal).
    await rm(join(library, 'annotations', `${document.id}.json`))
    await rm(join(library, 'annotations', `${document.id}.journal`))
    const restored = await runCli(['annotations', 'import', out, '--library', library])
    expect(restored.code).toBe(0)
    expect(restored.stdout.trim()).toBe('Placed 1 annotations.')

    // The top-level spellings: `export --format …` and `import-annotations FILE`, through every format.
    const markdown = await runCli(['export', '--format', 'md', '--library', library])
    expect(markdown.code).toBe(0)
    expect(markdown.stdout).toMatch(/^---\ntitle: "Claims"\n/)
    expect(markdown.stdout).toContain('— **Staffan de Mistura** (UN) · Sochi congress · wary')
    const hypothesis = join(await tempDir(), 'hypothesis.json')
    expect((await runCli(['export', '--format', 'hypothesis-compatible', '--out', hypothesis, '--library', library])).stdout.trim()).toBe(`Exported 1 annotations to ${hypothesis}`)
    const qdpx = join(await tempDir(), 'project.qdpx')
    expect((await runCli(['export', '--format', 'qdpx', '--library', library])).stderr.trim()).toBe('parley: A REFI-QDA project is a zip file: name it with --out FILE.qdpx.')
    expect((await runCli(['export', '--format', 'qdpx', '--out', qdpx, '--library', library])).code).toBe(0)
    const other = join(await tempDir(), 'other')
    const fromQdpx = await runCli(['import-annotations', qdpx, '--library', other, '--json'])
    expect(JSON.parse(fromQdpx.stdout)).toMatchObject({ fileKind: 'REFI-QDA project', documents: { imported: 5, reused: 0 }, imported: 1, notPlaced: [] })
    const fromHypothesis = await runCli(['import-annotations', hypothesis, '--library', other, '--json'])
    // The same passage, already placed from the project, is placed again as a Hypothesis highlight of its own.
    expect(JSON.parse(fromHypothesis.stdout)).toMatchObject({ fileKind: 'Hypothesis', imported: 1, notPlaced: [] })

    const bad = await runCli(['annotations', 'export', '--format', 'pdf', '--library', library])
    expect(bad.code).not.toBe(0)
    expect(bad.stderr.trim()).toBe('parley: --format is w3c, hypothesis-compatible, csv, md or qdpx, not “pdf”.')
  }, 60_000)
})

describe('export report', () => {
  it('saves the report as Markdown, HTML and PDF, scoped by --issue, and names CHROMIUM_PATH when it has no Chromium', async () => {
    const { openAnnotatedSampleLibrary } = await import('../report-export/annotated-library')
    const { readFile } = await import('node:fs/promises')
    const { execFileSync } = await import('node:child_process')
    const library = join(await tempDir(), 'lib')
    const { sample, close } = await openAnnotatedSampleLibrary(library)
    await close()
    const out = await tempDir()

    const markdown = await runCli(['export', 'report', '--out', join(out, 'kurds.md'), '--issue', sample.get('kurds')!, '--library', library])
    expect(markdown.stderr).toContain('Reading the annotated documents')
    expect(markdown.code).toBe(0)
    expect(markdown.stdout.trim()).toMatch(/^Saved the report to .*kurds\.md \(MD, [\d,]+ bytes\)$/)
    const md = await readFile(join(out, 'kurds.md'), 'utf8')
    expect(md).toContain('We will not sit at the same table')
    expect(md).not.toContain('Geneva is the only framework')

    const html = await runCli(['export', 'report', '--out', join(out, 'all.html'), '--library', library, '--json'])
    expect(JSON.parse(html.stdout)).toMatchObject({ format: 'html' })
    expect(await readFile(join(out, 'all.html'), 'utf8')).toContain('Geneva is the only framework')

    const pdf = await runCli(['export', 'report', '--out', join(out, 'all.pdf'), '--party', 'no-such-party', '--library', library])
    expect(pdf.code).toBe(1)
    expect(pdf.stderr.trim()).toBe('parley: No party no-such-party in this library.')
    const printed = await runCli(['export', 'report', '--out', join(out, 'all.pdf'), '--library', library])
    expect(printed.code).toBe(0)
    expect(execFileSync('pdftotext', [join(out, 'all.pdf'), '-'], { encoding: 'utf8' })).toContain('Geneva is the only framework')

    const missing = await runCli(['export', 'report', '--out', join(out, 'x.pdf'), '--library', library], { CHROMIUM_PATH: join(out, 'no-chromium') })
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('CHROMIUM_PATH is set to')
    expect(missing.stderr).toContain('Point CHROMIUM_PATH at a Chromium or Chrome executable')
  }, 90_000)
})
