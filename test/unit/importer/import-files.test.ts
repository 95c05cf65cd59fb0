import { describe, expect, it } from 'vitest'
import { mkfifo } from '../mkfifo'
import { readFile, readdir, writeFile, truncate } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { LibraryStore } from '../../../electron/main/services/store/library-store'
import { importFiles, importSources } from '../../../electron/main/services/importer/import-files'
import { collectImportPaths } from '../../../electron/main/services/importer/collect-files'
import { seedSampleLibrary } from '../../../electron/main/services/sample-library'
import { tempDir } from '../temp-library'
import { inProcessParserRunner as parser } from '../../../electron/main/services/importer/parser-runner'

const fixtures = resolve('test/fixtures/text')
const samples = resolve('resources/sample-library')

describe('importFiles', () => {
  it('imports Markdown and text with metadata, text file and original', async () => {
    const store = await LibraryStore.open(await tempDir())
    const results = await importFiles([join(fixtures, 'de-mistura-briefing.md'), join(fixtures, 'utf16-statement.txt')], { store, parser })
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported'])
    const [briefing, statement] = store.listDocuments()
    expect(briefing).toMatchObject({ title: 'De Mistura briefs the Security Council on Geneva', outlet: 'Meridian Daily', byline: 'Hanna Lindqvist', publishedAt: '2017-12-14', language: 'en', format: 'md' })
    expect(briefing!.wordCount).toBeGreaterThan(80)
    expect(statement).toMatchObject({ title: 'Joint statement on de-escalation zones', format: 'txt' })
    expect(await store.readText(statement!)).toBe('The guarantors reaffirmed the four zones.')
    expect((await store.readBlocks(briefing!)).map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'quote', 'paragraph'])
    const original = await readFile(store.paths.originalFile(briefing!.textHash, 'md'))
    expect(original.equals(await readFile(join(fixtures, 'de-mistura-briefing.md')))).toBe(true)
    await store.close()
  })

  it('reports identical text (after normalisation) as a duplicate and adds nothing', async () => {
    const store = await LibraryStore.open(await tempDir())
    await importFiles([join(fixtures, 'de-mistura-briefing.md')], { store, parser })
    const results = await importFiles([join(fixtures, 'de-mistura-briefing-copy.md'), join(fixtures, 'de-mistura-briefing.md')], { store, parser })
    expect(results.map((r) => r.status)).toEqual(['duplicate', 'duplicate'])
    expect(results[0]!.message).toBe('Already in the library as “De Mistura briefs the Security Council on Geneva”.')
    expect(store.listDocuments()).toHaveLength(1)
    await store.close()
  })

  it('catches duplicates within one batch', async () => {
    const store = await LibraryStore.open(await tempDir())
    const results = await importFiles([join(fixtures, 'de-mistura-briefing.md'), join(fixtures, 'de-mistura-briefing-copy.md')], { store, parser })
    expect(results.map((r) => r.status)).toEqual(['imported', 'duplicate'])
    expect(store.listDocuments()).toHaveLength(1)
    await store.close()
  })

  it('reports each bad file with a specific reason and still imports the rest', async () => {
    const dir = await tempDir()
    const store = await LibraryStore.open(join(dir, 'library'))
    const empty = join(dir, 'empty.md')
    await writeFile(empty, '---\ntitle: x\n---\n\n   \n')
    const unsupported = join(dir, 'report.xlsx')
    await writeFile(unsupported, 'x')
    const huge = join(dir, 'huge.txt')
    await writeFile(huge, '')
    await truncate(huge, 51 * 1024 * 1024)
    const fifo = join(dir, 'pipe.txt')
    await mkfifo(fifo)
    const results = await importFiles(
      [join(fixtures, 'binary-posing-as-text.txt'), join(dir, 'missing.txt'), empty, unsupported, huge, fifo, dir, join(fixtures, 'wire-windows-1252.txt')],
      { store, parser },
    )
    expect(results.map((r) => [r.status, r.message])).toEqual([
      ['failed', 'binary-posing-as-text.txt looks like binary data, not text.'],
      ['failed', `File not found: ${join(dir, 'missing.txt')}`],
      ['failed', 'empty.md contains no text.'],
      ['failed', 'report.xlsx: .xlsx files are not supported (Parley imports .txt, .md, .html, .pdf, .docx, .rtf).'],
      ['failed', 'huge.txt is 51.0 MB; the limit is 50 MB.'],
      ['failed', 'pipe.txt is not a regular file (a pipe, socket or device).'],
      ['failed', expect.stringMatching(/is a folder, not a file\.$/)],
      ['imported', 'Imported “Café talks in Genève stall”.'],
    ])
    expect(results[7]!.warnings[0]).toMatch(/Windows-1252/)
    expect(store.listDocuments()).toHaveLength(1)
    await store.close()
  })

  it('leaves the library exactly as it was when the index cannot be written', async () => {
    const dir = await tempDir()
    const store = await LibraryStore.open(dir)
    const before = await readFile(store.paths.dataFile, 'utf8')
    const { rm, mkdir } = await import('node:fs/promises')
    await rm(store.paths.dataFile)
    await mkdir(store.paths.dataFile)
    const results = await importFiles([join(fixtures, 'de-mistura-briefing.md')], { store, parser })
    expect(results[0]).toMatchObject({ status: 'failed', documentId: null, message: expect.stringContaining('nothing was added') })
    expect(store.listDocuments()).toEqual([])
    await rm(store.paths.dataFile, { recursive: true })
    await writeFile(store.paths.dataFile, before)
    await store.close()
  })
})

describe('the sample library', () => {
  it('is imported through the importer on first run, once', async () => {
    const dir = await tempDir()
    const store = await LibraryStore.open(dir)
    const results = await seedSampleLibrary(store, samples, parser)
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported', 'imported', 'imported'])
    expect(store.data.settings.sampleLibrarySeeded).toBe(true)
    const titles = store.listDocuments().map((d) => d.title)
    expect(titles).toContain('Syrian opposition fears Sochi congress will sideline Geneva talks')
    // The broadcast transcript's first line is its headline.
    const transcript = store.listDocuments().find((d) => d.original.name === '02-broadcast-transcript.txt')!
    expect(transcript.title).not.toBe('02 broadcast transcript')
    expect(await seedSampleLibrary(store, samples, parser)).toEqual([])
    expect(store.listDocuments()).toHaveLength(5)
    await store.close()
  })

  it('is not added to a library that already has documents', async () => {
    const store = await LibraryStore.open(await tempDir())
    await importFiles([join(fixtures, 'de-mistura-briefing.md')], { store, parser })
    expect(await seedSampleLibrary(store, samples, parser)).toEqual([])
    expect(store.listDocuments()).toHaveLength(1)
    await store.close()
  })

  it('ships realistic targets: a paywalled wire story, a transcript, several outlets on Sochi', async () => {
    const names = await readdir(samples)
    const wire = await readFile(join(samples, names.find((n) => n.includes('wire'))!), 'utf8')
    expect(wire).toMatch(/Subscribe now/i)
    expect(wire).toMatch(/Already subscribed\? Log in/i)
    expect(wire).toMatch(/Disclaimer:/)
    const transcript = await readFile(join(samples, names.find((n) => n.includes('transcript'))!), 'utf8')
    expect(transcript.split('\n')[1]).toBe('[]')
    expect(transcript).toMatch(/^[A-Z][A-Z .'-]+ "/m)
    expect(transcript.trim().split('\n').at(-1)).toMatch(/[A-Z]{2}, [A-Z ]+, [A-Z]+\.$/)
  })
})

describe('cleaning and linking on import', () => {
  it('keeps the paywall of the sample wire story out of the text, restorable, and reads its dateline', async () => {
    const store = await LibraryStore.open(await tempDir())
    const [result] = await importFiles([join(samples, '01-sochi-summit-wire.txt')], { store, parser })
    expect(result!.warnings).toContain('10 blocks of boilerplate removed (kept under “Show removed text”).')
    const document = store.listDocuments()[0]!
    expect(document).toMatchObject({ outlet: 'Caspian Wire Service', publishedAt: '2017-11-22' })
    const text = await store.readText(document)
    for (const gone of ['Subscribe now', 'Already subscribed', '₹199', 'Disclaimer:', 'Ad-free reading']) expect(text).not.toContain(gone)
    const blocks = await store.readBlocks(document)
    expect(blocks.filter((b) => b.removed).map((b) => b.removed!.reason)).toEqual(['disclaimer', ...Array(9).fill('paywall')])
    await store.close()
  })

  it('takes the transcript headline as title, drops the [] artefact and reads the sign-off', async () => {
    const store = await LibraryStore.open(await tempDir())
    await importFiles([join(samples, '02-broadcast-transcript.txt')], { store, parser })
    const document = store.listDocuments()[0]!
    expect(document).toMatchObject({ title: "Russia pushes Syrian peoples' congress as opposition and UN keep focus on Geneva", outlet: 'Channel Seven World', byline: 'Elena Markova' })
    expect(await store.readText(document)).not.toMatch(/^\[\]/)
    await store.close()
  })

  it('links a reprint of the same wire story as the same story, both ways', async () => {
    const dir = await tempDir()
    const store = await LibraryStore.open(join(dir, 'library'))
    const original = await readFile(join(samples, '01-sochi-summit-wire.txt'), 'utf8')
    const reprint = join(dir, 'reprint.txt')
    // Another site: its own headline, a trimmed last paragraph and its own footer.
    const paragraphs = original.split('\n\n')
    await writeFile(reprint, ['Russia, Turkey, Iran leaders endorse Syria dialogue congress', ...paragraphs.slice(1, 7), 'Reporting by the Moscow bureau; editing by the night desk.', 'Share this article', 'Follow us on social media'].join('\n\n'))
    await importFiles([join(samples, '01-sochi-summit-wire.txt')], { store, parser })
    const [result] = await importFiles([reprint], { store, parser })
    expect(result).toMatchObject({ status: 'imported' })
    expect(result!.warnings.some((w) => w.startsWith('Same story as “Putin, Erdogan and Rouhani back'))).toBe(true)
    const [first, second] = store.listDocuments()
    expect(second!.sameStoryAs).toEqual([first!.id])
    expect(first!.sameStoryAs).toEqual([second!.id])
    await store.close()
    // The sketches survive a restart: the link is found again without re-reading every text.
    const reopened = await LibraryStore.open(join(dir, 'library'))
    const again = join(dir, 'third.txt')
    await writeFile(again, ['Third reprint headline here', ...paragraphs.slice(1, 6)].join('\n\n'))
    const [third] = await importFiles([again], { store: reopened, parser })
    expect(reopened.listDocuments()[2]!.sameStoryAs.sort()).toEqual([first!.id, second!.id].sort())
    expect(third!.status).toBe('imported')
    await reopened.close()
  })

  it('does not link different stories on the same subject', async () => {
    const store = await LibraryStore.open(await tempDir())
    await seedSampleLibrary(store, samples, parser)
    expect(store.listDocuments().every((d) => d.sameStoryAs.length === 0)).toBe(true)
    await store.close()
  })

  it('imports pasted text as a document of its own format', async () => {
    const store = await LibraryStore.open(await tempDir())
    const [result] = await importSources([{ kind: 'content', name: 'Pasted text.txt', bytes: new TextEncoder().encode('Envoy urges calm in Idlib\n\nThe UN envoy urged restraint.'), pasted: true }], { store, parser })
    expect(result).toMatchObject({ status: 'imported', title: 'Envoy urges calm in Idlib' })
    expect(store.listDocuments()[0]!.format).toBe('paste')
    await store.close()
  })

  it('refuses a file that is nothing but boilerplate', async () => {
    const dir = await tempDir()
    const store = await LibraryStore.open(join(dir, 'library'))
    const file = join(dir, 'paywall.txt')
    await writeFile(file, "You've reached your limit of free articles.\n\nSubscribe now\n\nAlready subscribed? Log in")
    const [result] = await importFiles([file], { store, parser })
    expect(result).toMatchObject({ status: 'failed', message: 'paywall.txt: everything in it looks like boilerplate (paywall, adverts); nothing to import.' })
    await store.close()
  })
})

describe('collectImportPaths', () => {
  it('expands folders recursively into supported files, skipping hidden ones', async () => {
    const dir = await tempDir()
    const { mkdir } = await import('node:fs/promises')
    await mkdir(join(dir, 'a', 'b'), { recursive: true })
    await mkdir(join(dir, '.hidden'))
    for (const name of ['a/one.txt', 'a/b/two.md', 'a/b/skip.xlsx', '.hidden/three.txt', 'a/.four.txt', 'z.pdf']) await writeFile(join(dir, name), 'x')
    const files = await collectImportPaths([dir, join(dir, 'a', 'b', 'skip.xlsx')])
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a/b/two.md', 'a/one.txt', 'z.pdf', 'a/b/skip.xlsx'])
  })
})
