import { describe, expect, it } from 'vitest'
import { matchRanges, snippet } from '../../../electron/main/services/search/snippets'

const marked = (s: { text: string; highlights: Array<{ start: number; end: number }> }) => s.highlights.map((h) => s.text.slice(h.start, h.end))

describe('snippet', () => {
  const text = [
    'Lavrov opened the session in Sochi with a long statement on the weather and the food.',
    'Much later, in a separate room, officials discussed logistics, hotels and transport for an hour.',
    'Then Erdogan and Lavrov agreed that the de-escalation zones in Idlib would stay in place.',
    'The meeting closed with more words about nothing in particular, and a dinner.',
  ].join('\n\n')

  it('chooses the passage with the most matched words and highlights them inside it', () => {
    const result = snippet(text, ['lavrov', 'erdogan', 'deescalation', 'idlib'], { length: 110 })
    expect(result.text).toContain('Erdogan and Lavrov agreed that the de-escalation zones in Idlib')
    expect(marked(result)).toEqual(['Erdogan', 'Lavrov', 'de-escalation', 'Idlib'])
    expect(result.text.length).toBeLessThanOrEqual(112)
  })

  it('cuts at word boundaries, marks cuts with an ellipsis and collapses whitespace', () => {
    const result = snippet(text, ['idlib'], { length: 60 })
    expect(result.text.startsWith('…')).toBe(true)
    expect(result.text.endsWith('…')).toBe(true)
    expect(result.text).not.toMatch(/\s{2}|\n/)
    const inner = result.text.slice(1, -1).trim()
    expect(text.replace(/\s+/g, ' ')).toContain(inner)
    expect(marked(result)).toEqual(['Idlib'])
  })

  it('starts at the beginning when nothing matched, and returns short texts whole', () => {
    expect(snippet(text, [], { length: 40 })).toEqual({ text: 'Lavrov opened the session in Sochi with…', highlights: [] })
    expect(snippet('Short  text\n\nhere', ['text'])).toEqual({ text: 'Short text here', highlights: [{ start: 6, end: 10 }] })
  })

  it('highlights parts and compounds as matched (index words, in any case)', () => {
    expect(marked(snippet('The de-escalation zones.', ['escalation']))).toEqual(['escalation'])
    expect(marked(snippet('The de-escalation zones.', ['DeEscalation', 'zones']))).toEqual(['de-escalation', 'zones'])
  })
})

describe('matchRanges', () => {
  it('finds every occurrence in order, with offsets in the full text, overlaps merged', () => {
    const text = 'Çavuşoğlu met Lavrov. Lavrov’s aide and al-Assad; LAVROV again.'
    const ranges = matchRanges(text, ['lavrov', 'cavusoglu', 'alassad', 'assad'])
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Çavuşoğlu', 'Lavrov', 'Lavrov', 'al-Assad', 'LAVROV'])
    expect(matchRanges(text, [])).toEqual([])
  })
})
