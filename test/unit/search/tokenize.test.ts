import { describe, expect, it } from 'vitest'
import { normalizeWord, queryWords, tokenize } from '../../../electron/main/services/search/tokenize'

describe('tokenize', () => {
  it('lowercases, strips diacritics and keeps offsets into the original text', () => {
    const text = 'Mevlüt Çavuşoğlu met  NAÏVE envoys in Genève.'
    const tokens = tokenize(text)
    expect(tokens.map((t) => t.word)).toEqual(['mevlut', 'cavusoglu', 'met', 'naive', 'envoys', 'in', 'geneve'])
    for (const t of tokens) expect(normalizeWord(text.slice(t.start, t.end))).toBe(t.word)
    expect(text.slice(tokens[1]!.start, tokens[1]!.end)).toBe('Çavuşoğlu')
  })

  it('keeps offsets right for decomposed accents and characters outside the BMP', () => {
    const text = 'Gene\u0300ve 😀 𝐀bc end'
    const tokens = tokenize(text)
    expect(tokens.map((t) => t.word)).toEqual(['geneve', 'abc', 'end'])
    expect(text.slice(tokens[0]!.start, tokens[0]!.end)).toBe('Gene\u0300ve')
    expect(text.slice(tokens[2]!.start, tokens[2]!.end)).toBe('end')
  })

  it('splits hyphenated words into parts and adds the joined form, spanning the compound', () => {
    const text = 'the de-escalation zones'
    expect(tokenize(text)).toEqual([
      { word: 'the', start: 0, end: 3 },
      { word: 'de', start: 4, end: 6 },
      { word: 'escalation', start: 7, end: 17 },
      { word: 'deescalation', start: 4, end: 17, compound: true },
      { word: 'zones', start: 18, end: 23 },
    ])
    expect(tokenize(text, { compounds: false }).map((t) => t.word)).toEqual(['the', 'de', 'escalation', 'zones'])
  })

  it('joins across apostrophes, drops a possessive s, and splits on dashes and other punctuation', () => {
    expect(tokenize("O'Brien met al-Assad's envoy").map((t) => t.word)).toEqual(['o', 'brien', 'obrien', 'met', 'al', 'assad', 'alassad', 'envoy'])
    expect(tokenize('Russia’s plan—Turkey/Iran - talks; U.S.').map((t) => t.word)).toEqual(['russia', 'plan', 'turkey', 'iran', 'talks', 'u', 's'])
  })
})

describe('queryWords', () => {
  it('gives a compound once, as its joined form', () => {
    expect(queryWords('De-Escaltion zones, Russia’s al-Assad')).toEqual(['deescaltion', 'zones', 'russia', 'alassad'])
  })
})
