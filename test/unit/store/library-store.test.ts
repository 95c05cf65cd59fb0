import { describe, expect, it } from 'vitest'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LibraryStore, sha256Hex } from '../../../electron/main/services/store/library-store'
import { blocksFromText } from '../../../shared/domain/content'
import { libraryPaths } from '../../../electron/main/services/store/library-paths'
import { generatedClaim, generatedDocuments, seededRandom } from '../../bench/generate-library'
import { tempDir } from '../temp-library'

const textFor = (i: number) => `Paragraph one of article ${i}.\n\nThe Kremlin said the congress would go ahead (${i}).`

async function storeWithDocuments(dir: string, count: number) {
  const store = await LibraryStore.open(dir)
  const documents = generatedDocuments(count, 1)
  await store.addDocuments(documents.map((document, i) => ({ document: { ...document, textHash: sha256Hex(textFor(i)) }, blocks: blocksFromText(textFor(i)), original: new TextEncoder().encode(`original ${i}`) })))
  return { store, documents: store.listDocuments().slice() }
}

describe('LibraryStore', () => {
  it('creates a new library with its data file, a backup and a lock', async () => {
    const dir = await tempDir()
    const store = await LibraryStore.open(dir)
    const paths = libraryPaths(dir)
    expect(JSON.parse(await readFile(paths.dataFile, 'utf8'))).toMatchObject({ schemaVersion: 2, documents: [] })
    expect(await readdir(paths.backupsDir)).toHaveLength(1)
    expect(JSON.parse(await readFile(paths.lockFile, 'utf8')).pid).toBe(process.pid)
    await store.close()
    await expect(readFile(paths.lockFile)).rejects.toThrow()
  })

  it('keeps documents, texts and originals across a reopen', async () => {
    const dir = await tempDir()
    const { store, documents } = await storeWithDocuments(dir, 3)
    await store.close()
    const reopened = await LibraryStore.open(dir)
    expect(reopened.listDocuments().map((d) => d.id)).toEqual(documents.map((d) => d.id))
    const second = reopened.getDocument(documents[1]!.id)
    expect(await reopened.readText(second)).toBe(textFor(1))
    expect(await readFile(reopened.paths.originalFile(second.textHash, 'txt'), 'utf8')).toBe('original 1')
    expect(reopened.findByTextHash(second.textHash)?.id).toBe(second.id)
    await reopened.close()
  })

  it('reports an unknown document as not found', async () => {
    const store = await LibraryStore.open(await tempDir())
    expect(() => store.getDocument('nope')).toThrow(expect.objectContaining({ code: 'not-found' }))
    await store.close()
  })

  it('rolls memory back when the index cannot be written, so memory matches disk', async () => {
    const dir = await tempDir()
    const { store } = await storeWithDocuments(dir, 2)
    const paths = libraryPaths(dir)
    await rm(paths.dataFile)
    await mkdir(paths.dataFile) // the rename onto it now fails
    const more = generatedDocuments(1, 99)
    await expect(store.addDocuments(more.map((document) => ({ document: { ...document, textHash: sha256Hex('x y z') }, blocks: blocksFromText('x y z'), original: new Uint8Array([1]) })))).rejects.toThrow()
    expect(store.listDocuments()).toHaveLength(2)
    expect(store.findByTextHash(sha256Hex('x y z'))).toBeUndefined()
    await store.close()
  })

  it('serializes concurrent annotation saves so none is lost', async () => {
    const dir = await tempDir()
    const { store, documents } = await storeWithDocuments(dir, 2)
    const random = seededRandom(3)
    const doc = documents[0]!
    const text = textFor(0).repeat(20)
    const claims = Array.from({ length: 60 }, (_, i) => generatedClaim(doc, text, random, i))
    await Promise.all(claims.map((claim) => store.annotations.save(claim)))
    await store.close()
    const reopened = await LibraryStore.open(dir)
    const saved = await reopened.annotations.list(doc.id)
    expect(saved.map((a) => a.id).sort()).toEqual(claims.map((c) => c.id).sort())
    expect(await reopened.annotations.list(documents[1]!.id)).toEqual([])
    await reopened.close()
  })

  it('updates and removes annotations durably', async () => {
    const dir = await tempDir()
    const { store, documents } = await storeWithDocuments(dir, 1)
    const claim = generatedClaim(documents[0]!, textFor(0).repeat(10), seededRandom(4), 0)
    await store.annotations.save(claim)
    await store.annotations.save({ ...claim, note: 'revised note' })
    const second = { ...claim, id: 'second' }
    await store.annotations.save(second)
    await store.annotations.remove(documents[0]!.id, claim.id)
    await store.close()
    const reopened = await LibraryStore.open(dir)
    expect((await reopened.annotations.list(documents[0]!.id)).map((a) => a.id)).toEqual(['second'])
    await expect(reopened.annotations.remove(documents[0]!.id, 'missing')).rejects.toMatchObject({ code: 'not-found' })
    await reopened.close()
  })

  it('never overwrites an unreadable annotation file in place: it is moved aside and rebuilt from the journal', async () => {
    const dir = await tempDir()
    const { store, documents } = await storeWithDocuments(dir, 1)
    const paths = libraryPaths(dir)
    const first = generatedClaim(documents[0]!, textFor(0).repeat(10), seededRandom(5), 0)
    await store.annotations.save(first)
    await writeFile(paths.annotationFile(documents[0]!.id), '{"schemaVersion":1,"documentId":"x","annotations":[{"broken":true}]}')
    await store.close()
    const reopened = await LibraryStore.open(dir)
    const second = generatedClaim(documents[0]!, textFor(0).repeat(10), seededRandom(6), 1)
    await reopened.annotations.save(second)
    expect((await reopened.annotations.list(documents[0]!.id)).map((a) => a.id)).toEqual([first.id, second.id])
    const [damaged] = await readdir(paths.damagedDir)
    expect(await readFile(join(paths.damagedDir, damaged!), 'utf8')).toContain('broken')
    expect(reopened.notices.map((n) => n.title)).toContain('Annotations recovered')
    await reopened.close()
  })

  it('rejects an invalid annotation before writing anything', async () => {
    const dir = await tempDir()
    const { store, documents } = await storeWithDocuments(dir, 1)
    const claim = generatedClaim(documents[0]!, textFor(0).repeat(10), seededRandom(6), 0)
    await expect(store.annotations.save({ ...claim, credibility: 9 })).rejects.toThrow()
    expect(await store.annotations.list(documents[0]!.id)).toEqual([])
    await store.close()
  })

  it('takes a further backup on write once the interval has passed', async () => {
    const dir = await tempDir()
    let now = Date.UTC(2026, 0, 1)
    const store = await LibraryStore.open(dir, { now: () => new Date(now), backupIntervalMs: 60_000 })
    await store.commit((d) => ({ ...d, settings: { sampleLibrarySeeded: true } }))
    expect(await readdir(libraryPaths(dir).backupsDir)).toHaveLength(1)
    now += 61_000
    await store.commit((d) => ({ ...d, tags: [{ id: 't1', name: 'Sochi', color: '#1c7ed6', parentId: null }] }))
    expect(await readdir(libraryPaths(dir).backupsDir)).toHaveLength(2)
    await store.close()
  })
})
