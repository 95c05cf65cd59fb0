import { describe, expect, it } from 'vitest'
import { readdir, readFile, writeFile, rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import { LibraryStore } from '../../../electron/main/services/store/library-store'
import { listBackups } from '../../../electron/main/services/store/library-file'
import { libraryPaths } from '../../../electron/main/services/store/library-paths'
import { importFiles } from '../../../electron/main/services/importer/import-files'
import { inProcessParserRunner } from '../../../electron/main/services/importer/parser-runner'
import { createHandlerTable } from '../../../electron/main/services/ipc/handler-table'
import { LibrarySearch } from '../../../electron/main/services/library-search/library-search'
import { tempDir } from '../temp-library'

const samples = resolve('resources/sample-library')

async function handlersOver(store: LibraryStore) {
  const search = await LibrarySearch.open(store)
  const handlers = createHandlerTable({ store, search, parser: inProcessParserRunner, pickImportPaths: async () => null, pickSavePath: async () => null, pickAnnotationFile: async () => null })
  return { handlers, close: () => search.close() }
}

describe('a restore from backup', () => {
  it('does not go back a whole session: documents, annotations and registry entries made after the backup come back', async () => {
    const dir = await tempDir()
    const paths = libraryPaths(dir)
    // An earlier session leaves an empty library and its backup.
    await (await LibraryStore.open(dir)).close()
    // This session: import, create registry entries and a claim, then close.
    const store = await LibraryStore.open(dir)
    const names = (await readdir(samples)).filter((n) => n.endsWith('.txt') || n.endsWith('.md')).slice(0, 2)
    await importFiles(names.map((n) => resolve(samples, n)), { store, parser: inProcessParserRunner })
    const { handlers, close } = await handlersOver(store)
    const [document] = store.listDocuments()
    const text = (await handlers.getDocument({ id: document!.id })).text
    const source = await handlers.saveSource({ id: null, name: 'Vladimir Putin', aliases: [], kind: 'person', partyIds: [], reliability: 'B' })
    const party = await handlers.saveParty({ id: null, name: 'Russia', color: '#c92a2a', aliases: [] })
    const issue = await handlers.saveIssue({ id: null, title: 'Sochi congress', description: '' })
    const claim = await handlers.createAnnotation({ documentId: document!.id, kind: 'claim', start: 0, end: 20, color: '#c92a2a', note: 'kept', tagIds: [], claim: { sourceId: source.id, partyIds: [party.id], issueId: issue.id, stance: 'supports', reporting: 'paraphrase', statementDate: null, credibility: 2 } })
    await close()
    await store.close()
    // Damage: library.json truncated, and the closing backup lost too, so only the first-session backup is left.
    const backups = await listBackups(paths)
    for (const newer of backups.slice(0, -1)) await rm(newer)
    await writeFile(paths.dataFile, (await readFile(paths.dataFile, 'utf8')).slice(0, 100))

    const restored = await LibraryStore.open(dir)
    expect(restored.listDocuments().map((d) => d.id).sort()).toEqual(store.listDocuments().map((d) => d.id).sort())
    expect(restored.getDocument(document!.id)).toEqual(document)
    const again = await handlersOver(restored)
    expect(await again.handlers.listAnnotations({ documentId: document!.id })).toEqual([claim])
    expect(restored.data.sources.map((s) => s.id)).toEqual([source.id])
    expect(restored.data.sources[0]!.name).toMatch(/^Recovered source/)
    expect(restored.data.parties.map((p) => p.id)).toEqual([party.id])
    expect(restored.data.issues.map((i) => i.id)).toEqual([issue.id])
    const titles = restored.notices.map((n) => n.title)
    expect(titles).toEqual(['Library restored from backup', 'Documents brought back', 'Registry entries recreated'])
    expect(restored.notices[1]!.message).toContain(document!.title)
    await again.close()
    await restored.close()
  }, 20_000)

  it('brings back documents of a library written before record files existed, from their blocks', async () => {
    const dir = await tempDir()
    const paths = libraryPaths(dir)
    await (await LibraryStore.open(dir)).close()
    const store = await LibraryStore.open(dir)
    const name = (await readdir(samples)).find((n) => n.endsWith('.txt'))!
    await importFiles([resolve(samples, name)], { store, parser: inProcessParserRunner })
    const [document] = store.listDocuments()
    await store.close()
    for (const newer of (await listBackups(paths)).slice(0, -1)) await rm(newer)
    await rm(paths.recordFile(document!.id))
    await rm(paths.dataFile)
    const restored = await LibraryStore.open(dir)
    const back = restored.getDocument(document!.id)
    expect(back).toMatchObject({ id: document!.id, textHash: document!.textHash, wordCount: document!.wordCount, original: { extension: 'txt' } })
    expect(await restored.readText(back)).toBe(await readFile(paths.textFile(document!.textHash), 'utf8'))
    await restored.close()
  })
})

describe('backups', () => {
  it('are taken at close, so the newest backup holds the session’s work', async () => {
    const dir = await tempDir()
    const store = await LibraryStore.open(dir)
    await store.commit((data) => ({ ...data, issues: [{ id: '0f0e0d0c-0b0a-4909-8807-060504030201', title: 'Kurdish participation', description: '' }] }))
    await store.close()
    const [newest] = await listBackups(libraryPaths(dir))
    expect(JSON.parse(await readFile(newest!, 'utf8')).issues).toHaveLength(1)
  })

  it('are taken once an import batch has gone quiet, not per file', async () => {
    const dir = await tempDir()
    const store = await LibraryStore.open(dir, { importBackupDelayMs: 50 })
    const before = (await listBackups(libraryPaths(dir))).length
    const names = (await readdir(samples)).filter((n) => n.endsWith('.txt')).slice(0, 2)
    for (const name of names) await importFiles([resolve(samples, name)], { store, parser: inProcessParserRunner })
    expect((await listBackups(libraryPaths(dir))).length).toBe(before)
    await new Promise((r) => setTimeout(r, 200))
    const backups = await listBackups(libraryPaths(dir))
    expect(backups.length).toBe(before + 1)
    expect(JSON.parse(await readFile(backups[0]!, 'utf8')).documents).toHaveLength(names.length)
    await store.close()
  })
})
