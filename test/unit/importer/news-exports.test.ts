import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { extname, join, resolve } from 'node:path'
import { parseByExtension } from '../../../electron/main/services/importer/format-table'
import type { ParsedDocument } from '../../../electron/main/services/importer/parsed-document'
import { ARTICLES, statedLength, type FixtureArticle } from '../../fixtures/news-exports/articles'
import { nexisText } from '../../fixtures/news-exports/nexis-layouts'
import { buildDocx } from '../../fixtures/docx/make-fixtures'
import { uniDocxBody } from '../../fixtures/news-exports/uni-layouts'

const fixtures = resolve('test/fixtures/news-exports')
const parseFile = async (path: string) => parseByExtension(extname(path).slice(1).toLowerCase(), new Uint8Array(await readFile(path)), path.split('/').pop()!)
const parseText = (text: string, name = 'export.txt') => parseByExtension('txt', new TextEncoder().encode(text), name)

/** Nexis prints the outlet with its city; Factiva without it. */
const withoutCity = (article: FixtureArticle) => article.outlet.replace(/ \(.*\)$/, '')

const FORMATS = [
  { file: 'nexis-three.txt', database: 'Nexis', outlet: (a: FixtureArticle) => a.outlet },
  { file: 'nexis-academic.txt', database: 'Nexis', outlet: (a: FixtureArticle) => a.outlet },
  { file: 'nexis-academic.rtf', database: 'Nexis', outlet: (a: FixtureArticle) => a.outlet },
  { file: 'nexis-uni.docx', database: 'Nexis Uni', outlet: (a: FixtureArticle) => a.outlet },
  { file: 'nexis-uni.rtf', database: 'Nexis Uni', outlet: (a: FixtureArticle) => a.outlet },
  { file: 'factiva-articles.html', database: 'Factiva', outlet: withoutCity },
  { file: 'factiva-indexed.html', database: 'Factiva', outlet: withoutCity },
]

/** Every word of a search page or cover page that must never reach an article's text. */
const COVER_WORDS = /Download Request|Time Of Request|Terms:|Job Number|Search Terms|Client\/Matter|Narrowed by|Documents \(3\)|Search Summary|leadFields|Factiva, Inc|Dow Jones|PUBLICATION-TYPE|LOAD-DATE|Load-Date|Classification|Copyright 2017|All Rights Reserved|End of Document|Page \d|DOCUMENTS/

describe.each(FORMATS)('$file is split into its articles', ({ file, database, outlet }) => {
  it('gives one document per article with headline, outlet, date, byline, length and paragraphs', async () => {
    const parsed = await parseFile(join(fixtures, file))
    expect(parsed.export?.database).toBe(database)
    const articles = parsed.export!.articles
    expect(articles.map((a) => a.position)).toEqual([1, 2, 3])
    articles.forEach((article, i) => {
      const expected = ARTICLES[i]!
      expect(article.failure).toBeNull()
      expect(article.parsed).toMatchObject({ title: expected.headline, outlet: outlet(expected), publishedAt: expected.iso, byline: expected.byline ?? null })
      expect(article.statedLength).toBe(statedLength(expected))
      expect(article.parsed!.blocks.map((b) => b.text)).toEqual(expected.paragraphs)
      expect(article.parsed!.blocks.every((b) => b.kind === 'paragraph')).toBe(true)
    })
  })

  it('reads no cover page, search details, result list or trailing fields as text', async () => {
    const parsed = await parseFile(join(fixtures, file))
    const texts = parsed.export!.articles.flatMap((a) => a.parsed!.blocks.map((b) => b.text))
    expect(texts.filter((text) => COVER_WORDS.test(text))).toEqual([])
  })

  it('keeps each article as a small file that reads back as the same article', async () => {
    const parsed = await parseFile(join(fixtures, file))
    for (const article of parsed.export!.articles) {
      const again = await parseByExtension(article.original!.extension, article.original!.bytes, article.original!.name)
      expect(again.export?.articles).toHaveLength(1)
      expect({ ...again, export: undefined, warnings: [] }).toEqual({ ...article.parsed!, export: undefined, warnings: [] })
    }
  })
})

describe('format details', () => {
  it('reads the edition, section, language and copyright Nexis prints around an article', async () => {
    const original = (await parseFile(join(fixtures, 'nexis-three.txt'))).export!.articles[0]!.original!
    const text = new TextDecoder().decode(original.bytes)
    expect(text).toContain('Final Edition')
    expect(text).toContain('SECTION: WORLD NEWS; Pg. 12')
    expect(text).toContain('LANGUAGE: en')
    expect((await parseFile(join(fixtures, 'nexis-academic.txt'))).export!.articles[0]!.parsed!.language).toBe('en')
  })

  it('decodes the RTF escapes of an export and skips its page headers and pictures', async () => {
    const parsed = await parseFile(join(fixtures, 'nexis-academic.rtf'))
    const texts = parsed.export!.articles.flatMap((a) => a.parsed!.blocks.map((b) => b.text))
    expect(texts.join(' ')).toContain('Syria’s fractured opposition')
    expect(texts.join(' ')).toContain('Aléxis Dumont')
    expect(texts.join(' ')).not.toMatch(/89504e47|pngblip|Page|Courier New/)
    // The running header repeats headline, outlet and date: never reading text.
    expect(texts.filter((text) => text.includes(ARTICLES[0]!.headline))).toEqual([])
  })

  it('takes the picture caption after a Nexis body as metadata, not text', async () => {
    const second = (await parseFile(join(fixtures, 'nexis-three.txt'))).export!.articles[1]!
    expect(second.parsed!.blocks.map((b) => b.text).join(' ')).not.toContain('Photo')
  })

  it('reads a file cut short, and says it was', async () => {
    const parsed = await parseFile(join(fixtures, 'nexis-cut-short.txt'))
    expect(parsed.export!.articles).toHaveLength(2)
    expect(parsed.export!.articles[1]!.parsed!.blocks.map((b) => b.text)).toEqual(ARTICLES[1]!.paragraphs.slice(0, 2))
    expect(parsed.export!.warnings).toEqual(['The export says it holds 5 articles but ends after article 2; the file may be cut short.'])
  })

  it('names an article with no text, and keeps the others', async () => {
    const empty = { ...ARTICLES[1]!, paragraphs: [] }
    const parsed = await parseText(nexisText([ARTICLES[0]!, empty, ARTICLES[2]!]))
    const [first, second, third] = parsed.export!.articles
    expect(first!.parsed!.title).toBe(ARTICLES[0]!.headline)
    expect(second).toMatchObject({ parsed: null, failure: `article 2 of 3 (“${ARTICLES[1]!.headline}”) has no text in the export, only its details.` })
    expect(third!.parsed!.title).toBe(ARTICLES[2]!.headline)
  })

  it('gives a specific error for an export none of whose articles can be read', async () => {
    const empty = ARTICLES.slice(0, 2).map((a) => ({ ...a, paragraphs: [] }))
    await expect(parseText(nexisText(empty), 'empty.txt')).rejects.toThrow('empty.txt: this looks like a Nexis export, but none of its 2 articles could be read; the file may be damaged.')
  })

  it('refuses a damaged Nexis Uni Word file with the Word reason', async () => {
    const broken = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${uniDocxBody(ARTICLES)}</w:body>`
    const bytes = await buildDocx({ body: '', extra: { 'word/document.xml': broken } })
    await expect(parseByExtension('docx', new Uint8Array(bytes), 'uni.docx')).rejects.toThrow('uni.docx: this is not a valid Word document (its text, word/document.xml, is damaged).')
  })

  it('refuses an .rtf that is not RTF', async () => {
    await expect(parseByExtension('rtf', new TextEncoder().encode('Plain words'), 'notes.rtf')).rejects.toThrow('notes.rtf: this is not an RTF file')
  })
})

describe('files that are not exports', () => {
  const plainChecks = (parsed: ParsedDocument) => {
    expect(parsed.export ?? null).toBeNull()
    expect(parsed.blocks.length).toBeGreaterThan(0)
  }

  it('a story that mentions "1 of 12 documents", "Length:" and "End of Document" stays one document', async () => {
    const parsed = await parseFile(join(fixtures, 'plain-story.txt'))
    plainChecks(parsed)
    expect(parsed.title).toBe('Leaked files shed light on the Geneva talks')
  })

  it('an ordinary RTF document imports as one document, one paragraph per RTF paragraph', async () => {
    const parsed = await parseFile(join(fixtures, 'plain-story.rtf'))
    plainChecks(parsed)
    expect(parsed.title).toBe('Leaked files shed light on the Geneva talks')
    expect(parsed.blocks.map((b) => b.text)).toHaveLength(3)
  })

  it.each([
    ['docx', 'test/fixtures/docx/statement.docx'],
    ['html', 'test/fixtures/html/news-article.html'],
    ['txt', 'resources/sample-library/01-sochi-summit-wire.txt'],
  ])('an ordinary .%s file', async (_kind, path) => plainChecks(await parseFile(resolve(path))))

  it('separator lines with nothing under them are not an export', async () => {
    plainChecks(await parseText('Archive index\n\n1 of 3 DOCUMENTS\n\n2 of 3 DOCUMENTS\n\nNothing else was kept in the box.'))
  })
})

describe('outlet names as databases print them', () => {
  it('gives "The Guardian(London)" its missing space, and leaves other names alone', async () => {
    const { spacedOutlet } = await import('../../../electron/main/services/importer/formats/news-exports/export-document')
    expect(spacedOutlet('The Guardian(London)')).toBe('The Guardian (London)')
    expect(spacedOutlet('The Times (London)')).toBe('The Times (London)')
    expect(spacedOutlet('(AP) Wire')).toBe('(AP) Wire')
    expect(spacedOutlet(null)).toBeNull()
  })
})
