import { describe, expect, it } from 'vitest'
import { SearchIndex } from '../../../electron/main/services/search/search-index'
import { seededRandom } from '../../bench/generate-library'
import { filler, ids, indexOf, record } from './fixtures'

const words = ['ceasefire', 'Idlib', 'Lavrov', 'Erdogan', 'Astana', 'congress', 'zamozobi', 'corridor', 'delegation', 'Geneva', 'talks', 'de-escalation', 'zones']
function randomRecords(count: number, seed: number) {
  const random = seededRandom(seed)
  return Array.from({ length: count }, (_, i) => {
    const body = Array.from({ length: 5 + Math.floor(random() * 30) }, () => words[Math.floor(random() * words.length)]).join(' ')
    return record(`r${i}`, { kind: i % 3 === 0 ? 'claim' : 'document', title: words[i % words.length]!, body, date: random() < 0.8 ? `2017-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}` : null, facets: { outlet: [`Outlet ${i % 4}`], party: i % 2 ? ['Russia'] : [] } })
  })
}
const queries = ['ceasefire', 'Lavorv Idlib', 'de-escaltion zones', '"de-escalation zones"', 'talks -Geneva', 'type:claim', 'congress party:russia after:2017-03', 'Erdo', 'zamozobi']
const answers = (index: SearchIndex) => queries.map((q) => {
  const { took: _took, ...rest } = index.search(q, { limit: 20, prefixLast: true })
  return rest
})

describe('incremental changes', () => {
  it('never returns a removed record, by any of its words, exact or fuzzy', () => {
    const index = indexOf([record('gone', { title: 'Zamozobi talks', body: `Lavrov in Geneva ${filler(3)}` }), record('kept', { body: `Lavrov in Sochi ${filler(3)}` })])
    expect(index.remove('gone')).toBe(true)
    expect(index.size).toBe(1)
    for (const q of ['zamozobi', 'zamozobj', 'Geneva', 'Lavrov Geneva', '"in Geneva"', 'type:document']) expect(ids(index, q)).not.toContain('gone')
    expect(index.search('zamozobi', { limit: 10 }).total).toBe(0)
    expect(index.search('Geneva talks', { limit: 10 }).facets.type).toEqual({})
    expect(index.remove('gone')).toBe(false)
  })

  it('finds an updated record by its new words only', () => {
    const index = indexOf([record('doc', { body: 'Ceasefire in Idlib' }), record('other', { body: 'Ceasefire in Afrin' })])
    index.update(record('doc', { body: 'Constitution talks in Geneva' }))
    expect(index.size).toBe(2)
    expect(ids(index, 'Idlib')).toEqual([])
    expect(ids(index, 'ceasefire')).toEqual(['other'])
    expect(ids(index, 'constitution Geneva')).toEqual(['doc'])
    index.add(record('doc', { body: 'Idlib again' })) // add with a known id replaces too
    expect(ids(index, 'Idlib')).toEqual(['doc'])
    expect(ids(index, 'Geneva')).toEqual([])
  })

  it('keeps rarity weights right: removed records stop counting', () => {
    const before = indexOf([record('a', { body: 'Astana talks' }), record('b', { body: 'Sochi talks' })])
    before.add(record('c', { body: 'Astana Astana' }))
    before.remove('c')
    const fresh = indexOf([record('a', { body: 'Astana talks' }), record('b', { body: 'Sochi talks' })])
    expect(answers(before)).toEqual(answers(fresh))
  })

  it('gives the same answers after many changes as an index built from the survivors', () => {
    const all = randomRecords(300, 7)
    const index = indexOf(all)
    const random = seededRandom(8)
    const survivors = new Map(all.map((r) => [r.id, r]))
    for (let i = 0; i < 400; i++) {
      const id = `r${Math.floor(random() * 300)}`
      if (random() < 0.5) {
        index.remove(id)
        survivors.delete(id)
      } else {
        const changed = { ...randomRecords(1, i + 100)[0]!, id, documentId: id }
        index.update(changed)
        survivors.delete(id)
        survivors.set(id, changed)
      }
    }
    const fresh = indexOf([...survivors.values()])
    const answersBefore = answers(index).map((a) => ({ ...a, hits: a.hits.map((h) => h.id) }))
    expect(answersBefore).toEqual(answers(fresh).map((a) => ({ ...a, hits: a.hits.map((h) => h.id) })))
    index.compact()
    expect(answers(index).map((a) => ({ ...a, hits: a.hits.map((h) => h.id) }))).toEqual(answersBefore)
  })
})

describe('serialize / deserialize', () => {
  it('gives identical results, scores included, after a round trip', () => {
    const index = indexOf(randomRecords(200, 3))
    for (let i = 0; i < 40; i++) index.remove(`r${i * 3}`)
    const expected = answers(index)
    const bytes = index.serialize()
    expect(bytes).toBeInstanceOf(Uint8Array)
    const loaded = SearchIndex.deserialize(bytes)
    expect(loaded.size).toBe(160)
    expect(answers(loaded)).toEqual(expected)
    // A copy at an odd offset in a larger buffer loads too.
    const shifted = new Uint8Array(bytes.length + 3)
    shifted.set(bytes, 3)
    expect(answers(SearchIndex.deserialize(shifted.subarray(3)))).toEqual(expected)
  })

  it('keeps working incrementally after loading', () => {
    const loaded = SearchIndex.deserialize(indexOf(randomRecords(50, 4)).serialize())
    loaded.add(record('new', { body: 'Brand new zamozobu words' }))
    loaded.remove('r1')
    expect(ids(loaded, 'zamozobu')).toContain('new')
    expect(ids(loaded, 'ceasefire')).not.toContain('r1')
    const again = SearchIndex.deserialize(loaded.serialize())
    expect(answers(again)).toEqual(answers(loaded))
  })

  it('refuses bytes that are not an index', () => {
    expect(() => SearchIndex.deserialize(new Uint8Array([1, 2, 3]))).toThrow(/Not a Parley search index/)
    const bytes = indexOf([record('a', { body: 'x' })]).serialize()
    expect(() => SearchIndex.deserialize(bytes.subarray(0, bytes.length - 8))).toThrow(/truncated/)
  })
})

describe('prefix search while typing', () => {
  const index = indexOf([
    record('erdogan', { body: 'Recep Tayyip Erdogan spoke' }),
    record('erdem', { body: 'Minister Erdem replied' }),
    record('both', { body: 'Ceasefire, said Erdogan' }),
  ])

  it('lets the last word match as a prefix only with prefixLast', () => {
    expect(ids(index, 'Erdo', { prefixLast: true }).sort()).toEqual(['both', 'erdogan'])
    expect(ids(index, 'Erd', { prefixLast: true }).sort()).toEqual(['both', 'erdem', 'erdogan'])
    expect(ids(index, 'Erdo')).toEqual([])
  })

  it('applies to the last word only, and not once a space was typed', () => {
    expect(ids(index, 'ceasefire Erdo', { prefixLast: true })).toEqual(['both', 'erdogan'])
    expect(ids(index, 'Erdo ceasefire', { prefixLast: true })).toEqual(['both'])
    expect(ids(index, 'Erdo ', { prefixLast: true })).toEqual([])
  })

  it('reports the completed word as matched, with no typos', () => {
    const hit = index.search('Erdo', { limit: 10, prefixLast: true }).hits.find((h) => h.id === 'erdogan')
    expect(hit).toMatchObject({ matchedTerms: ['erdogan'], typos: 0 })
  })
})
