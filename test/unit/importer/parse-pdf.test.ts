import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib'
import { isPageNumberLine, parsePdf, pdfDate, usableTitle } from '../../../electron/main/services/importer/formats/parse-pdf'
import { ParleyError } from '../../../shared/ipc/errors'
import type { ParsedDocument } from '../../../electron/main/services/importer/parsed-document'

const fixture = (name: string) => new Uint8Array(readFileSync(join('test/fixtures/pdf', name)))
const report = () => parsePdf(fixture('report-three-pages.pdf'), 'report-three-pages.pdf')
const blockStarting = (doc: ParsedDocument, start: string) => doc.blocks.find((b) => b.text.startsWith(start))

async function failureOf(name: string): Promise<unknown> {
  try {
    await parsePdf(fixture(name), name)
  } catch (error) {
    return error
  }
  return null
}

describe('parsePdf on a three-page brief', () => {
  it('takes title, author, date and language from the document info', async () => {
    const doc = await report()
    expect(doc).toMatchObject({
      title: 'Brief 12: Sochi and the Geneva Track',
      byline: 'Mira Haddad',
      publishedAt: '2017-11-28',
      language: 'en-GB',
      outlet: null,
      warnings: [],
    })
  })

  it('gives every block its 1-based page, pages 1 to 3 in order', async () => {
    const doc = await report()
    const pages = doc.blocks.map((b) => b.page)
    expect(new Set(pages)).toEqual(new Set([1, 2, 3]))
    expect(pages).toEqual([...pages].sort((a, b) => a! - b!))
    expect(blockStarting(doc, 'The Syrian National Dialogue Congress')?.page).toBe(1)
    expect(blockStarting(doc, 'Russia wants a political process')?.page).toBe(2)
    expect(blockStarting(doc, 'The risk is that Sochi')?.page).toBe(3)
  })

  it('makes the large lines headings, a two-line headline one heading, and nothing else', async () => {
    const doc = await report()
    expect(doc.blocks.filter((b) => b.kind === 'heading')).toEqual([
      { kind: 'heading', text: 'After Sochi: Keeping the Geneva Track Alive', page: 1 },
      { kind: 'heading', text: 'What the guarantors want', page: 2 },
    ])
    expect(doc.blocks[0]?.kind).toBe('heading')
  })

  it('rebuilds each multi-line paragraph as one block with single spaces', async () => {
    const doc = await report()
    expect(blockStarting(doc, 'The Syrian National Dialogue Congress')).toEqual({
      kind: 'paragraph',
      page: 1,
      text:
        'The Syrian National Dialogue Congress that Russia proposes to convene in Sochi is now the main test of whether the UN-sponsored process in Geneva can survive the end of major combat operations. Moscow presents the congress as a complement to Geneva; much of the opposition sees it as an attempt to replace the UN framework with a settlement written by the winning side.',
    })
    expect(doc.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(9)
    for (const block of doc.blocks) expect(block.text).not.toMatch(/\s{2}|\n|^\s|\s$/)
  })

  it('ends a paragraph at a short line ending a sentence even without extra space after it', async () => {
    const doc = await report()
    expect(blockStarting(doc, 'Our assessment is that Sochi')?.text).toMatch(/under Resolution 2254, or competes with it\.$/)
    expect(blockStarting(doc, 'Three conditions would make')?.kind).toBe('paragraph')
  })

  it('carries a paragraph cut mid-sentence at the foot of a page over to the next page', async () => {
    const doc = await report()
    const block = blockStarting(doc, 'First, a constitutional committee')
    expect(block?.page).toBe(2)
    expect(block?.text).toMatch(/would give the congress a purpose that Geneva can absorb\.$/)
    expect(blockStarting(doc, 'a purpose that')).toBeUndefined()
  })

  it('joins a word hyphenated across lines and keeps real hyphens', async () => {
    const text = (await report()).blocks.map((b) => b.text).join('\n')
    expect(text).toContain('without any formal, direct negotiations. The government')
    expect(text).not.toMatch(/negoti-/)
    // "UN-" at a line end: not all lowercase before the hyphen, so it stays, with no space added.
    expect(text).toContain('whether the UN-sponsored process')
    // Mid-line compounds are untouched.
    expect(text.match(/de-escalation zones/g)).toHaveLength(2)
    expect(text).toContain('President Bashar al-Assad')
  })

  it('drops the running header and the page-number footers', async () => {
    const doc = await report()
    for (const block of doc.blocks) {
      expect(block.text).not.toContain('Levant Policy Forum')
      expect(block.text).not.toMatch(/Page \d of 3/)
    }
  })

  it('returns equal results when called twice in a row and leaves the caller’s bytes intact', async () => {
    const bytes = fixture('report-three-pages.pdf')
    const size = bytes.byteLength
    const first = await parsePdf(bytes, 'a.pdf')
    await expect(parsePdf(fixture('encrypted.pdf'), 'encrypted.pdf')).rejects.toThrow(ParleyError)
    const second = await parsePdf(bytes, 'a.pdf')
    expect(bytes.byteLength).toBe(size)
    expect(second).toEqual(first)
    expect(second.blocks.length).toBeGreaterThan(5)
  })
})

describe('parsePdf title fallbacks and running lines', () => {
  it('ignores a file-name Title and takes the first heading as title, removing that block', async () => {
    const doc = await parsePdf(fixture('word-export-title.pdf'), 'word-export-title.pdf')
    expect(doc.title).toBe('Reconstruction Money and the Transition')
    expect(doc.blocks.some((b) => b.text.includes('Reconstruction Money'))).toBe(false)
    expect(doc.blocks.some((b) => b.kind === 'heading')).toBe(false)
    expect(doc).toMatchObject({ byline: null, language: null, publishedAt: '2017-11-28' })
    expect(doc.blocks.map((b) => b.page)).toEqual([1, 1, 1, 1, 1, 1, 2])
    for (const block of doc.blocks) {
      expect(block.text).not.toContain('LPF Working Paper')
      expect(block.text).not.toMatch(/- \d -/)
    }
  })

  it('keeps a heading that repeats the info Title once, splits at a font-size change, rejoins split text items, drops page numbers and warns about pages without text', async () => {
    const pdf = await PDFDocument.create()
    const font = await pdf.embedFont(StandardFonts.Helvetica)
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
    pdf.setTitle('Statement on Idlib')
    pdf.setCreationDate(new Date('2017-12-01T10:00:00Z'))
    // Three different page-number forms, so only the page-number rule (not the repeat rule) can drop them.
    const footers = ['1 / 3', 'Page 2', '- 3 -']
    for (let n = 1; n <= 3; n++) {
      const page = pdf.addPage([400, 500])
      if (n === 1) {
        page.drawText('Statement on Idlib', { x: 40, y: 440, size: 18, font })
        // 1.2 times the body size: set apart, but not large enough for a heading.
        page.drawText('A slightly larger lead line.', { x: 40, y: 410, size: 12, font })
        page.drawText('Text on page one of the statement.', { x: 40, y: 396, size: 10, font })
      }
      if (n === 2) page.drawRectangle({ x: 50, y: 50, width: 300, height: 400, color: rgb(0.2, 0.2, 0.2) })
      if (n === 3) {
        // Separate text items for words and for the two halves of one word (a font change splits them).
        let x = 40
        for (const [piece, face] of [['Text ', font], ['on ', bold], ['page three of the ', font], ['state', font], ['ment.', bold]] as const) {
          page.drawText(piece.trim(), { x, y: 400, size: 10, font: face })
          x += face.widthOfTextAtSize(piece, 10)
        }
      }
      page.drawText(footers[n - 1]!, { x: 190, y: 30, size: 9, font })
    }
    const doc = await parsePdf(await pdf.save(), 'idlib.pdf')
    expect(doc.title).toBe('Statement on Idlib')
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: 'A slightly larger lead line.', page: 1 },
      { kind: 'paragraph', text: 'Text on page one of the statement.', page: 1 },
      { kind: 'paragraph', text: 'Text on page three of the statement.', page: 3 },
    ])
    expect(doc.publishedAt).toBe('2017-12-01')
    expect(doc.warnings).toEqual(['1 of 3 pages have no text layer (they look scanned) and were left out: p. 2.'])
  })

  it('accepts a real info Title and refuses file names that producers put there', () => {
    expect(usableTitle('  Brief 12:  Sochi ')).toBe('Brief 12: Sochi')
    for (const title of ['Microsoft Word - Brief on Sochi', 'brief-12-final.docx', 'scan0001.pdf', 'Untitled', '   ', undefined, 42]) {
      expect(usableTitle(title), String(title)).toBeNull()
    }
  })

  it('reads a PDF date as YYYY-MM-DD and refuses impossible ones', () => {
    expect(pdfDate("D:20171128093000+03'00'")).toBe('2017-11-28')
    expect(pdfDate('20171201')).toBe('2017-12-01')
    for (const value of ['D:20171332', 'D:20170230120000', 'D:2017', 'yesterday', '', null]) expect(pdfDate(value), String(value)).toBeNull()
  })

  it('recognises lines that are only a page number', () => {
    for (const line of ['3', 'Page 3', 'page 12', 'p. 7', '3 / 12', '3/12', 'Page 3 of 12', '- 3 -', '— 14 —']) {
      expect(isPageNumberLine(line), line).toBe(true)
    }
    for (const line of ['Brief 12', '3 ceasefire zones', 'Resolution 2254, or', 'Page three', '']) {
      expect(isPageNumberLine(line), line).toBe(false)
    }
  })
})

describe('parsePdf refusals', () => {
  const cases: [string, string][] = [
    ['scanned.pdf', 'scanned.pdf: this PDF has no text layer (it looks scanned); OCR is not supported.'],
    ['encrypted.pdf', 'encrypted.pdf: this PDF is encrypted or password-protected; remove the protection and import it again.'],
    ['truncated.pdf', 'truncated.pdf: this is not a readable PDF (it is damaged or not a PDF).'],
    ['not-a-pdf.pdf', 'not-a-pdf.pdf: this is not a readable PDF (it is damaged or not a PDF).'],
  ]
  for (const [name, message] of cases) {
    it(`refuses ${name} with its own message`, async () => {
      const error = await failureOf(name)
      expect(error).toBeInstanceOf(ParleyError)
      expect(error).toMatchObject({ code: 'import-failed', message })
    })
  }
})
