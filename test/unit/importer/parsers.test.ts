import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../../electron/main/services/importer/parse-markdown'
import { looksLikeHeadline, parsePlainText } from '../../../electron/main/services/importer/parse-plain-text'
import { decodeText } from '../../../electron/main/services/importer/read-import-file'

describe('parseMarkdown', () => {
  it('takes metadata from front matter and turns Markdown into reading text', () => {
    const parsed = parseMarkdown(
      [
        '---',
        'title: "Opposition wary of Sochi"',
        'outlet: The Levant Ledger',
        'author: Karim Haddad',
        'published: 2017-11-24',
        'lang: en',
        '---',
        '',
        '## Geneva first',
        '',
        'The *opposition* said the **congress** was a [distraction](https://example.org/x) from `Geneva`.',
        '',
        '![map](https://tracker.example/map.png)',
        '',
        '> "We will not be a decoration," one delegate said.',
        '',
        '- first point',
        '- second point',
        '',
        '***',
      ].join('\n'),
    )
    expect(parsed).toMatchObject({ title: 'Opposition wary of Sochi', outlet: 'The Levant Ledger', byline: 'Karim Haddad', publishedAt: '2017-11-24', language: 'en', warnings: [] })
    expect(parsed.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Geneva first'],
      ['paragraph', 'The opposition said the congress was a distraction from Geneva.'],
      ['quote', '"We will not be a decoration," one delegate said.'],
      ['list-item', 'first point'],
      ['list-item', 'second point'],
    ])
    expect(JSON.stringify(parsed.blocks)).not.toContain('tracker.example')
  })

  it('uses the first level-1 heading as the title when front matter has none', () => {
    const parsed = parseMarkdown('# Astana round ends\n\nBody text here.\n')
    expect(parsed.title).toBe('Astana round ends')
    expect(parsed.blocks).toEqual([{ kind: 'paragraph', text: 'Body text here.', page: null }])
  })

  it('leaves the title to the importer and warns about a date it cannot read', () => {
    const parsed = parseMarkdown('---\ndate: last Tuesday\n---\nJust text.')
    expect(parsed.title).toBeNull()
    expect(parsed.publishedAt).toBeNull()
    expect(parsed.warnings[0]).toContain('last Tuesday')
  })

  it('keeps snake_case words and arithmetic asterisks intact', () => {
    expect(parseMarkdown('x\n\nsnake_case_name and 2 * 3 * 4').blocks[1]!.text).toBe('snake_case_name and 2 * 3 * 4')
  })
})

describe('parsePlainText', () => {
  it('takes a headline-like first line as the title and removes it from the body', () => {
    const parsed = parsePlainText('Turkey draws red line over Kurdish role\n\nANKARA - Turkey said on Wednesday...')
    expect(parsed.title).toBe('Turkey draws red line over Kurdish role')
    expect(parsed.blocks.map((b) => b.text)).toEqual(['ANKARA - Turkey said on Wednesday...'])
  })

  it('keeps a first line that reads as a sentence in the body, and makes the title from it', () => {
    const parsed = parsePlainText('The talks resumed on Tuesday in Geneva.\nMore text.')
    expect(parsed.title).toBe('The talks resumed on Tuesday in Geneva')
    expect(parsed.blocks.map((b) => b.text)).toEqual(['The talks resumed on Tuesday in Geneva.', 'More text.'])
  })

  it.each([
    ['Putin hosts Erdogan and Rouhani in Sochi', true],
    ['SOCHI, Russia, Nov 22 (Caspian Wire Service) - Russian President', false],
    ['Short', false],
    ['A sentence that ends with a full stop.', false],
  ])('looksLikeHeadline(%j) is %s', (line, expected) => {
    expect(looksLikeHeadline(line)).toBe(expected)
  })
})

describe('decodeText', () => {
  const encode = (s: string) => new TextEncoder().encode(s)

  it('reads UTF-8 with or without a BOM', () => {
    expect(decodeText(encode('Genève'), 'a.txt')).toEqual({ text: 'Genève', warnings: [] })
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Genève')]), 'a.txt').text).toBe('Genève')
  })

  it('reads UTF-16 with a BOM, both byte orders', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x47, 0x00, 0xe8, 0x00])
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x47, 0x00, 0xe8])
    expect(decodeText(le, 'a.txt').text).toBe('Gè')
    expect(decodeText(be, 'a.txt').text).toBe('Gè')
  })

  it('falls back to Windows-1252 with a warning', () => {
    const decoded = decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x47]), 'wire.txt')
    expect(decoded.text).toBe('Café – G')
    expect(decoded.warnings[0]).toMatch(/wire\.txt is not valid UTF-8; it was read as Windows-1252/)
  })

  it('refuses binary data posing as text', () => {
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'zip.txt')).toThrow('zip.txt looks like binary data, not text.')
  })
})

describe('metadata from wire and broadcast text', () => {
  it('reads outlet and date from a wire dateline, borrowing an unambiguous year', () => {
    const parsed = parsePlainText('Leaders back congress\n\nSOCHI, Russia, Nov 22 (Caspian Wire Service) - The leaders of Russia...\n\nAfter the gains of 2017, they said.')
    expect(parsed).toMatchObject({ outlet: 'Caspian Wire Service', publishedAt: '2017-11-22', warnings: [] })
  })

  it('takes the year from the dateline itself when given, and warns when no year is known', () => {
    expect(parsePlainText('GENEVA, Dec. 14, 2017 (Meridian) — Talks ended.').publishedAt).toBe('2017-12-14')
    const noYear = parsePlainText('MOSCOW, Nov 30 (Agency) - Text from 2016 and 2017.')
    expect(noYear.publishedAt).toBeNull()
    expect(noYear.outlet).toBe('Agency')
    expect(noYear.warnings[0]).toMatch(/Nov 30 but no year/)
  })

  it('reads outlet and correspondent from a broadcast sign-off', () => {
    const parsed = parsePlainText('Headline of the report\n[]\n\nLead paragraph.\n\nELENA MARKOVA SOCHI The leaders left with an agreement. EM, CHANNEL SEVEN WORLD, SOCHI.')
    expect(parsed).toMatchObject({ title: 'Headline of the report', outlet: 'Channel Seven World', byline: 'Elena Markova' })
    expect(parsed.blocks[0]!.text).toBe('[]')
  })

  it('does not invent a byline when the initials do not match', () => {
    expect(parsePlainText('A headline here\n\nBody.\n\nJOHN SMITH LONDON Closing words. EM, WORLD NEWS, LONDON.').byline).toBeNull()
  })
})
