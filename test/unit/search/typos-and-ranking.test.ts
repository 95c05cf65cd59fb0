import { describe, expect, it } from 'vitest'
import { filler, ids, indexOf, record } from './fixtures'

describe('typo tolerance', () => {
  const index = indexOf([
    record('erdogan', { body: `Recep Tayyip Erdogan spoke. ${filler(10)}` }),
    record('lavrov', { body: `Sergei Lavrov arrived in Moscow. ${filler(10)}` }),
    record('zones', { body: `Talks on the de-escalation zones resumed. ${filler(10)}` }),
    record('raqqa', { body: `Fighting near Raqqa and Idlib. ${filler(10)}` }),
    record('other', { body: `Nothing about any of it. ${filler(10)}` }),
  ])

  it('finds Erdogan from "Erdgan" and reports the word matched and the typo', () => {
    const { hits } = index.search('Erdgan', { limit: 10 })
    expect(hits.map((h) => [h.id, h.matchedTerms, h.typos])).toEqual([['erdogan', ['erdogan'], 1]])
  })

  it('finds Lavrov from "Lavorv" (a transposition is one typo)', () => {
    expect(ids(index, 'Lavorv')).toEqual(['lavrov'])
  })

  it('finds "de-escalation zones" from "de-escaltion zones"', () => {
    const { hits } = index.search('de-escaltion zones', { limit: 10 })
    expect(hits[0]).toMatchObject({ id: 'zones', matchedTerms: ['deescalation', 'zones'], typos: 1 })
    expect(ids(index, 'deescalation')).toEqual(['zones'])
  })

  it('scales the typo budget with word length: none up to 2 letters, one up to 5, two from 6', () => {
    expect(ids(index, 'Mosocw')).toEqual(['lavrov']) // 6 letters, 2 typos from "moscow"
    expect(ids(index, 'Msocw')).toEqual([]) // 5 letters, 2 typos from "moscow": too many
    expect(ids(index, 'Raqa')).toEqual(['raqqa']) // 4 letters, 1 typo
    expect(ids(index, 'Rqa')).toEqual([]) // 3 letters, 2 typos from "raqqa": too many
    expect(ids(index, 'Idlb')).toEqual(['raqqa'])
    expect(ids(index, 'Idb')).toEqual([])
    expect(ids(index, 'Ildib')).toEqual(['raqqa']) // a transposition is one typo
  })

  it('does not match words three typos away', () => {
    expect(ids(index, 'Ergdnan')).toEqual([])
  })
})

describe('ranking', () => {
  it('puts a title match above a body match (title words count three times)', () => {
    const index = indexOf([
      record('body', { title: 'Agreement reached', body: `The ceasefire holds. ${filler(8)}`, date: '2017-06-01' }),
      record('title', { title: 'Ceasefire reached', body: `The agreement holds. ${filler(8)}`, date: '2017-01-01' }),
    ])
    expect(ids(index, 'ceasefire')).toEqual(['title', 'body'])
  })

  it('puts exact matches above near misses, whatever their BM25', () => {
    const index = indexOf([
      record('fuzzy', { title: 'Ceasfire ceasfire', body: `ceasfire ${filler(4)}`, date: '2017-06-01' }),
      record('exact', { body: `A ceasefire was agreed. ${filler(30)}`, date: '2017-01-01' }),
    ])
    const { hits } = index.search('ceasefire', { limit: 10 })
    expect(hits.map((h) => [h.id, h.typos])).toEqual([['exact', 0], ['fuzzy', 1]])
    expect(hits[1]!.score).toBeGreaterThan(hits[0]!.score)
  })

  it('puts records matching more query words first, above a higher BM25', () => {
    const index = indexOf([
      record('one', { title: 'Ceasefire ceasefire', body: `ceasefire ${filler(4)}`, date: '2017-06-01' }),
      record('three', { body: `Lavrov in Geneva on the ceasefire. ${filler(60)}`, date: '2016-01-01' }),
      record('two', { body: `Lavrov in Geneva. ${filler(20)}`, date: '2017-03-01' }),
      ...Array.from({ length: 6 }, (_, i) => record(`common-${i}`, { body: `Lavrov, Geneva. ${filler(10)}`, date: '2016-01-01' })),
    ])
    const { hits } = index.search('Lavrov Geneva ceasefire', { limit: 20 })
    expect(hits[0]!.id).toBe('three')
    expect(hits.at(-1)!.id).toBe('one')
    expect(hits.at(-1)!.score).toBeGreaterThan(hits[0]!.score)
    expect(ids(index, 'Lavrov Geneva ceasefire', { limit: 20 }).slice(1, 8).sort()).toEqual(['common-0', 'common-1', 'common-2', 'common-3', 'common-4', 'common-5', 'two'])
  })

  it('puts the most recent first when everything else ties, and undated last', () => {
    const body = `Talks in Astana. ${filler(6)}`
    const index = indexOf([
      record('old', { body, date: '2016-02-01' }),
      record('undated', { body, date: null }),
      record('new', { body, date: '2017-11-30' }),
      record('middle', { body, date: '2017-03' }),
    ])
    expect(ids(index, 'Astana')).toEqual(['new', 'middle', 'old', 'undated'])
  })

  it('gives all expansions of a query word one rarity weight, so a rare near miss cannot win', () => {
    // "lavorv" is one typo from both "lavrov" (common) and "lavorvs" (one record).
    const common = Array.from({ length: 10 }, (_, i) => record(`common-${i}`, { body: `Lavrov ${filler(12)}`, date: '2016-01-01' }))
    const index = indexOf([
      ...common,
      record('intended', { body: `Lavrov met Lavrov's deputy. ${filler(8)}`, date: '2016-06-01' }),
      record('rare', { body: `The lavorvs were seen. ${filler(8)}`, date: '2017-06-01' }),
      ...Array.from({ length: 8 }, (_, i) => record(`unrelated-${i}`, { body: filler(14) })),
    ])
    const ranked = ids(index, 'Lavorv')
    expect(ranked[0]).toBe('intended')
    expect(ranked.indexOf('intended')).toBeLessThan(ranked.indexOf('rare'))
  })

  it('pages with offset and limit over the same order', () => {
    const index = indexOf(Array.from({ length: 30 }, (_, i) => record(`r${i}`, { body: `Sochi ${filler(i + 1)}`, date: `2017-01-${String(1 + (i % 28)).padStart(2, '0')}` })))
    const all = ids(index, 'Sochi', { limit: 30 })
    const page = index.search('Sochi', { limit: 7, offset: 10 })
    expect(page.total).toBe(30)
    expect(page.hits.map((h) => h.id)).toEqual(all.slice(10, 17))
    expect(index.search('Sochi', { limit: 600, offset: 0 }).hits.map((h) => h.id)).toEqual(all)
  })
})

describe('noise from typos, and did you mean', () => {
  const index = indexOf([
    record('grain', { title: 'Grain corridor talks', body: `The grain corridor reopened. ${filler(10)}` }),
    record('syrian-1', { body: `Syrian officials met. ${filler(10)}` }),
    record('syrian-2', { body: `The Syrian opposition spoke of a corridor for aid. ${filler(10)}` }),
    record('erdogan', { body: `Recep Tayyip Erdogan spoke. ${filler(10)}` }),
  ])

  it('does not let a five-letter typo reach a word two edits away ("grian" is grain, not Syrian)', () => {
    expect(ids(index, 'grian')).toEqual(['grain'])
  })

  it('with requireAll, keeps only records where every query word is matched by some field', () => {
    const hits = index.search('grian corridor', { limit: 10, requireAll: true }).hits
    expect(hits.map((h) => h.id)).toEqual(['grain'])
    expect(hits[0]!.matchedTerms.sort()).toEqual(['corridor', 'grain'])
  })

  it('suggests the closest, most frequent word for each word not found as typed', () => {
    expect(index.didYouMean('grian corridor')).toBe('grain corridor')
    expect(index.didYouMean('Erdgan')).toBe('Erdogan')
    expect(index.didYouMean('outlet:"Gulf Observer" Erdgan -grain')).toBe('outlet:"Gulf Observer" Erdogan -grain')
    expect(index.didYouMean('grain corridor')).toBeNull()
    expect(index.didYouMean('zzzzqx')).toBeNull()
  })

  it('while typing, leaves alone a last word that begins a library word', () => {
    expect(index.didYouMean('Erdo', true)).toBeNull()
    expect(index.didYouMean('Erdo', false)).toBeNull()
    expect(index.didYouMean('grian corr', true)).toBe('grain corr')
  })
})
