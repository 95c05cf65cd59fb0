import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as zlib from 'node:zlib'
import mammoth from 'mammoth'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ParleyError } from '../../../shared/ipc/errors'
import { parseDocx } from '../../../electron/main/services/importer/formats/parse-docx'
import { checkZipLimits, readZipEntry } from '../../../electron/main/services/importer/formats/zip-guard'
import { buildDocx, docx, honestEntry, makeStatement, STATEMENT_BODY, STATEMENT_CORE, writeRawZip } from '../../fixtures/docx/make-fixtures'

// Pass-through spies: they let a test prove what was (not) inflated or handed to mammoth.
vi.mock('node:zlib', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:zlib')>()
  return { ...actual, createInflateRaw: vi.fn(actual.createInflateRaw), inflateRawSync: vi.fn(actual.inflateRawSync) }
})
vi.mock('mammoth', async (importOriginal) => {
  const actual = (await importOriginal<{ default: typeof import('mammoth') }>()).default
  return { default: { ...actual, convertToHtml: vi.fn(actual.convertToHtml) } }
})

const FIXTURES = join(__dirname, '../../fixtures/docx')
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)))
const MiB = 1024 * 1024
const notWord = (name: string) => `${name}: this is not a valid Word document (the file is damaged or not a .docx).`

/** The ParleyError a promise or call rejects with, so code and message can both be checked. */
async function refusal(run: () => unknown): Promise<ParleyError> {
  try {
    await run()
  } catch (error) {
    expect(error).toBeInstanceOf(ParleyError)
    return error as ParleyError
  }
  throw new Error('expected a refusal, but it succeeded')
}

beforeEach(() => {
  vi.mocked(zlib.createInflateRaw).mockClear()
  vi.mocked(zlib.inflateRawSync).mockClear()
  vi.mocked(mammoth.convertToHtml).mockClear()
})

describe('parseDocx on statement.docx', () => {
  it('reads title, author, creation date and language from docProps/core.xml', async () => {
    const parsed = await parseDocx(fixture('statement.docx'), 'statement.docx')
    expect(parsed).toMatchObject({
      title: 'Statement on the proposed Congress of Syrian National Dialogue',
      outlet: null,
      byline: 'Levant Civic Forum',
      publishedAt: '2017-12-01',
      language: 'en',
      warnings: [],
    })
  })

  it('turns headings, paragraphs, list items, the quote, table rows and the footnote into blocks, in order', async () => {
    const parsed = await parseDocx(fixture('statement.docx'), 'statement.docx')
    expect(parsed.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Sochi must serve Geneva, not replace it'],
      [
        'paragraph',
        'On 22 November 2017 the presidents of Russia, Turkey and Iran, meeting in Sochi, announced a Congress of Syrian National Dialogue. We welcome any effort that brings Syrians into one room, but a congress convened by outside powers cannot stand in for the negotiations that resolution 2254 entrusts to the United Nations.[1]',
      ],
      [
        'paragraph',
        'As the eighth round of talks opens in Geneva, we note that the UN Special Envoy has repeatedly said that initiatives elsewhere should feed into the UN-led process. We ask the three guarantor states to say plainly how the congress would do so.',
      ],
      ['heading', 'What we ask'],
      ['list-item', 'Publish the criteria for choosing participants, and name who applies them.'],
      ['list-item', 'Guarantee a real place for women and for civil society from every region.'],
      ['list-item', 'Hand any outcome to the UN-facilitated talks in Geneva.'],
      // The line break (w:br) inside the quote becomes a space, not a fused "nationalif".
      ['quote', 'A dialogue is only national if Syrians decide who sits at the table.'],
      ['paragraph', 'Date | Event'],
      ['paragraph', '22 November 2017 | Sochi summit announces the congress'],
      // The footnote keeps its number; mammoth's "↑" back-link is dropped.
      ['paragraph', '[1] Security Council resolution 2254, adopted on 18 December 2015.'],
    ])
    expect(parsed.blocks.every((block) => block.page === null)).toBe(true)
  })

  it('reads the same document when sizes sit in data descriptors (streamed ZIP writers)', async () => {
    const streamed = await buildDocx({ body: STATEMENT_BODY, core: STATEMENT_CORE, footnotes: ['Note.'], streamFiles: true })
    // With streamFiles the local headers carry zero sizes: only the central directory is right.
    expect(streamed.readUInt32LE(18)).toBe(0)
    const parsed = await parseDocx(new Uint8Array(streamed), 'streamed.docx')
    expect(parsed.title).toBe(STATEMENT_CORE.title)
    expect(parsed.blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'heading', 'list-item', 'list-item', 'list-item', 'quote', 'paragraph', 'paragraph', 'paragraph'])
  })
})

describe('parseDocx title and metadata fallbacks', () => {
  it('uses the first level-1 heading as the title when core.xml has no dc:title, and removes it from the text', async () => {
    const parsed = await parseDocx(fixture('no-title.docx'), 'no-title.docx')
    expect(parsed.title).toBe('Notes for the weekly briefing')
    expect(parsed).toMatchObject({ byline: 'Desk notes', publishedAt: '2017-12-04', language: 'en-GB' })
    expect(parsed.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', 'Delegations are expected back in Geneva after a short pause; the congress in Sochi still has no date.'],
      ['heading', 'Open questions'],
      ['paragraph', 'Who will draw up the invitation list, and will the armed opposition attend?'],
    ])
  })

  it('takes a lower-level heading only when it opens the document; a section heading further down is not a title', async () => {
    const opening = await parseDocx(new Uint8Array(await buildDocx({ body: docx.heading(2, 'Briefing') + docx.paragraph('Text.') })), 'a.docx')
    expect(opening.title).toBe('Briefing')
    expect(opening.blocks.map((block) => block.text)).toEqual(['Text.'])

    const section = await parseDocx(new Uint8Array(await buildDocx({ body: docx.paragraph('Intro.') + docx.heading(2, 'Background') + docx.paragraph('More.') })), 'b.docx')
    expect(section.title).toBeNull()
    expect(section.blocks.map((block) => block.text)).toEqual(['Intro.', 'Background', 'More.'])
  })

  it('leaves out a creation date or language it cannot read, and has no metadata without core.xml', async () => {
    const odd = await parseDocx(new Uint8Array(await buildDocx({ body: docx.paragraph('x'), core: { title: 'T', created: '2017-02-30T00:00:00Z', language: 'English (UK)' } })), 'odd.docx')
    expect(odd).toMatchObject({ title: 'T', publishedAt: null, language: null })

    const bare = await parseDocx(new Uint8Array(await buildDocx({ body: docx.paragraph('x') })), 'bare.docx')
    expect(bare).toMatchObject({ title: null, byline: null, publishedAt: null, language: null, warnings: [] })
  })

  it('drops oversized document properties with a warning but keeps the text', async () => {
    // Random text, so the package's compression ratio stays ordinary.
    const huge = `<cp:coreProperties xmlns:cp="c" xmlns:dc="d"><dc:title>Big</dc:title><dc:description>${randomBytes(MiB).toString('base64')}</dc:description></cp:coreProperties>`
    const parsed = await parseDocx(new Uint8Array(await buildDocx({ body: docx.paragraph('Still here.'), extra: { 'docProps/core.xml': huge } })), 'big.docx')
    expect(parsed.title).toBeNull()
    expect(parsed.blocks.map((block) => block.text)).toEqual(['Still here.'])
    expect(parsed.warnings).toEqual(['big.docx: the document properties could not be read; title, author and date were not taken from them.'])
  })

  it('ignores a style map embedded in the file (it could hide text), using only its own', async () => {
    const bytes = await buildDocx({ body: docx.paragraph('Visible text.'), extra: { 'mammoth/style-map': 'p => !' } })
    const parsed = await parseDocx(new Uint8Array(bytes), 'styled.docx')
    expect(parsed.blocks.map((block) => block.text)).toEqual(['Visible text.'])
  })

  it('drops images: the converter it gives mammoth never reads image bytes and yields no src', async () => {
    const drawing =
      '<w:p><w:r><w:t>Before the map.</w:t></w:r><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="Picture 1" descr="Front line map"/>' +
      '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>'
    const bytes = await buildDocx({ body: drawing, extra: { 'word/_rels/document.xml.rels': rels, 'word/media/image1.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) } })
    const parsed = await parseDocx(new Uint8Array(bytes), 'map.docx')
    expect(parsed.blocks.map((block) => block.text)).toEqual(['Before the map.'])

    const options = vi.mocked(mammoth.convertToHtml).mock.calls[0]![1] as unknown as { convertImage: (image: unknown, messages: unknown[]) => Promise<{ tag: { tagName: string; attributes: Record<string, string> } }[]> }
    const reads = { read: vi.fn(), readAsBase64String: vi.fn(), readAsArrayBuffer: vi.fn(), readAsBuffer: vi.fn() }
    const [img] = await options.convertImage({ contentType: 'image/png', altText: 'Front line map', ...reads }, [])
    expect(img!.tag).toMatchObject({ tagName: 'img', attributes: { alt: 'Front line map', src: '' } })
    for (const read of Object.values(reads)) expect(read).not.toHaveBeenCalled()
  })

  it('flattens nested lists into list items, text only, parent before children', async () => {
    const body = docx.bullet('Delegations') + docx.bullet('Government', 1) + docx.bullet('Opposition', 1) + docx.bullet('Observers')
    const parsed = await parseDocx(new Uint8Array(await buildDocx({ body })), 'lists.docx')
    expect(parsed.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['list-item', 'Delegations'],
      ['list-item', 'Government'],
      ['list-item', 'Opposition'],
      ['list-item', 'Observers'],
    ])
  })
})

describe('parseDocx refuses bad files with a specific message', () => {
  it.each([
    ['corrupt.docx', notWord('corrupt.docx')],
    ['not-a-zip.docx', notWord('not-a-zip.docx')],
    ['missing-document-xml.docx', notWord('missing-document-xml.docx')],
    ['zip-bomb-entries.docx', 'zip-bomb-entries.docx: refused: the archive has 2500 entries (limit 2000); it may be a zip bomb.'],
    ['zip-bomb-size.docx', 'zip-bomb-size.docx: refused: the archive would expand to 300.0 MB (limit 200 MB); it may be a zip bomb.'],
    // The ratio is the reason here, and the message names it (not the size, which is within limits).
    ['zip-bomb-ratio.docx', 'zip-bomb-ratio.docx: refused: its compression ratio is 1,023:1 (50.0 KB would expand to 50.0 MB; the limit is 200:1); it may be a zip bomb.'],
    ['zip64-bomb.docx', 'zip64-bomb.docx: refused: the archive would expand to 5120.0 MB (limit 200 MB); it may be a zip bomb.'],
    ['zip-bomb-lying-size.docx', 'zip-bomb-lying-size.docx: refused: the archive declares false sizes for its contents; it may be a zip bomb.'],
  ])('%s', async (name, message) => {
    const error = await refusal(() => parseDocx(fixture(name), name))
    expect(error.code).toBe('import-failed')
    expect(error.message).toBe(message)
  })

  it.each(['zip-bomb-ratio.docx', 'zip-bomb-size.docx', 'zip-bomb-entries.docx', 'zip64-bomb.docx'])('refuses %s from declared sizes alone: nothing is inflated, mammoth never runs', async (name) => {
    await refusal(() => parseDocx(fixture(name), name))
    expect(zlib.createInflateRaw).not.toHaveBeenCalled()
    expect(zlib.inflateRawSync).not.toHaveBeenCalled()
    expect(mammoth.convertToHtml).not.toHaveBeenCalled()
  })

  it('catches an entry that inflates past its declared size before mammoth (JSZip would inflate all of it)', async () => {
    await refusal(() => parseDocx(fixture('zip-bomb-lying-size.docx'), 'x.docx'))
    expect(zlib.createInflateRaw).toHaveBeenCalled()
    expect(mammoth.convertToHtml).not.toHaveBeenCalled()
  })

  it('refuses a damaged document.xml before mammoth sees it, and turns a failure inside mammoth into the plain message', async () => {
    const garbled = new Uint8Array(await buildDocx({ body: '', extra: { 'word/document.xml': '<w:document xmlns:w="x"><w:body><w:p>' } }))
    const error = await refusal(() => parseDocx(garbled, 'garbled.docx'))
    // Unbalanced XML can stall mammoth's parser for minutes (found by fuzzing): it never gets it.
    expect(mammoth.convertToHtml).not.toHaveBeenCalled()
    expect(error.message).toBe('garbled.docx: this is not a valid Word document (its text, word/document.xml, is damaged).')
    expect(error.stack ?? '').not.toContain('xmldom')

    vi.mocked(mammoth.convertToHtml).mockRejectedValueOnce(new Error('Corrupted zip: missing 12 bytes.'))
    const zipError = await refusal(() => parseDocx(fixture('statement.docx'), 'statement.docx'))
    expect(zipError.message).toBe(notWord('statement.docx'))
  })

  it('refuses an archive whose central directory is not where the end record says (JSZip would silently shift offsets)', async () => {
    const shifted = Buffer.concat([Buffer.from('MZ-prefix'), await makeStatement()])
    expect((await refusal(() => parseDocx(new Uint8Array(shifted), 'shifted.docx'))).message).toBe(notWord('shifted.docx'))
  })
})

describe('checkZipLimits', () => {
  const bigRatio = { maxEntries: 2000, maxUncompressedBytes: 200 * MiB, maxRatio: Number.POSITIVE_INFINITY }

  it('returns the central directory of a valid package', () => {
    const directory = checkZipLimits(fixture('statement.docx'), 'statement.docx')
    expect(directory.entries.map((entry) => entry.name)).toContain('word/document.xml')
    expect(directory.entries).toHaveLength(8)
    expect(directory.totalUncompressedBytes).toBe(directory.entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0))
  })

  it('counts entries exactly: 2,500 pass a limit of 2,500 and fail one of 2,499', () => {
    const bytes = fixture('zip-bomb-entries.docx')
    expect(checkZipLimits(bytes, 'e.docx', { ...bigRatio, maxEntries: 2500 }).entries).toHaveLength(2500)
    expect(() => checkZipLimits(bytes, 'e.docx', { ...bigRatio, maxEntries: 2499 })).toThrow('e.docx: refused: the archive has 2500 entries (limit 2499); it may be a zip bomb.')
  })

  it('applies the size rule on its own (ratio ignored) and the ratio rule on its own (size ignored)', () => {
    expect(() => checkZipLimits(fixture('zip-bomb-size.docx'), 's.docx', bigRatio)).toThrow('s.docx: refused: the archive would expand to 300.0 MB (limit 200 MB); it may be a zip bomb.')
    const ratio = fixture('zip-bomb-ratio.docx')
    expect(() => checkZipLimits(ratio, 'r.docx', { maxEntries: 2000, maxUncompressedBytes: 1024 * MiB, maxRatio: 200 })).toThrow(
      'r.docx: refused: its compression ratio is 1,023:1 (50.0 KB would expand to 50.0 MB; the limit is 200:1); it may be a zip bomb.',
    )
    // The same file passes once its ratio (~1000) is allowed: the refusal above was the ratio rule.
    expect(checkZipLimits(ratio, 'r.docx', { maxEntries: 2000, maxUncompressedBytes: 1024 * MiB, maxRatio: 2000 }).totalUncompressedBytes).toBeGreaterThan(50 * MiB)
  })

  it('reads sizes from the ZIP64 extra field when the 32-bit fields are saturated', () => {
    const xml = '<w:document/>'.repeat(10)
    const bytes = new Uint8Array(writeRawZip([honestEntry('a.xml', 'a'), { ...honestEntry('word/document.xml', xml), zip64: true }]))
    const entry = checkZipLimits(bytes, 'z.docx').entries.find((candidate) => candidate.name === 'word/document.xml')!
    expect(entry.uncompressedSize).toBe(xml.length)
    expect(new TextDecoder().decode(readZipEntry(bytes, 'word/document.xml', 1000)!)).toBe(xml)
  })

  it('refuses a record with two ZIP64 extra fields (JSZip reads the last, a naive reader the first)', () => {
    const xml = '<w:document/>'
    const zip64Field = (size: number, compressed: number) => {
      const field = Buffer.alloc(20)
      field.writeUInt16LE(0x0001, 0)
      field.writeUInt16LE(16, 2)
      field.writeBigUInt64LE(BigInt(size), 4)
      field.writeBigUInt64LE(BigInt(compressed), 12)
      return field
    }
    const entry = { ...honestEntry('word/document.xml', xml), zip64: true }
    const twice = Buffer.concat([zip64Field(xml.length, entry.data.byteLength), zip64Field(5 * 1024 * MiB, entry.data.byteLength)])
    expect(() => checkZipLimits(new Uint8Array(writeRawZip([{ ...entry, centralExtra: twice }])), 'twice.docx')).toThrow(notWord('twice.docx'))
  })

  it('refuses bytes between the central directory and the end record, and a directory record that runs into it', () => {
    const zip = writeRawZip([honestEntry('word/document.xml', '<w:document/>')])
    const eocd = zip.byteLength - 22
    expect(checkZipLimits(new Uint8Array(zip), 'ok.docx').entries).toHaveLength(1)

    const padded = Buffer.concat([zip.subarray(0, eocd), Buffer.alloc(16), zip.subarray(eocd)])
    expect(() => checkZipLimits(new Uint8Array(padded), 'gap.docx')).toThrow(notWord('gap.docx'))

    const overrun = Buffer.from(zip)
    overrun.writeUInt16LE(4, overrun.readUInt32LE(eocd + 16) + 32) // the record's comment length
    expect(() => checkZipLimits(new Uint8Array(overrun), 'overrun.docx')).toThrow(notWord('overrun.docx'))
  })

  it('refuses a truncated end record and an empty file as "not a valid Word document"', () => {
    const statement = fixture('statement.docx')
    expect(() => checkZipLimits(statement.subarray(0, statement.byteLength - 5), 't.docx')).toThrow(notWord('t.docx'))
    expect(() => checkZipLimits(new Uint8Array(0), 'empty.docx')).toThrow(notWord('empty.docx'))
  })
})

describe('readZipEntry', () => {
  it('returns an entry (deflated or stored) and null for one that is absent', () => {
    const statement = fixture('statement.docx')
    expect(new TextDecoder().decode(readZipEntry(statement, 'docProps/core.xml', 4096)!)).toContain('<dc:creator>Levant Civic Forum</dc:creator>')
    expect(readZipEntry(statement, 'word/absent.xml', 4096)).toBeNull()
    const stored = new Uint8Array(writeRawZip([honestEntry('plain.txt', 'stored text', 0)]))
    expect(new TextDecoder().decode(readZipEntry(stored, 'plain.txt', 100)!)).toBe('stored text')
  })

  it('refuses an entry declared larger than maxBytes without inflating it', () => {
    const statement = fixture('statement.docx')
    const size = checkZipLimits(statement, 's.docx').entries.find((entry) => entry.name === 'word/document.xml')!.uncompressedSize
    const error = (() => {
      try {
        readZipEntry(statement, 'word/document.xml', size - 1, 's.docx')
      } catch (caught) {
        return caught as ParleyError
      }
      throw new Error('expected a refusal')
    })()
    expect(error).toBeInstanceOf(ParleyError)
    expect(error.message).toBe(`s.docx: refused: word/document.xml would expand to ${size} bytes (limit ${size - 1}).`)
    expect(zlib.inflateRawSync).not.toHaveBeenCalled()
    expect(readZipEntry(statement, 'word/document.xml', size)!.byteLength).toBe(size)
  })

  it('stops inflating an entry that holds more than it declares', () => {
    expect(() => readZipEntry(fixture('zip-bomb-lying-size.docx'), 'word/document.xml', 100 * MiB, 'lie.docx')).toThrow(
      'lie.docx: refused: the archive declares false sizes for its contents; it may be a zip bomb.',
    )
    // Bounded by the declared 2,000 bytes (+1), never the real 20 MiB.
    expect(vi.mocked(zlib.inflateRawSync).mock.calls[0]![1]).toMatchObject({ maxOutputLength: 2001 })
  })
})
