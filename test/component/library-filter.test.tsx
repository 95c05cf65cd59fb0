import { describe, expect, it } from 'vitest'
import { createDocumentFilter } from '../../renderer/src/features/library/filter-documents'
import { makeDocument } from './fixtures'

const documents = [
  makeDocument({ title: 'Doha talks on a ceasefire resume', outlet: 'Gulf Observer' }),
  makeDocument({ title: 'Syrian opposition wary of Sochi', outlet: 'The Levant Ledger', byline: 'Karim Haddad' }),
  makeDocument({ title: 'Grain corridor reopens', outlet: 'Anatolia Review' }),
  makeDocument({ title: 'Erdoğan warns Kurdish militia', outlet: null }),
]
const titles = (query: string) => createDocumentFilter(documents)(query).map((d) => d.title)

describe('the library filter', () => {
  it('matches word by word, in any order, each word with its typo budget', () => {
    expect(titles('Ceasfire Dhoa')).toEqual(['Doha talks on a ceasefire resume'])
    expect(titles('dhoa ceasfire')).toEqual(['Doha talks on a ceasefire resume'])
    expect(titles('Levnt Ledger')).toEqual(['Syrian opposition wary of Sochi'])
    expect(titles('haddad sochi')).toEqual(['Syrian opposition wary of Sochi'])
  })

  it('gives short words fewer typos: “grian” is grain, not Syrian', () => {
    expect(titles('grian')).toEqual(['Grain corridor reopens'])
    expect(titles('grian corridor')).toEqual(['Grain corridor reopens'])
  })

  it('matches the start of a word while typing, ignores accents, and needs every word', () => {
    expect(titles('Doh')).toEqual(['Doha talks on a ceasefire resume'])
    expect(titles('erdogan')).toEqual(['Erdoğan warns Kurdish militia'])
    expect(titles('Doha Sochi')).toEqual([])
    expect(titles('  ')).toHaveLength(documents.length)
  })

  it('ranks exact matches above typo matches', () => {
    const more = [makeDocument({ title: 'Sochi summit' }), makeDocument({ title: 'Sochy summit' })]
    expect(createDocumentFilter(more)('sochi').map((d) => d.title)).toEqual(['Sochi summit', 'Sochy summit'])
  })
})
