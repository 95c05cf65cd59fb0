import { describe, expect, it } from 'vitest'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LibraryStore } from '../../../electron/main/services/store/library-store'
import { inProcessParserRunner } from '../../../electron/main/services/importer/parser-runner'
import { prepareBlocks } from '../../../electron/main/services/importer/prepare-blocks'
import { createHandlerTable } from '../../../electron/main/services/ipc/handler-table'
import { createIpcDispatcher } from '../../../electron/main/services/ipc/dispatch'
import { LibrarySearch } from '../../../electron/main/services/library-search/library-search'
import { ipcChannels } from '../../../shared/ipc/channels'
import type { ParleyDocument } from '../../../shared/domain/document'
import { openAnnotatedSampleLibrary } from '../report-export/annotated-library'
import { defaultReportOptions } from '../../../shared/report/report-options'
import { tempDir } from '../temp-library'

const rebuildBlocks = async (document: ParleyDocument, original: Uint8Array) =>
  prepareBlocks((await inProcessParserRunner.parse(document.original.extension, original, document.original.name)).blocks)

/** The annotated sample library, closed, so a test can damage its files and open it again. */
async function annotatedLibrary() {
  const dir = await tempDir()
  const { store, handlers, close } = await openAnnotatedSampleLibrary(dir)
  const annotated = store.listDocuments().filter((d) => d.original.name.includes('wire'))[0]!
  const before = await handlers.listAnnotations({ documentId: annotated.id })
  const view = await handlers.getDocument({ id: annotated.id })
  await close()
  return { dir, annotated, before, view }
}

async function reopen(dir: string) {
  const store = await LibraryStore.open(dir, { rebuildBlocks })
  const search = await LibrarySearch.open(store)
  const handlers = createHandlerTable({ store, search, parser: inProcessParserRunner, pickImportPaths: async () => null, pickSavePath: async () => null, pickAnnotationFile: async () => null })
  const dispatch = createIpcDispatcher(handlers, { isTrustedSender: () => true, logError: () => undefined })
  const call = (method: keyof typeof ipcChannels, args: unknown) => dispatch(ipcChannels[method], 'parley://app/index.html', args)
  return { store, search, handlers, call, close: async () => { await search.close(); await store.close() } }
}

describe('a damaged annotations file', () => {
  it('is rebuilt from its journal with every acknowledged change, and the analyst is told', async () => {
    const { dir, annotated, before } = await annotatedLibrary()
    expect(before.length).toBeGreaterThan(0)
    const file = join(dir, 'annotations', `${annotated.id}.json`)
    const content = await readFile(file, 'utf8')
    await writeFile(file, content.slice(0, Math.floor(content.length / 2)))
    const library = await reopen(dir)
    expect(await library.handlers.listAnnotations({ documentId: annotated.id })).toEqual(before)
    const notice = library.store.notices.find((n) => n.title === 'Annotations recovered')!
    expect(notice.message).toContain(annotated.title)
    expect(notice.message).toMatch(/Rebuilt \d+ annotations? from its journal of changes\. Nothing was lost\./)
    const [moved] = await readdir(join(dir, 'damaged'))
    expect(await readFile(join(dir, 'damaged', moved!), 'utf8')).toBe(content.slice(0, Math.floor(content.length / 2)))
    await library.close()
  })

  it('without a journal, is moved aside while registries, positions, exports and reports keep working', async () => {
    const { dir, annotated } = await annotatedLibrary()
    await writeFile(join(dir, 'annotations', `${annotated.id}.json`), '{"schemaVersion":1,"annotations":[{"trunc')
    await writeFile(join(dir, 'annotations', `${annotated.id}.journal`), '')
    const library = await reopen(dir)
    for (const [method, args] of [
      ['getRegistries', {}],
      ['getPositions', { filters: { from: null, to: null, outlets: [], minReliability: null, maxCredibility: null, tagIds: [] } }],
      ['previewReport', { options: defaultReportOptions('2026-12-04') }],
      ['listAnnotations', { documentId: annotated.id }],
    ] as const) {
      const result = await library.call(method, args)
      expect(result, method).toMatchObject({ ok: true })
    }
    const notice = library.store.notices.find((n) => n.title === 'Annotations recovered')!
    expect(notice.message).toMatch(/could not be brought back/)
    expect(await readdir(join(dir, 'damaged'))).toHaveLength(1)
    await library.close()
  })

  it('reports a read failure as a typed error, never a raw parser message', async () => {
    const { dir, annotated } = await annotatedLibrary()
    const file = join(dir, 'annotations', `${annotated.id}.json`)
    await writeFile(file, JSON.stringify({ schemaVersion: 99, documentId: annotated.id, annotations: [] }))
    const library = await reopen(dir)
    const result = await library.call('listAnnotations', { documentId: annotated.id })
    expect(result).toMatchObject({ ok: false, error: { code: 'library-too-new' } })
    // Written by a newer Parley: left exactly as it was, and nothing else breaks.
    expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(99)
    expect(await library.call('getRegistries', {})).toMatchObject({ ok: true })
    await library.search.ready
    expect(library.store.notices.find((n) => n.title === 'Annotations left out')?.message).toMatch(/newer Parley.*nothing was changed on disk/)
    await library.close()
  })
})

describe('a damaged blocks file', () => {
  it('is rebuilt from the kept original, with the same text and blocks', async () => {
    const { dir, annotated, view, before } = await annotatedLibrary()
    const name = (await readdir(join(dir, 'documents'))).find((n) => n.endsWith(`.${annotated.id}.blocks.json`))!
    await writeFile(join(dir, 'documents', name), 'garbage{')
    const library = await reopen(dir)
    const repaired = await library.handlers.getDocument({ id: annotated.id })
    expect(repaired.text).toBe(view.text)
    expect(repaired.blocks).toEqual(view.blocks)
    expect(await library.handlers.listAnnotations({ documentId: annotated.id })).toEqual(before)
    expect(library.store.notices.find((n) => n.title === 'Document repaired')?.message).toMatch(/rebuilt from the kept original/)
    await library.close()
  })

  it('keeps the analyst’s removed and restored blocks when rebuilt from the original', async () => {
    const { dir, annotated, view } = await annotatedLibrary()
    let library = await reopen(dir)
    const kept = view.blocks.find((b) => !b.removed && b.index > 0)!
    const edited = await library.handlers.setBlockRemoved({ documentId: annotated.id, blockIndex: kept.index, removed: true })
    await library.close()
    const name = (await readdir(join(dir, 'documents'))).find((n) => n.startsWith(edited.document.textHash) && n.endsWith('.blocks.json'))!
    await writeFile(join(dir, 'documents', name), '{}')
    library = await reopen(dir)
    const repaired = await library.handlers.getDocument({ id: annotated.id })
    expect(repaired.text).toBe(edited.text)
    expect(repaired.blocks.filter((b) => b.removed).map((b) => b.index)).toEqual(edited.blocks.filter((b) => b.removed).map((b) => b.index))
    await library.close()
  })

  it('falls back to the stored text when the original is gone, and says what could not be recovered', async () => {
    const { dir, annotated, view } = await annotatedLibrary()
    const names = await readdir(join(dir, 'documents'))
    await writeFile(join(dir, 'documents', names.find((n) => n.endsWith(`.${annotated.id}.blocks.json`))!), '[1,2')
    const { rm } = await import('node:fs/promises')
    await rm(join(dir, 'documents', names.find((n) => n.startsWith(annotated.textHash) && n.includes('.original.'))!))
    const library = await reopen(dir)
    expect((await library.handlers.getDocument({ id: annotated.id })).text).toBe(view.text)
    expect(library.store.notices.find((n) => n.title === 'Document repaired')?.message).toMatch(/removed boilerplate and headings could not be recovered/)
    await library.close()
  })
})

describe('damaged derived files', () => {
  it('a garbage search index and sketches file are rebuilt and search still finds documents', async () => {
    const { dir, annotated } = await annotatedLibrary()
    await writeFile(join(dir, 'search-index.bin'), 'not an index')
    await writeFile(join(dir, 'search-index.json'), '{')
    await writeFile(join(dir, 'near-duplicate-sketches.json'), '{"sketchSize":')
    const library = await reopen(dir)
    await library.search.ready
    const result = await library.handlers.search({ query: annotated.title.split(' ').slice(0, 2).join(' '), limit: 10, offset: 0, prefixLast: false })
    expect(result.hits.map((h) => h.documentId)).toContain(annotated.id)
    await library.close()
  })
})
