import { describe, expect, it } from 'vitest'
import { filterClaims, meetsReliability } from '../../../shared/positions/filters'
import { indexById } from '../../../shared/positions/claim-date'
import { claim, documents, sources } from './fixtures'

const context = { documents: indexById(documents), sources: indexById(sources) }
const claims = [
  claim({ id: 'c-putin', documentId: 'doc-reuters-sochi', sourceId: 'src-putin', partyIds: ['party-russia'], issueId: 'issue-sochi', stance: 'supports', statementDate: '2017-11-21', credibility: 2, tagIds: ['tag-congress'] }),
  claim({ id: 'c-erdogan', documentId: 'doc-aa-erdogan', sourceId: 'src-erdogan', partyIds: ['party-turkey'], issueId: 'issue-kurds', stance: 'opposes', credibility: 3, tagIds: ['tag-kurds'] }),
  claim({ id: 'c-hariri', documentId: 'doc-aljazeera-riyadh', sourceId: 'src-hariri', partyIds: ['party-opposition'], issueId: 'issue-sochi', stance: 'conditional', credibility: 4, tagIds: ['tag-congress', 'tag-riyadh'] }),
  claim({ id: 'c-demistura', documentId: 'doc-tass-jan', sourceId: 'src-demistura', partyIds: ['party-un'], issueId: 'issue-sochi', stance: 'wary', credibility: 1 }),
  claim({ id: 'c-rumour', documentId: 'doc-undated', sourceId: 'src-unnamed', partyIds: ['party-turkey'], issueId: 'issue-kurds', stance: 'supports', reporting: 'third-party', credibility: 6 }),
]
const ids = (filters: Parameters<typeof filterClaims>[2]) => filterClaims(claims, context, filters).map((c) => c.id)

describe('filterClaims', () => {
  it('keeps everything with no filters set', () => {
    expect(ids({})).toEqual(['c-putin', 'c-erdogan', 'c-hariri', 'c-demistura', 'c-rumour'])
    expect(ids({ from: null, to: null, outlets: [], minReliability: null, maxCredibility: null, tagIds: [] })).toHaveLength(5)
  })

  it('filters by date range on statementDate, else publishedAt (timestamps by day), dropping undated claims', () => {
    // c-putin: statement 2017-11-21 though published 11-22; c-hariri: published 2017-11-24T18:30Z.
    expect(ids({ from: '2017-11-22', to: '2017-11-24' })).toEqual(['c-erdogan', 'c-hariri'])
    expect(ids({ from: '2017-11-21', to: '2017-11-21' })).toEqual(['c-putin'])
    expect(ids({ from: '2018-01-01' })).toEqual(['c-demistura'])
    expect(ids({ to: '2017-11-23' })).toEqual(['c-putin', 'c-erdogan'])
  })

  it('filters by outlet', () => {
    expect(ids({ outlets: ['Anadolu Agency', 'TASS'] })).toEqual(['c-erdogan', 'c-demistura'])
    expect(ids({ outlets: ['Reuters'] })).toEqual(['c-putin'])
  })

  it('keeps sources at least as reliable as the minimum, F counting as least reliable', () => {
    expect(ids({ minReliability: 'A' })).toEqual(['c-demistura'])
    expect(ids({ minReliability: 'C' })).toEqual(['c-putin', 'c-erdogan', 'c-demistura'])
    expect(ids({ minReliability: 'E' })).toEqual(['c-putin', 'c-erdogan', 'c-hariri', 'c-demistura'])
    expect(ids({ minReliability: 'F' })).toHaveLength(5)
    expect(meetsReliability(undefined, 'E')).toBe(false)
    expect(meetsReliability(undefined, 'F')).toBe(true)
  })

  it('keeps claims with credibility at most the maximum', () => {
    expect(ids({ maxCredibility: 2 })).toEqual(['c-putin', 'c-demistura'])
    expect(ids({ maxCredibility: 5 })).toEqual(['c-putin', 'c-erdogan', 'c-hariri', 'c-demistura'])
  })

  it('keeps claims carrying any of the tags', () => {
    expect(ids({ tagIds: ['tag-congress'] })).toEqual(['c-putin', 'c-hariri'])
    expect(ids({ tagIds: ['tag-riyadh', 'tag-kurds'] })).toEqual(['c-erdogan', 'c-hariri'])
  })

  it('combines filters', () => {
    expect(ids({ tagIds: ['tag-congress'], minReliability: 'C' })).toEqual(['c-putin'])
  })
})
