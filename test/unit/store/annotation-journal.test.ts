import { describe, expect, it } from 'vitest'
import { appendFile, readFile, rm, stat } from 'node:fs/promises'
import { LibraryStore, sha256Hex } from '../../../electron/main/services/store/library-store'
import { blocksFromText } from '../../../shared/domain/content'
import { libraryPaths } from '../../../electron/main/services/store/library-paths'
import { AnnotationJournal } from '../../../electron/main/services/store/annotation-journal'
import { generatedClaim, generatedDocuments, seededRandom } from '../../bench/generate-library'
import { tempDir } from '../temp-library'

const text = 'The Kremlin said the congress would go ahead.\n\nAnkara objected to any Kurdish delegation.'

async function libraryWithOneDocument() {
  const dir = await tempDir()
  const store = await LibraryStore.open(dir)
  const [document] = generatedDocuments(1, 3)
  await store.addDocuments([{ document: { ...document!, textHash: sha256Hex(text) }, blocks: blocksFromText(text), original: new Uint8Array([1]) }])
  const doc = store.listDocuments()[0]!
  const claim = (n: number) => generatedClaim(doc, text, seededRandom(n), n)
  return { dir, store, doc, claim, paths: libraryPaths(dir) }
}

describe('the annotation journal', () => {
  it('replays saves, edits, deletes and replacements to exactly the current list', async () => {
    const { store, doc, claim, paths } = await libraryWithOneDocument()
    const [a, b, c] = [claim(1), claim(2), claim(3)]
    await store.annotations.save(a)
    await store.annotations.save(b)
    await store.annotations.save({ ...a, note: 'edited' })
    await store.annotations.remove(doc.id, b.id)
    await store.annotations.save(c)
    const current = await store.annotations.list(doc.id)
    const replayed = await new AnnotationJournal().replay(paths.annotationJournal(doc.id))
    expect(replayed).toEqual({ annotations: current, unreadable: 0, entries: 5 })
    await store.annotations.replaceAll(doc.id, [c])
    expect((await new AnnotationJournal().replay(paths.annotationJournal(doc.id)))!.annotations).toEqual([c])
    await store.close()
  })

  it('starts with a snapshot for a file written before journals existed, so nothing older is lost', async () => {
    const { dir, store, doc, claim, paths } = await libraryWithOneDocument()
    const [a, b] = [claim(1), claim(2)]
    await store.annotations.save(a)
    await store.close()
    await rm(paths.annotationJournal(doc.id))
    const reopened = await LibraryStore.open(dir)
    await reopened.annotations.save(b)
    expect((await new AnnotationJournal().replay(paths.annotationJournal(doc.id)))!.annotations.map((x) => x.id)).toEqual([a.id, b.id])
    await reopened.close()
  })

  it('ignores a line torn by a crash, starts the next entry on a new line, and counts damage in the middle', async () => {
    const { dir, store, doc, claim, paths } = await libraryWithOneDocument()
    await store.annotations.save(claim(1))
    await store.close()
    await appendFile(paths.annotationJournal(doc.id), '{"op":"put","at":"2026-')
    let journal = await new AnnotationJournal().replay(paths.annotationJournal(doc.id))
    expect(journal!.unreadable).toBe(0)
    const reopened = await LibraryStore.open(dir)
    await reopened.annotations.save(claim(2))
    journal = await new AnnotationJournal().replay(paths.annotationJournal(doc.id))
    expect(journal!.annotations).toHaveLength(2)
    // The torn line is now in the middle: it is counted, the entries around it are kept.
    expect(journal!.unreadable).toBe(1)
    await reopened.close()
  })

  it('is compacted to a snapshot once it grows far past the file it protects', async () => {
    const { store, doc, claim, paths } = await libraryWithOneDocument()
    const a = claim(1)
    await store.annotations.save(a)
    for (let i = 0; i < 400; i++) await store.annotations.save({ ...a, note: `revision ${i} `.repeat(60) })
    const size = (await stat(paths.annotationJournal(doc.id))).size
    expect(size).toBeLessThan(300 * 1024)
    const replayed = await new AnnotationJournal().replay(paths.annotationJournal(doc.id))
    expect(replayed!.annotations).toEqual(await store.annotations.list(doc.id))
    await store.close()
  })

  it('rebuilds a deleted annotations file from the journal on the next open', async () => {
    const { dir, store, doc, claim, paths } = await libraryWithOneDocument()
    await store.annotations.save(claim(1))
    await store.annotations.save(claim(2))
    const before = await store.annotations.list(doc.id)
    await store.close()
    await rm(paths.annotationFile(doc.id))
    const reopened = await LibraryStore.open(dir)
    expect(await reopened.annotations.list(doc.id)).toEqual(before)
    expect(JSON.parse(await readFile(paths.annotationFile(doc.id), 'utf8')).annotations).toEqual(before)
    expect(reopened.notices.find((n) => n.title === 'Annotations recovered')?.message).toMatch(/was missing\. Rebuilt 2 annotations/)
    await reopened.close()
  })

  it('refuses annotations for a document the library does not hold, before touching any file', async () => {
    const { store, claim, paths } = await libraryWithOneDocument()
    const stray = claim(1)
    const elsewhere = { ...stray, target: { ...stray.target, documentId: '../../elsewhere' } }
    await expect(store.annotations.save(elsewhere)).rejects.toMatchObject({ code: 'not-found' })
    await expect(store.annotations.list('../../elsewhere')).rejects.toMatchObject({ code: 'not-found' })
    await expect(store.annotations.remove('../x', stray.id)).rejects.toMatchObject({ code: 'not-found' })
    // Nothing was written anywhere: not even the annotations folder exists yet.
    await expect(stat(paths.annotationsDir)).rejects.toMatchObject({ code: 'ENOENT' })
    await store.close()
  })
})
