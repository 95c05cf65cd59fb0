import { describe, expect, it } from 'vitest'
import { parseQuery } from '../../../electron/main/services/search/query-parser'
import { seededRandom } from '../../bench/generate-library'

describe('parseQuery', () => {
  it('reads words, phrases, exclusions and every filter in one query', () => {
    const parsed = parseQuery('Erdogan "de-escalation zones" -Lavrov -"prisoner exchange" party:Russia source:"Sergei Lavrov" issue:congress tag:urgent outlet:"Gulf Observer" type:claim before:2017-03 after:2016')
    expect(parsed).toEqual({
      terms: ['erdogan'],
      phrases: [['de', 'escalation', 'zones']],
      excluded: ['lavrov'],
      excludedPhrases: [['prisoner', 'exchange']],
      filters: { party: ['Russia'], source: ['Sergei Lavrov'], issue: ['congress'], tag: ['urgent'], outlet: ['Gulf Observer'], type: ['claim'], before: '2017-03', after: '2016' },
      problems: [],
      lastTermOpen: false,
    })
  })

  it('normalises words: lowercase, no accents, a hyphenated word joined, duplicates once', () => {
    expect(parseQuery('Çavuşoğlu DE-ESCALTION çavuşoğlu').terms).toEqual(['cavusoglu', 'deescaltion'])
  })

  it('treats a quoted single word as an exact word, and -"word" as an excluded word', () => {
    const parsed = parseQuery('"Lavrov" -"Idlib"')
    expect(parsed.phrases).toEqual([['lavrov']])
    expect(parsed.excluded).toEqual(['idlib'])
  })

  it('accepts field names in any case, plural types and comma-separated alternatives', () => {
    const parsed = parseQuery('PARTY:russia,turkey Type:claims type:parties')
    expect(parsed.filters).toEqual({ party: ['russia', 'turkey'], type: ['claim', 'party'] })
  })

  it('accepts YYYY, YYYY-MM and YYYY-MM-DD dates and keeps the strictest bound', () => {
    expect(parseQuery('before:2017 before:2016-05-31 after:2015-02 after:2015').filters).toEqual({ before: '2016-05-31', after: '2015' })
    expect(parseQuery('after:2015 after:2015-02').filters).toEqual({ after: '2015' })
  })

  it('reports and ignores invalid dates, types and empty values', () => {
    const parsed = parseQuery('before:2017-13 after:2017-02-30 before:17 type:memo party: tag:""')
    expect(parsed.filters).toEqual({})
    expect(parsed.problems).toHaveLength(6)
    expect(parsed.problems.join(' ')).toMatch(/before:2017-13.*after:2017-02-30.*before:17.*type:memo.*party: needs a value.*tag: needs a value/)
  })

  it('searches an unknown field as plain words and says so', () => {
    const parsed = parseQuery('foo:bar ceasefire')
    expect(parsed.terms).toEqual(['foo', 'bar', 'ceasefire'])
    expect(parsed.problems).toEqual(['"foo:" is not a search field; "foo:bar" was searched as words.'])
  })

  it('reports conflicting date bounds, unclosed quotes, negated filters and empty quotes', () => {
    expect(parseQuery('after:2017 before:2018').problems).toEqual(['Nothing can be both before:2018 and after:2017.'])
    const parsed = parseQuery('"" -party:Russia "de-escalation zones')
    expect(parsed.phrases).toEqual([['de', 'escalation', 'zones']])
    expect(parsed.filters).toEqual({})
    expect(parsed.problems).toHaveLength(3)
  })

  it('ignores stray dashes and punctuation-only words', () => {
    const parsed = parseQuery(' - -- ... ceasefire - ')
    expect(parsed).toMatchObject({ terms: ['ceasefire'], excluded: [], phrases: [] })
  })

  it('says whether the input ends inside a free word (for typing)', () => {
    expect(parseQuery('ceasefire Erdo').lastTermOpen).toBe(true)
    expect(parseQuery('ceasefire Erdo ').lastTermOpen).toBe(false)
    expect(parseQuery('Erdo party:x').lastTermOpen).toBe(false)
    expect(parseQuery('Erdo "talks"').lastTermOpen).toBe(false)
  })

  it('never throws, whatever it is given', () => {
    const random = seededRandom(42)
    const alphabet = ['"', '-', ':', ' ', 'a', 'Z', 'é', 'party', 'type', 'before', '2017', '-01', ',', '\\', '\u0000', '😀', '\n']
    for (let n = 0; n < 2000; n++) {
      let input = ''
      const length = Math.floor(random() * 20)
      for (let i = 0; i < length; i++) input += alphabet[Math.floor(random() * alphabet.length)]
      const parsed = parseQuery(input)
      expect(Array.isArray(parsed.terms) && Array.isArray(parsed.problems)).toBe(true)
    }
    expect(parseQuery(undefined as unknown as string).terms).toEqual([])
    expect(parseQuery('word '.repeat(1000)).problems.some((p) => /first/.test(p))).toBe(true)
  })
})
