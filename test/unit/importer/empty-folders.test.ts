import { ImportProgressBoard } from '../../../electron/main/services/importer/import-progress'
import { describe, expect, it } from 'vitest'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { collectImport } from '../../../electron/main/services/importer/collect-files'
import { importHandlers } from '../../../electron/main/services/ipc/handlers/import-handlers'
import { inProcessParserRunner as parser } from '../../../electron/main/services/importer/parser-runner'
import { LibraryStore } from '../../../electron/main/services/store/library-store'
import { tempDir } from '../temp-library'

const sample = resolve('resources/sample-library/01-sochi-summit-wire.txt')

/** Three folders with nothing to import: empty, named like a file, and holding only other kinds. */
async function foldersWithNothing(): Promise<{ empty: string; namedLikeAFile: string; otherKinds: string }> {
  const root = await tempDir()
  const empty = join(root, 'empty')
  const namedLikeAFile = join(root, 'x.html')
  const otherKinds = join(root, 'spreadsheets')
  await mkdir(empty)
  await mkdir(namedLikeAFile)
  await writeFile(join(namedLikeAFile, '.DS_Store'), 'hidden')
  await mkdir(join(otherKinds, 'older'), { recursive: true })
  await writeFile(join(otherKinds, 'older', 'figures.xlsx'), 'x')
  return { empty, namedLikeAFile, otherKinds }
}

describe('folders with nothing to import', () => {
  it('are each named with the reason, apart from the files found elsewhere', async () => {
    const { empty, namedLikeAFile, otherKinds } = await foldersWithNothing()
    const collected = await collectImport([empty, namedLikeAFile, otherKinds, sample])
    expect(collected.files).toEqual([sample])
    expect(collected.emptyFolders.map((f) => f.message)).toEqual([
      'empty is an empty folder: there is nothing in it to import.',
      // Hidden files are not the analyst's articles: a folder of them is empty to the analyst.
      'x.html is an empty folder: there is nothing in it to import.',
      'spreadsheets is a folder with no files Parley can import (.html, .pdf, .docx, .rtf, .txt, .md), in it or below it.',
    ])
  })

  it('reach the app from the import dialog, with or without files to import beside them', async () => {
    const { empty, otherKinds } = await foldersWithNothing()
    const store = await LibraryStore.open(await tempDir())
    try {
      let chosen: string[] = []
      const handlers = importHandlers(store, parser, async () => chosen, new ImportProgressBoard())
      chosen = [empty, otherKinds]
      const nothing = await handlers.pickImportFiles({ kind: 'folder' })
      expect(nothing.files).toEqual([])
      expect(nothing.emptyFolders?.map((f) => f.name)).toEqual(['empty', 'spreadsheets'])
      chosen = [otherKinds, sample]
      const some = await handlers.pickImportFiles({ kind: 'folder' })
      expect(some.files).toEqual([{ index: 0, name: '01-sochi-summit-wire.txt' }])
      expect(some.emptyFolders).toEqual([{ name: 'spreadsheets', message: expect.stringContaining('spreadsheets is a folder with no files Parley can import') }])
    } finally {
      await store.close()
    }
  })
})
