import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import JSZip from 'jszip'
import { LibraryStore } from '../../../electron/main/services/store/library-store'
import { seedSampleLibrary } from '../../../electron/main/services/sample-library'
import { seedSampleAnalysis } from '../../../electron/main/services/sample-analysis'
import { inProcessParserRunner } from '../../../electron/main/services/importer/parser-runner'
import { AnnotationTransfer } from '../../../electron/main/services/annotations/annotation-transfer'
import { UndoHistory } from '../../../electron/main/services/annotations/undo-history'
import { importQdpx } from '../../../electron/main/services/annotations/qdpx-import'
import { tempDir } from '../temp-library'

/** Every file of the library, with its bytes' hash: what "byte-identical" means here. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const walk = async (at: string) => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if (!entry.name.endsWith('.lock')) out[path.slice(dir.length)] = createHash('sha256').update(await readFile(path)).digest('hex')
    }
  }
  await walk(dir)
  return out
}

async function library() {
  const dir = join(await tempDir(), 'lib')
  const store = await LibraryStore.open(dir)
  await seedSampleLibrary(store, resolve('resources/sample-library'), inProcessParserRunner)
  await seedSampleAnalysis(store, resolve('resources/sample-analysis.json'))
  const transfer = new AnnotationTransfer(store, new UndoHistory(store))
  return { dir, store, transfer, qdpx: (bytes: Uint8Array) => importQdpx(bytes, 'bad.qdpx', { store, parser: inProcessParserRunner, transfer }) }
}

const zipOf = async (files: Record<string, string>) => {
  const zip = new JSZip()
  for (const [name, content] of Object.entries(files)) zip.file(name, content)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
const quote = (exact: string) => ({ type: 'Annotation', id: 'a1', body: 'note', target: { source: 'https://x.example/', selector: { type: 'TextQuoteSelector', exact } } })

describe('bad annotation input: a specific error, and the library byte for byte as it was', () => {
  it.each([
    ['JSON that is not annotations', { hello: 'world' }, 'not an annotation file: neither W3C Web Annotations nor a Hypothesis export'],
    ['a million-character quote', [quote('x'.repeat(1_000_000))], 'item 1: quotes 1000000 characters (at most 20000)'],
    ['an annotation that names no words', [{ type: 'Annotation', target: 'https://x.example/' }], 'item 1: has no TextQuoteSelector or TextPositionSelector: nothing says which words it marks'],
  ])('%s', async (_, json, problem) => {
    const { dir, transfer } = await library()
    const before = await snapshot(dir)
    const result = await transfer.import(JSON.stringify(json), 'bad.json')
    expect(result.imported).toBe(0)
    expect(result.problems).toEqual([problem])
    expect(await snapshot(dir)).toEqual(before)
  })

  it('duplicate ids: the whole file is refused', async () => {
    const { dir, transfer } = await library()
    const before = await snapshot(dir)
    const twice = [quote('Russia, Iran and Turkey'), { ...quote('de-escalation zones') }]
    await expect(transfer.import(JSON.stringify(twice), 'bad.json')).rejects.toThrow('The file gives the id “a1” to two annotations (items 1 and 2); nothing was imported.')
    expect(await snapshot(dir)).toEqual(before)
  })

  it('not JSON at all', async () => {
    const { dir, transfer } = await library()
    const before = await snapshot(dir)
    await expect(transfer.import('<html>not json</html>', 'bad.json')).rejects.toThrow(/^The file is not JSON/)
    expect(await snapshot(dir)).toEqual(before)
  })

  it('a zip that is not a REFI project, a zip bomb, and XML that breaks the schema', async () => {
    const { dir, qdpx } = await library()
    const before = await snapshot(dir)
    await expect(qdpx(await zipOf({ 'notes.txt': 'hello' }))).rejects.toThrow('bad.qdpx is not a REFI-QDA project: it holds no project.qde.')
    await expect(qdpx(await zipOf({ 'project.qde': '0'.repeat(60 * 1024 * 1024) }))).rejects.toThrow(/^bad\.qdpx: refused: .*zip bomb\.$/)
    const project = (selection: string) =>
      `<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources><TextSource guid="3f2b8c1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f" name="s" plainTextPath="internal://s.txt">${selection}</TextSource></Sources></Project>`
    await expect(qdpx(await zipOf({ 'project.qde': project('<PlainTextSelection guid="3f2b8c1e-1a2b-4c3d-8e9f-0a1b2c3d4e60" startPosition="four" endPosition="9"/>'), 'Sources/s.txt': 'Some source text here.' }))).rejects.toThrow(
      'bad.qdpx: project.qde breaks the REFI-QDA schema: <PlainTextSelection> number 1 has startPosition “four”, which is not a whole number; nothing was imported.',
    )
    await expect(qdpx(await zipOf({ 'project.qde': project('<PlainTextSelection startPosition="1" endPosition="9"/>'), 'Sources/s.txt': 'Some source text here.' }))).rejects.toThrow(
      'bad.qdpx: project.qde breaks the REFI-QDA schema: <PlainTextSelection> number 1 has no guid; nothing was imported.',
    )
    expect(await snapshot(dir)).toEqual(before)
  })

  it('the same export a second time: nothing new, nothing written', async () => {
    const { dir, transfer } = await library()
    const exported = await transfer.export('w3c', null)
    const before = await snapshot(dir)
    const result = await transfer.import(exported.content as string, 'again.jsonld')
    expect(result.imported).toBe(0)
    expect(result.skipped.length).toBe(12)
    expect(await snapshot(dir)).toEqual(before)
  })
})
