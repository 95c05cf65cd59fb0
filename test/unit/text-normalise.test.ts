import { describe, expect, it } from 'vitest'
import { countWords, normaliseText, splitParagraphs } from '../../shared/text/normalise'

describe('normaliseText', () => {
  it('is canonical: NFC, LF, no trailing spaces, single blank lines, trimmed', () => {
    expect(normaliseText('\uFEFF  \r\nGene\u0300ve\t \r\n\r\n\r\n\r\nSecond\u00A0para  \n\n')).toBe('Genève\n\nSecond para')
  })

  it('drops control characters but keeps line structure', () => {
    expect(normaliseText('a\u0000b\u0007c\nd')).toBe('abc\nd')
  })

  it('is idempotent', () => {
    const once = normaliseText('Title\r\n\r\n\r\nBody  text\u2028more')
    expect(normaliseText(once)).toBe(once)
  })
})

describe('splitParagraphs', () => {
  it('returns each paragraph with offsets into the text', () => {
    const text = 'First para.\n\nSecond line one\nline two.\n\nThird.'
    const paragraphs = splitParagraphs(text)
    expect(paragraphs.map((p) => p.text)).toEqual(['First para.', 'Second line one\nline two.', 'Third.'])
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text)
  })
})

describe('countWords', () => {
  it('counts words, names and numbers as analysts do', () => {
    expect(countWords("Russia's envoy said the 29-30 January congress — in Sochi — would go ahead.")).toBe(12)
    expect(countWords('')).toBe(0)
  })
})
