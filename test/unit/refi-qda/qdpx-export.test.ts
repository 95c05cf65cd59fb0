import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import JSZip from 'jszip'
import { exportQdpx } from '../../../electron/main/services/annotations/qdpx-export'
import { importQdpx } from '../../../electron/main/services/annotations/qdpx-import'
import { AnnotationTransfer } from '../../../electron/main/services/annotations/annotation-transfer'
import { UndoHistory } from '../../../electron/main/services/annotations/undo-history'
import { LibraryStore } from '../../../electron/main/services/store/library-store'
import { inProcessParserRunner } from '../../../electron/main/services/importer/parser-runner'
import { codePointOffsets } from '../../../shared/refi-qda/code-points'
import { openAnnotatedSampleLibrary } from '../report-export/annotated-library'
import { tempDir } from '../temp-library'

const XSD = resolve('test/fixtures/refi-qda/Project.xsd')
let counter = 0
const newGuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`

async function exported() {
  const dir = await tempDir()
  const { store } = await openAnnotatedSampleLibrary(join(dir, 'lib'))
  const documents = [...store.listDocuments()]
  const annotations = [...(await store.annotations.loadAll()).values()].flat()
  const bytes = await exportQdpx(store, documents, annotations, { now: new Date('2026-12-04T10:00:00Z'), newGuid, analyst: 'Desk analyst' })
  const zip = await JSZip.loadAsync(bytes)
  const qde = await zip.file('project.qde')!.async('string')
  const path = join(dir, 'project.qde')
  await writeFile(path, qde)
  return { store, documents, annotations, zip, qde, path }
}

describe('REFI-QDA project export (.qdpx)', () => {
  it('is valid against the standard’s official Project.xsd (xmllint --schema)', async () => {
    const { path } = await exported()
    // xmllint exits non-zero and names the element on any schema violation.
    const output = execFileSync('xmllint', ['--noout', '--schema', XSD, path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    expect(output).toBe('')
  }, 30_000)

  it('holds every document as a text source, every anchored annotation as a selection at its offsets, and its codes', async () => {
    const { zip, qde, documents, annotations, store } = await exported()
    for (const document of documents) {
      const text = await zip.file(`Sources/${document.id}.txt`)!.async('string')
      expect(text).toBe(await store.readText(document))
      expect(qde).toContain(`<TextSource guid="${document.id}"`)
    }
    for (const annotation of annotations.filter((a) => a.anchorStatus !== 'orphaned')) {
      const match = new RegExp(`<PlainTextSelection guid="${annotation.id}"[^>]*startPosition="(\\d+)" endPosition="(\\d+)"`).exec(qde)
      expect(match, annotation.id).not.toBeNull()
      const text = [...(await store.readText(store.getDocument(annotation.target.documentId)))]
      // Positions count characters (code points): the selection is the annotation's quote.
      expect(text.slice(Number(match![1]), Number(match![2])).join('')).toBe(annotation.target.quote.exact)
    }
    const claim = annotations.find((a) => a.kind === 'claim')!
    const selection = new RegExp(`<PlainTextSelection guid="${claim.id}"[\\s\\S]*?</PlainTextSelection>`).exec(qde)![0]
    if (claim.kind !== 'claim') throw new Error('not a claim')
    for (const code of [claim.sourceId, claim.issueId, ...claim.partyIds]) expect(selection).toContain(`<CodeRef targetGUID="${code}"/>`)
    expect(qde).toMatch(/<Code guid="b7c1e2a0-5f3d-4c6e-9a10-000000000004" name="Stances" isCodable="false">/)
    expect(qde).toContain('<User guid=')
    expect(qde).toContain('name="Desk analyst"')
  }, 30_000)

  it('keeps a note as a memo on its selection, escaped', async () => {
    const { qde, annotations } = await exported()
    const noted = annotations.find((a) => a.note.includes('<script>'))!
    expect(noted).toBeDefined()
    expect(qde).not.toContain('<script>')
    expect(qde).toContain('&lt;script&gt;')
    const selection = new RegExp(`<PlainTextSelection guid="${noted.id}"[\\s\\S]*?</PlainTextSelection>`).exec(qde)![0]
    const noteGuid = /<NoteRef targetGUID="([^"]+)"\/>/.exec(selection)![1]
    expect(qde).toContain(`<Note guid="${noteGuid}"`)
  }, 30_000)
})

describe('character offsets', () => {
  it('count an emoji or a CJK character outside the BMP as one character', () => {
    const text = 'A 😀 B 𠀋 C'
    const toCharacters = codePointOffsets(text)
    expect(toCharacters(text.indexOf('B'))).toBe([...text].indexOf('B'))
    expect(toCharacters(text.indexOf('C'))).toBe([...text].indexOf('C'))
    expect(toCharacters(text.length)).toBe([...text].length)
    expect(codePointOffsets('plain')(3)).toBe(3)
  })
})

describe('REFI-QDA project import (.qdpx)', () => {
  it('brings another project’s sources, codes (with their hierarchy) and coded selections into an empty library', async () => {
    const { zip, annotations, store: from } = await exported()
    const bytes = await zip.generateAsync({ type: 'uint8array' })
    const store = await LibraryStore.open(join(await tempDir(), 'empty'))
    const transfer = new AnnotationTransfer(store, new UndoHistory(store))
    const result = await importQdpx(bytes, 'project.qdpx', { store, parser: inProcessParserRunner, transfer })
    const placeable = annotations.filter((a) => a.anchorStatus !== 'orphaned').length
    expect(result).toMatchObject({ fileKind: 'REFI-QDA project', documents: { imported: from.listDocuments().length, reused: 0 }, imported: placeable, notPlaced: [], problems: [] })
    expect(store.listDocuments().map((d) => d.title).sort()).toEqual(from.listDocuments().map((d) => d.title).sort())
    // Codes keep their tree: a source is a child of the "Sources (who said it)" group.
    const group = store.data.tags.find((t) => t.name === 'Sources (who said it)')!
    expect(store.data.tags.filter((t) => t.parentId === group.id).length).toBeGreaterThan(0)
    // Each selection is back on its words, with its memo.
    const noted = annotations.find((a) => a.note.includes('<script>'))!
    const all = [...(await store.annotations.loadAll()).values()].flat()
    const back = all.find((a) => a.target.quote.exact === noted.target.quote.exact)!
    expect(back.note).toBe(noted.note)
    // A second import reuses the documents and adds no second copy of the texts.
    const again = await importQdpx(bytes, 'project.qdpx', { store, parser: inProcessParserRunner, transfer })
    expect(again.documents).toEqual({ imported: 0, reused: from.listDocuments().length })
  }, 60_000)

  it('refuses what is not a project, with a specific reason, and changes nothing', async () => {
    const store = await LibraryStore.open(join(await tempDir(), 'lib'))
    const transfer = new AnnotationTransfer(store, new UndoHistory(store))
    const run = (bytes: Uint8Array) => importQdpx(bytes, 'x.qdpx', { store, parser: inProcessParserRunner, transfer })
    await expect(run(new TextEncoder().encode('not a zip'))).rejects.toThrow(/x\.qdpx/)
    const noProject = new JSZip()
    noProject.file('readme.txt', 'hello')
    await expect(run(await noProject.generateAsync({ type: 'uint8array' }))).rejects.toThrow('x.qdpx is not a REFI-QDA project: it holds no project.qde.')
    const badXml = new JSZip()
    badXml.file('project.qde', '<Project xmlns="urn:QDA-XML:project:1.0"><Sources>')
    await expect(run(await badXml.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/^x\.qdpx: project\.qde is not well-formed XML/)
    expect(store.listDocuments()).toHaveLength(0)
  })
})
