import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { AnnotationTransfer } from '../../../electron/main/services/annotations/annotation-transfer'
import { importQdpx } from '../../../electron/main/services/annotations/qdpx-import'
import { UndoHistory } from '../../../electron/main/services/annotations/undo-history'
import { inProcessParserRunner } from '../../../electron/main/services/importer/parser-runner'
import { LibraryStore } from '../../../electron/main/services/store/library-store'
import { tempDir } from '../temp-library'

async function emptyLibrary() {
  const store = await LibraryStore.open(join(await tempDir(), 'lib'))
  const history = new UndoHistory(store)
  return { store, history, transfer: new AnnotationTransfer(store, history) }
}

describe('REFI-QDA projects written by other packages', () => {
  it('imports the codebook of a project ATLAS.ti 8.4 wrote, and says which sources came without their text', async () => {
    const zip = new JSZip()
    zip.file('project.qde', await readFile(resolve('test/fixtures/refi-qda/atlasti-8.4-standard-project.qde')))
    const { store, history, transfer } = await emptyLibrary()
    const result = await importQdpx(await zip.generateAsync({ type: 'uint8array' }), 'ATLAS.ti standard project.qdpx', { store, parser: inProcessParserRunner, transfer })
    expect(result.fileKind).toBe('REFI-QDA project')
    // Its six text sources point into Sources/, which this export does not carry: each is named.
    expect(result.problems.filter((p) => /its text is not in the project \(internal:\/\//.test(p))).toHaveLength(6)
    expect(result.problems.some((p) => p.includes('1960s Coca Cola commercial - Audio.docx'))).toBe(true)
    expect(store.listDocuments()).toHaveLength(0)
    // Its codebook comes in whole: 14 codes, with ATLAS.ti's colours, in one step the analyst can undo.
    expect(result.created.tags).toBe(14)
    expect(store.data.tags.find((t) => t.name === 'happiness')).toMatchObject({ color: '#f00082' })
    expect(await history.undo()).not.toBeNull()
    expect(store.data.tags).toHaveLength(0)
  })

  // A project in the shape NVivo for Windows 12.6 writes: the source text in UTF-8 with a
  // byte-order mark and CRLF line endings, positions counted in UTF-16 code units (so an emoji
  // counts two), selections that run over the line break after a comment. Written for this test.
  it('places every selection of an NVivo-shaped project exactly: BOM, CRLF, emoji and UTF-16 positions', async () => {
    const comments = [
      '@user1\r\nThe ceasefire in Idlib will not hold 😡😡 everyone knows it\r\n2024-08-16T16:07:43Z',
      '@user2\r\nGeneva is the only framework 👍 for a settlement\r\n2024-08-16T16:09:02Z',
      '@user3\r\nSochi is a show for Moscow 🎭🎭🎭 and nothing more\r\n2024-08-16T16:11:40Z',
    ]
    const text = comments.join('\r\n\r\n')
    const selectionOf = (words: string, withBreak = false) => {
      const start = text.indexOf(words)
      return { start, end: start + words.length + (withBreak ? 2 : 0) }
    }
    const selections = [selectionOf('The ceasefire in Idlib will not hold 😡😡 everyone knows it', true), selectionOf('Geneva is the only framework 👍 for a settlement'), selectionOf('Sochi is a show for Moscow 🎭🎭🎭 and nothing more', true)]
    const guid = (n: number) => `56a79789-d535-4fb8-bedd-a9155040000${n}`
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="comments" origin="NVivo for Windows 12.6">
  <Users><User guid="${guid(9)}" name="Coder"/></Users>
  <CodeBook><Codes>
    <Code guid="${guid(1)}" name="Positions" isCodable="true" color="#FF0000">
      <Code guid="${guid(2)}" name="Against the truce" isCodable="true" color="#00FF00"/>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="${guid(3)}" name="comments.txt" plainTextPath="internal://${guid(3)}.txt">
${selections.map((s, n) => `      <PlainTextSelection guid="${guid(4 + n)}" name="" startPosition="${s.start}" endPosition="${s.end}"><Coding guid="${guid(7)}${n}"><CodeRef targetGUID="${guid(2)}"/></Coding></PlainTextSelection>`).join('\n')}
    </TextSource>
  </Sources>
</Project>`
    const zip = new JSZip()
    zip.file('project.qde', qde)
    zip.file(`Sources/${guid(3)}.txt`, new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))
    const { store, transfer } = await emptyLibrary()
    const result = await importQdpx(await zip.generateAsync({ type: 'uint8array' }), 'comments.qdpx', { store, parser: inProcessParserRunner, transfer })
    expect(result).toMatchObject({ imported: 3, notPlaced: [], problems: [] })
    const placed = [...(await store.annotations.loadAll()).values()].flat()
    expect(placed.map((a) => a.anchorStatus)).toEqual(['anchored', 'anchored', 'anchored'])
    expect(placed.map((a) => a.target.quote.exact).sort()).toEqual(['Geneva is the only framework 👍 for a settlement', 'Sochi is a show for Moscow 🎭🎭🎭 and nothing more', 'The ceasefire in Idlib will not hold 😡😡 everyone knows it'])
    expect(store.data.tags.find((t) => t.name === 'Against the truce')?.parentId).toBe(store.data.tags.find((t) => t.name === 'Positions')?.id)
  }, 30_000)

  // The shape a small command-line coder (qc 1.3) writes: a bare file name for the source's text,
  // kept in a lower-case "sources/" folder. Written for this test.
  it('finds a source text named without internal:// in a lower-case sources folder', async () => {
    const text = 'Board minutes, 2017.\nThe board agreed to fund the Idlib school.\nThe motion passed.'
    const start = text.indexOf('The board agreed')
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="demo" origin="qc 1.3.2">
  <CodeBook><Codes><Code guid="00000000-0000-4000-8000-000000000001" name="decisions" isCodable="true"/></Codes></CodeBook>
  <Sources><TextSource guid="00000000-0000-4000-8000-000000000002" name="board_2017.txt" plainTextPath="board_2017.txt">
    <PlainTextSelection guid="00000000-0000-4000-8000-000000000003" name="line:2" startPosition="${start}" endPosition="${text.indexOf('\n', start)}"><Coding guid="00000000-0000-4000-8000-000000000004"><CodeRef targetGUID="00000000-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>
  </TextSource></Sources>
</Project>`
    const zip = new JSZip()
    zip.file('project.qde', qde)
    zip.file('sources/board_2017.txt', text)
    const { store, transfer } = await emptyLibrary()
    const result = await importQdpx(await zip.generateAsync({ type: 'uint8array' }), 'demo.qdpx', { store, parser: inProcessParserRunner, transfer })
    expect(result).toMatchObject({ imported: 1, problems: [] })
    const [placed] = [...(await store.annotations.loadAll()).values()].flat()
    expect(placed).toMatchObject({ anchorStatus: 'anchored', target: { quote: { exact: 'The board agreed to fund the Idlib school.' } } })
  }, 30_000)
})
