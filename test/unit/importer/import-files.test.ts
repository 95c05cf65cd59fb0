import { describe, expect, it } from 'vitest'
import { mkfifo } from '../mkfifo'
import { readFile, readdir, writeFile, truncate } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { LibraryStore } from '../../../electron/main/services/store/library-store'
import { importFiles } from '../../../electron/main/services/importer/import-files'
import { seedSampleLibrary } from '../../../electron/main/services/sample-library'
import { tempDir } from '../temp-library'

const fixtures = resolve('test/fixtures/text')
const samples = resolve('resources/sample-library')

describe('importFiles', () => {
  it('imports Markdown and text with metadata, text file and original', async () => {
    const store = await LibraryStore.open(await tempDir())
    const results = await importFiles([join(fixtures, 'de-mistura-briefing.md'), join(fixtures, 'utf16-statement.txt')], { store })
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported'])
    const [briefing, statement] = store.listDocuments()
    expect(briefing).toMatchObject({ title: 'De Mistura briefs the Security Council on Geneva', outlet: 'Meridian Daily', byline: 'Hanna Lindqvist', publishedAt: '2017-12-14', language: 'en', format: 'md' })
    expect(briefing!.wordCount).toBeGreaterThan(80)
    expect(statement).toMatchObject({ title: 'Joint statement on de-escalation zones', format: 'txt' })
    expect(await store.readText(statement!)).toBe('The guarantors reaffirmed the four zones.')
    const original = await readFile(store.paths.originalFile(briefing!.textHash, 'md'))
    expect(original.equals(await readFile(join(fixtures, 'de-mistura-briefing.md')))).toBe(true)
    await store.close()
  })

  it('reports identical text (after normalisation) as a duplicate and adds nothing', async () => {
    const store = await LibraryStore.open(await tempDir())
    await importFiles([join(fixtures, 'de-mistura-briefing.md')], { store })
    const results = await importFiles([join(fixtures, 'de-mistura-briefing-copy.md'), join(fixtures, 'de-mistura-briefing.md')], { store })
    expect(results.map((r) => r.status)).toEqual(['duplicate', 'duplicate'])
    expect(results[0]!.message).toBe('Already in the library as “De Mistura briefs the Security Council on Geneva”.')
    expect(store.listDocuments()).toHaveLength(1)
    await store.close()
  })

  it('catches duplicates within one batch', async () => {
    const store = await LibraryStore.open(await tempDir())
    const results = await importFiles([join(fixtures, 'de-mistura-briefing.md'), join(fixtures, 'de-mistura-briefing-copy.md')], { store })
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
      { store },
    )
    expect(results.map((r) => [r.status, r.message])).toEqual([
      ['failed', 'binary-posing-as-text.txt looks like binary data, not text.'],
      ['failed', `File not found: ${join(dir, 'missing.txt')}`],
      ['failed', 'empty.md contains no text.'],
      ['failed', expect.stringMatching(/^report\.xlsx: \.xlsx files are not supported/)],
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
    const results = await importFiles([join(fixtures, 'de-mistura-briefing.md')], { store })
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
    const results = await seedSampleLibrary(store, samples)
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported', 'imported', 'imported'])
    expect(store.data.settings.sampleLibrarySeeded).toBe(true)
    const titles = store.listDocuments().map((d) => d.title)
    expect(titles).toContain('Syrian opposition fears Sochi congress will sideline Geneva talks')
    // The broadcast transcript's first line is its headline.
    const transcript = store.listDocuments().find((d) => d.original.name === '02-broadcast-transcript.txt')!
    expect(transcript.title).not.toBe('02 broadcast transcript')
    expect(await seedSampleLibrary(store, samples)).toEqual([])
    expect(store.listDocuments()).toHaveLength(5)
    await store.close()
  })

  it('is not added to a library that already has documents', async () => {
    const store = await LibraryStore.open(await tempDir())
    await importFiles([join(fixtures, 'de-mistura-briefing.md')], { store })
    expect(await seedSampleLibrary(store, samples)).toEqual([])
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
