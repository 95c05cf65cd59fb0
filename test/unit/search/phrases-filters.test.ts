import { describe, expect, it } from 'vitest'
import { filler, ids, indexOf, record } from './fixtures'

describe('phrases', () => {
  const index = indexOf([
    record('adjacent', { body: `Russia proposed de-escalation zones in Idlib. ${filler(6)}` }),
    record('apart', { body: `The zones were part of a de-escalation plan. ${filler(6)}` }),
    record('reversed', { body: `Zones of de-escalation were drawn. ${filler(6)}` }),
    record('across', { title: 'A plan for de-escalation', body: `zones and more. ${filler(6)}` }),
    record('joined', { body: `The deescalation zones held. ${filler(6)}` }),
    record('typo', { body: `The de-escalation zone held. ${filler(6)}` }),
  ])

  it('matches only records with the words side by side, in order, exactly', () => {
    expect(ids(index, '"de-escalation zones"')).toEqual(['adjacent'])
    expect(ids(index, '"de escalation zones"')).toEqual(['adjacent'])
  })

  it('does not run a phrase from the title into the body', () => {
    expect(ids(index, '"de-escalation zones"')).not.toContain('across')
    expect(ids(index, '"plan for de-escalation"')).toEqual(['across'])
  })

  it('requires the phrase and ranks by the other words too', () => {
    const withWord = index.search('"de-escalation zones" Idlib', { limit: 10 })
    expect(withWord.hits.map((h) => h.id)).toEqual(['adjacent'])
    expect(withWord.hits[0]!.matchedTerms.sort()).toEqual(['de', 'escalation', 'idlib', 'zones'])
    expect(ids(index, '"held" zones')).toEqual(['joined', 'typo'])
    expect(ids(index, '"held"').sort()).toEqual(['joined', 'typo'])
  })

  it('treats a quoted single word as exact: no typos', () => {
    expect(ids(index, 'zones').sort()).toEqual(['across', 'adjacent', 'apart', 'joined', 'reversed', 'typo'])
    expect(ids(index, '"zones"').sort()).toEqual(['across', 'adjacent', 'apart', 'joined', 'reversed'])
  })

  it('matches nothing when a phrase word is not in the index', () => {
    expect(index.search('"de-escalation corridors"', { limit: 10 }).total).toBe(0)
  })
})

describe('exclusions', () => {
  const index = indexOf([
    record('idlib', { body: `Ceasefire in Idlib. ${filler(4)}` }),
    record('afrin', { body: `Ceasefire in Afrin. ${filler(4)}` }),
    record('both', { body: `Ceasefire in Afrin and Idlib, a prisoner exchange too. ${filler(4)}` }),
    record('apart', { body: `Ceasefire; the prisoner was freed in an exchange. ${filler(4)}` }),
  ])

  it('leaves out records containing the word, exactly', () => {
    expect(ids(index, 'ceasefire -Idlib').sort()).toEqual(['afrin', 'apart'])
    expect(ids(index, 'ceasefire -Idlb').sort()).toEqual(['afrin', 'apart', 'both', 'idlib'])
  })

  it('leaves out records containing a phrase', () => {
    expect(ids(index, 'ceasefire -"prisoner exchange"').sort()).toEqual(['afrin', 'apart', 'idlib'])
  })

  it('with nothing else, lists every record but the excluded ones', () => {
    expect(ids(index, '-afrin').sort()).toEqual(['apart', 'idlib'])
  })
})

describe('filters and facets', () => {
  const index = indexOf([
    record('d1', { kind: 'document', body: 'Ceasefire talks', date: '2017-01-15', facets: { outlet: ['Gulf Observer'] } }),
    record('d2', { kind: 'document', body: 'Ceasefire collapses', date: '2017-03-02', facets: { outlet: ['Meridian Daily'] } }),
    record('c1', { kind: 'claim', body: 'Ceasefire must hold', date: '2017-03-31', facets: { party: ['Russia'], source: ['Sergei Lavrov'], issue: ['Ceasefire'], tag: ['key'], outlet: ['Gulf Observer'] } }),
    record('c2', { kind: 'claim', body: 'Ceasefire is a trick', date: '2017-04-01', facets: { party: ['Turkey', 'Russia'], source: ['Mevlut Cavusoglu'], tag: ['key', 'doubt'] } }),
    record('a1', { kind: 'annotation', body: 'Check the ceasefire dates', date: null, facets: { tag: ['todo'] } }),
    record('p1', { kind: 'party', title: 'Russia', body: 'Russian Federation', date: null }),
  ])

  it('matches facet values case-insensitively; values of one field are alternatives', () => {
    expect(ids(index, 'ceasefire party:russia').sort()).toEqual(['c1', 'c2'])
    expect(ids(index, 'ceasefire party:turkey').sort()).toEqual(['c2'])
    expect(ids(index, 'ceasefire outlet:"gulf observer"').sort()).toEqual(['c1', 'd1'])
    expect(ids(index, 'ceasefire source:"sergei lavrov",nobody').sort()).toEqual(['c1'])
    expect(ids(index, 'ceasefire tag:todo tag:doubt').sort()).toEqual(['a1', 'c2'])
  })

  it('requires every field given', () => {
    expect(ids(index, 'ceasefire tag:key outlet:"Gulf Observer"')).toEqual(['c1'])
    expect(ids(index, 'ceasefire party:russia issue:ceasefire')).toEqual(['c1'])
    expect(ids(index, 'ceasefire party:nobody')).toEqual([])
  })

  it('filters by type', () => {
    expect(ids(index, 'ceasefire type:claim').sort()).toEqual(['c1', 'c2'])
    expect(ids(index, 'ceasefire type:document,annotation').sort()).toEqual(['a1', 'd1', 'd2'])
    expect(ids(index, 'russia type:party')).toEqual(['p1'])
  })

  it('compares dates: before and after both exclude the period named; undated records never pass', () => {
    expect(ids(index, 'ceasefire before:2017-03').sort()).toEqual(['d1'])
    expect(ids(index, 'ceasefire before:2017-03-31').sort()).toEqual(['d1', 'd2'])
    expect(ids(index, 'ceasefire after:2017-03').sort()).toEqual(['c2'])
    expect(ids(index, 'ceasefire after:2017-03-01').sort()).toEqual(['c1', 'c2', 'd2'])
    expect(ids(index, 'ceasefire after:2016').length).toBe(4)
    expect(ids(index, 'ceasefire before:2017')).toEqual([])
    expect(ids(index, 'after:2017-01-31 before:2017-04').sort()).toEqual(['c1', 'd2'])
  })

  it('lists every record passing filters alone, newest first', () => {
    expect(ids(index, 'type:claim')).toEqual(['c2', 'c1'])
  })

  it('counts facets over all matching records, not only the page shown', () => {
    const result = index.search('ceasefire', { limit: 1 })
    expect(result.total).toBe(5)
    expect(result.hits).toHaveLength(1)
    expect(result.facets).toEqual({
      type: { document: 2, claim: 2, annotation: 1 },
      outlet: { 'Gulf Observer': 2, 'Meridian Daily': 1 },
      party: { Russia: 2, Turkey: 1 },
      source: { 'Sergei Lavrov': 1, 'Mevlut Cavusoglu': 1 },
      issue: { Ceasefire: 1 },
      tag: { key: 2, doubt: 1, todo: 1 },
    })
  })

  it('counts facets after filters', () => {
    const result = index.search('ceasefire type:claim', { limit: 10 })
    expect(result.facets.type).toEqual({ claim: 2 })
    expect(result.facets.outlet).toEqual({ 'Gulf Observer': 1 })
  })

  it('returns nothing for an empty query', () => {
    expect(index.search('', { limit: 10 })).toMatchObject({ total: 0, hits: [] })
    expect(index.search('  "" ', { limit: 10 }).total).toBe(0)
  })
})
