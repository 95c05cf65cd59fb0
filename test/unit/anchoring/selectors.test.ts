import { describe, expect, it } from 'vitest'
import { describeSpan, PREFIX_SUFFIX_LENGTH, spanMatches } from '../../../shared/anchoring/selectors'
import { annotationTargetSchema } from '../../../shared/domain/annotation'

const text =
  'Russian officials said on Tuesday that the congress in Sochi would go ahead as planned, ' +
  'despite the opposition delegation announcing a boycott of the talks.'

describe('describeSpan', () => {
  it('keeps the exact text, 32 characters of context either side, and the offsets', () => {
    expect(PREFIX_SUFFIX_LENGTH).toBe(32)
    const start = text.indexOf('congress in Sochi')
    const end = start + 'congress in Sochi'.length
    const { quote, position } = describeSpan(text, start, end)
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'congress in Sochi',
      prefix: text.slice(start - 32, start),
      suffix: text.slice(end, end + 32),
    })
    expect(quote.prefix).toBe('icials said on Tuesday that the ')
    expect(quote.suffix).toBe(' would go ahead as planned, desp')
    expect(position).toEqual({ type: 'TextPositionSelector', start, end })
  })

  it('has an empty prefix at the start of the text and an empty suffix at its end', () => {
    const first = describeSpan(text, 0, 7)
    expect(first.quote.exact).toBe('Russian')
    expect(first.quote.prefix).toBe('')
    expect(first.quote.suffix).toBe(text.slice(7, 39))
    const last = describeSpan(text, text.length - 6, text.length)
    expect(last.quote.exact).toBe('talks.')
    expect(last.quote.suffix).toBe('')
    expect(last.quote.prefix).toBe(text.slice(text.length - 38, text.length - 6))
  })

  it('takes shorter context when the text is short', () => {
    const { quote } = describeSpan('in Sochi today', 3, 8)
    expect(quote).toMatchObject({ exact: 'Sochi', prefix: 'in ', suffix: ' today' })
  })

  it('produces selectors the stored annotation schema accepts', () => {
    const { quote, position } = describeSpan(text, 4, 20)
    const parsed = annotationTargetSchema.safeParse({ documentId: 'doc-1', textHash: 'a'.repeat(64), quote, position })
    expect(parsed.success).toBe(true)
  })

  it('counts offsets in UTF-16 code units, as JS strings and the reader do', () => {
    const unicode = 'Genève 🇸🇾 talks: “ceasefire” 😀 holds'
    const start = unicode.indexOf('“ceasefire”')
    const { quote, position } = describeSpan(unicode, start, start + '“ceasefire”'.length)
    expect(start).toBe(19) // "Genève " is 7, the flag 4 code units, " talks: " 8
    expect(quote.exact).toBe('“ceasefire”')
    expect(quote.prefix).toBe('Genève 🇸🇾 talks: ')
    expect(quote.suffix).toBe(' 😀 holds')
    expect(position.end - position.start).toBe(11)
  })

  it.each([
    [-1, 5],
    [5, 5],
    [6, 5],
    [0, text.length + 1],
    [1.5, 4],
    [Number.NaN, 4],
  ])('rejects the span [%s, %s) with a RangeError', (start, end) => {
    expect(() => describeSpan(text, start, end)).toThrow(RangeError)
  })

  it('accepts the whole text as a span', () => {
    expect(describeSpan(text, 0, text.length).quote).toMatchObject({ exact: text, prefix: '', suffix: '' })
  })
})

describe('spanMatches', () => {
  const start = text.indexOf('Sochi')
  const quote = { exact: 'Sochi' }

  it('is true when the text at the position is the quote', () => {
    expect(spanMatches(text, quote, { start, end: start + 5 })).toBe(true)
  })

  it('is false when the text there differs or the position moved', () => {
    expect(spanMatches(text, quote, { start: start + 1, end: start + 6 })).toBe(false)
    expect(spanMatches(text.replace('Sochi', 'Sochy'), quote, { start, end: start + 5 })).toBe(false)
    // Right text, wrong length of span.
    expect(spanMatches(text, quote, { start, end: start + 6 })).toBe(false)
  })

  it('is false, never throwing, for positions outside the text', () => {
    expect(spanMatches(text, quote, { start: -5, end: 0 })).toBe(false)
    expect(spanMatches(text, quote, { start: text.length, end: text.length + 5 })).toBe(false)
    expect(spanMatches('', quote, { start: 0, end: 5 })).toBe(false)
    expect(spanMatches(text, quote, { start: 7, end: 2 })).toBe(false)
  })
})
