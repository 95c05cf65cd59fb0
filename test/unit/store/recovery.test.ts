import { describe, expect, it } from 'vitest'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LibraryStore, sha256Hex } from '../../../electron/main/services/store/library-store'
import { blocksFromText } from '../../../shared/domain/content'
import { libraryPaths } from '../../../electron/main/services/store/library-paths'
import { BACKUPS_KEPT, listBackups, writeBackup } from '../../../electron/main/services/store/library-file'
import { emptyLibraryData } from '../../../shared/domain/library-data'
import { generatedDocuments } from '../../bench/generate-library'
import { tempDir } from '../temp-library'

/** A library holding two documents, with a backup that has both. */
async function libraryWithBackup() {
  const dir = await tempDir()
  let clock = Date.UTC(2026, 10, 1)
  const now = () => new Date((clock += 1000))
  const store = await LibraryStore.open(dir, { now })
  const documents = generatedDocuments(2, 7)
  await store.addDocuments(documents.map((document, i) => ({ document: { ...document, textHash: sha256Hex(`text ${i}`) }, blocks: blocksFromText(`text ${i}`), original: new Uint8Array([i]) })))
  await store.close()
  // Reopening backs up the current file, which now has both documents.
  await (await LibraryStore.open(dir, { now })).close()
  return { dir, paths: libraryPaths(dir), documents, now }
}

const damages: Array<[string, (content: string) => string, RegExp]> = [
  ['empty', () => '', /empty/],
  ['truncated', (content) => content.slice(0, Math.floor(content.length / 2)), /not valid JSON/],
  ['not a library', () => '{"hello":"world"}', /schemaVersion/],
  ['invalid content', (content) => content.replace('"documents":[', '"documents":[42,'), /invalid at documents\.0/],
]

describe('opening a damaged library', () => {
  for (const [name, damage, reason] of damages) {
    it(`restores the newest valid backup when the file is ${name}, and says where the damaged file went`, async () => {
      const { dir, paths, documents, now } = await libraryWithBackup()
      const original = await readFile(paths.dataFile, 'utf8')
      await writeFile(paths.dataFile, damage(original))
      const store = await LibraryStore.open(dir, { now })
      expect(store.listDocuments().map((d) => d.id)).toEqual(documents.map((d) => d.id))
      expect(store.notices).toHaveLength(1)
      const notice = store.notices[0]!
      expect(notice.title).toBe('Library restored from backup')
      expect(notice.message).toMatch(reason)
      const damagedFiles = await readdir(paths.damagedDir)
      expect(damagedFiles).toHaveLength(1)
      expect(notice.message).toContain(join(paths.damagedDir, damagedFiles[0]!))
      expect(await readFile(join(paths.damagedDir, damagedFiles[0]!), 'utf8')).toBe(damage(original))
      await store.close()
      // The restored file is valid on its own: the next open has nothing to report.
      const again = await LibraryStore.open(dir, { now })
      expect(again.notices).toEqual([])
      await again.close()
    })
  }

  it('reads a file that starts with a byte-order mark without complaint', async () => {
    const { dir, paths, documents, now } = await libraryWithBackup()
    await writeFile(paths.dataFile, '\uFEFF' + (await readFile(paths.dataFile, 'utf8')))
    const store = await LibraryStore.open(dir, { now })
    expect(store.notices).toEqual([])
    expect(store.listDocuments()).toHaveLength(documents.length)
    await store.close()
  })

  it('skips a damaged backup and restores the next one', async () => {
    const { dir, paths, now } = await libraryWithBackup()
    const [newest] = await listBackups(paths)
    await writeFile(newest!, '{"schemaVersion": 1, "documents": [')
    await writeFile(paths.dataFile, '')
    const store = await LibraryStore.open(dir, { now })
    expect(store.notices[0]!.message).not.toContain(newest!)
    expect(store.notices[0]!.title).toBe('Library restored from backup')
    await store.close()
  })

  it('restores from backup when the file has disappeared', async () => {
    const { dir, paths, documents, now } = await libraryWithBackup()
    await writeFile(paths.dataFile, '')
    const { rm } = await import('node:fs/promises')
    await rm(paths.dataFile)
    const store = await LibraryStore.open(dir, { now })
    expect(store.listDocuments()).toHaveLength(documents.length)
    expect(store.notices[0]!.message).toContain('missing')
    await store.close()
  })

  it('fails with a clear error, touching nothing, when no backup is valid', async () => {
    const dir = await tempDir()
    const paths = libraryPaths(dir)
    await writeFile(paths.dataFile, '{"schemaVersion":1,"documents":[')
    await expect(LibraryStore.open(dir)).rejects.toMatchObject({
      code: 'library-damaged',
      message: expect.stringContaining('no valid backup was found'),
    })
    expect(await readFile(paths.dataFile, 'utf8')).toBe('{"schemaVersion":1,"documents":[')
    // The failed open released its lock.
    await expect(readFile(paths.lockFile)).rejects.toThrow()
  })

  it('refuses a library written by a newer Parley instead of calling it damaged', async () => {
    const dir = await tempDir()
    const paths = libraryPaths(dir)
    await writeFile(paths.dataFile, JSON.stringify({ ...emptyLibraryData(), schemaVersion: 99 }))
    await expect(LibraryStore.open(dir)).rejects.toMatchObject({ code: 'library-too-new' })
    expect(JSON.parse(await readFile(paths.dataFile, 'utf8')).schemaVersion).toBe(99)
  })

  it('upgrades a library written by an older Parley, and says so', async () => {
    const dir = await tempDir()
    const paths = libraryPaths(dir)
    const [document] = generatedDocuments(1, 3)
    const { sameStoryAs, ...v1Document } = document!
    void sameStoryAs
    await writeFile(paths.dataFile, JSON.stringify({ ...emptyLibraryData(), schemaVersion: 1, documents: [v1Document] }))
    const store = await LibraryStore.open(dir)
    expect(store.notices).toEqual([expect.objectContaining({ title: 'Library upgraded' })])
    expect(store.listDocuments()[0]!.sameStoryAs).toEqual([])
    expect(JSON.parse(await readFile(paths.dataFile, 'utf8')).schemaVersion).toBe(2)
    await store.close()
  })

  it('removes temp files left by a crash mid-write and opens the intact library', async () => {
    const { dir, paths, documents, now } = await libraryWithBackup()
    await writeFile(join(dir, '.library.json.123.abcdef.tmp'), '{"schemaVersion":1,"docu')
    const store = await LibraryStore.open(dir, { now })
    expect(store.listDocuments()).toHaveLength(documents.length)
    expect((await readdir(dir)).some((name) => name.endsWith('.tmp'))).toBe(false)
    await store.close()
  })
})

describe('backups', () => {
  it(`keeps only the newest ${BACKUPS_KEPT} and skips identical copies`, async () => {
    const dir = await tempDir()
    const paths = libraryPaths(dir)
    let clock = Date.UTC(2026, 0, 1)
    for (let i = 0; i < 10; i++) await writeBackup(paths, JSON.stringify({ i }), new Date((clock += 1000)))
    expect(await writeBackup(paths, JSON.stringify({ i: 9 }), new Date((clock += 1000)))).toBeNull()
    const kept = await listBackups(paths)
    expect(kept).toHaveLength(BACKUPS_KEPT)
    expect(JSON.parse(await readFile(kept[0]!, 'utf8'))).toEqual({ i: 9 })
    expect(JSON.parse(await readFile(kept.at(-1)!, 'utf8'))).toEqual({ i: 3 })
  })
})
