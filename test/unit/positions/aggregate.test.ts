import { describe, expect, it } from 'vitest'
import { aggregatePositions } from '../../../shared/positions/aggregate'
import { claim, documents, input, doc } from './fixtures'

const sochiRussia = 'issue-sochi|party-russia'

describe('aggregatePositions', () => {
  it('leaves no entry for a party with no claim on an issue (empty, not neutral)', () => {
    const matrix = aggregatePositions(input([
      claim({ sourceId: 'src-putin', partyIds: ['party-russia'], issueId: 'issue-sochi', stance: 'supports' }),
    ]))
    expect(Object.keys(matrix.cells)).toEqual([sochiRussia])
    expect(matrix.cells['issue-kurds|party-russia']).toBeUndefined()
    expect(matrix.cells['issue-sochi|party-turkey']).toBeUndefined()
    expect(matrix.issues.map((i) => i.title)).toEqual(['Sochi congress', 'Kurdish participation'])
    expect(matrix.parties).toHaveLength(4)
  })

  it('counts a claim for every party it names', () => {
    const joint = claim({ id: 'c-joint', sourceId: 'src-putin', partyIds: ['party-russia', 'party-turkey'], issueId: 'issue-sochi', stance: 'supports', statementDate: '2017-11-22' })
    const matrix = aggregatePositions(input([joint]))
    expect(matrix.cells[sochiRussia]?.claimIds).toEqual(['c-joint'])
    expect(matrix.cells['issue-sochi|party-turkey']?.claimIds).toEqual(['c-joint'])
    expect(matrix.cells['issue-sochi|party-turkey']?.stance).toBe('supports')
    expect(matrix.cells['issue-sochi|party-opposition']).toBeUndefined()
  })

  it('is mixed when deciding claims on the latest date disagree, ignoring unclear', () => {
    const matrix = aggregatePositions(input([
      claim({ id: 'c-yes', sourceId: 'src-hariri', partyIds: ['party-opposition'], issueId: 'issue-sochi', stance: 'conditional', statementDate: '2017-11-24' }),
      claim({ id: 'c-no', sourceId: 'src-hariri', partyIds: ['party-opposition'], issueId: 'issue-sochi', stance: 'opposes', statementDate: '2017-11-24' }),
      claim({ id: 'c-erdogan-1', sourceId: 'src-erdogan', partyIds: ['party-turkey'], issueId: 'issue-kurds', stance: 'opposes', statementDate: '2017-11-23' }),
      claim({ id: 'c-erdogan-2', sourceId: 'src-erdogan', partyIds: ['party-turkey'], issueId: 'issue-kurds', stance: 'unclear', statementDate: '2017-11-23' }),
    ]))
    const opposition = matrix.cells['issue-sochi|party-opposition']!
    expect(opposition.stance).toBe('mixed')
    expect(opposition.decisiveClaimIds).toEqual(['c-no', 'c-yes'])
    expect(matrix.cells['issue-kurds|party-turkey']?.stance).toBe('opposes')
  })

  it('lets a later statement outweigh an earlier one (statementDate, else publishedAt; undated oldest)', () => {
    const matrix = aggregatePositions(input([
      // Undated claim in an undated document: older than anything dated.
      claim({ id: 'c-undated', documentId: 'doc-undated', sourceId: 'src-putin', partyIds: ['party-russia'], issueId: 'issue-sochi', stance: 'opposes' }),
      // No statementDate: dated by TASS publishedAt 2018-01-29, the latest.
      claim({ id: 'c-tass', documentId: 'doc-tass-jan', sourceId: 'src-putin', partyIds: ['party-russia'], issueId: 'issue-sochi', stance: 'supports' }),
      // statementDate wins over its document's (later) publishedAt.
      claim({ id: 'c-old-quote', documentId: 'doc-tass-jan', sourceId: 'src-putin', partyIds: ['party-russia'], issueId: 'issue-sochi', stance: 'wary', statementDate: '2017-10-19' }),
    ]))
    const cell = matrix.cells[sochiRussia]!
    expect(cell.stance).toBe('supports')
    expect(cell.decisiveClaimIds).toEqual(['c-tass'])
    expect(cell.claimIds).toEqual(['c-tass', 'c-old-quote', 'c-undated'])
    expect(cell.firstDate).toBe('2017-10-19')
    expect(cell.lastDate).toBe('2018-01-29')
    expect(cell.history.map((p) => [p.date, p.stance])).toEqual([[null, 'opposes'], ['2017-10-19', 'wary'], ['2018-01-29', 'supports']])
  })

  it('lets first-hand statements outweigh newer third-party reports, which still count', () => {
    const matrix = aggregatePositions(input([
      claim({ id: 'c-quote', sourceId: 'src-erdogan', partyIds: ['party-turkey'], issueId: 'issue-kurds', stance: 'opposes', reporting: 'direct-quote', statementDate: '2017-11-23' }),
      claim({ id: 'c-reported', sourceId: 'src-unnamed', partyIds: ['party-turkey'], issueId: 'issue-kurds', stance: 'conditional', reporting: 'third-party', statementDate: '2018-01-25' }),
      // With only third-party reports, they do decide.
      claim({ id: 'c-rumour', sourceId: 'src-unnamed', partyIds: ['party-un'], issueId: 'issue-kurds', stance: 'supports', reporting: 'third-party', statementDate: '2018-01-25' }),
    ]))
    const turkey = matrix.cells['issue-kurds|party-turkey']!
    expect(turkey.stance).toBe('opposes')
    expect(turkey.decisiveClaimIds).toEqual(['c-quote'])
    expect(turkey.claimIds).toEqual(['c-reported', 'c-quote'])
    expect(turkey.claimCount).toBe(2)
    expect(turkey.shifted).toBe(false)
    expect(matrix.cells['issue-kurds|party-un']?.stance).toBe('supports')
  })

  it('flags a shift when an earlier stance differs, ignoring unclear and mixed points', () => {
    const hariri = (id: string, stance: 'opposes' | 'conditional' | 'unclear', statementDate: string) =>
      claim({ id, sourceId: 'src-hariri', partyIds: ['party-opposition'], issueId: 'issue-sochi', stance, statementDate })
    const shifted = aggregatePositions(input([hariri('c-1', 'opposes', '2017-11-24'), hariri('c-2', 'conditional', '2018-01-25')])).cells['issue-sochi|party-opposition']!
    expect(shifted.stance).toBe('conditional')
    expect(shifted.shifted).toBe(true)
    expect(shifted.history.map((p) => p.stance)).toEqual(['opposes', 'conditional'])

    const steady = aggregatePositions(input([hariri('c-1', 'opposes', '2017-11-24'), hariri('c-2', 'unclear', '2017-12-10'), hariri('c-3', 'opposes', '2018-01-25')])).cells['issue-sochi|party-opposition']!
    expect(steady.stance).toBe('opposes')
    expect(steady.shifted).toBe(false)
    expect(steady.history).toHaveLength(3)
  })

  it('counts reprints once and different outlets separately in independentOutlets', () => {
    const putin = (id: string, documentId: string) => claim({ id, documentId, sourceId: 'src-putin', partyIds: ['party-russia'], issueId: 'issue-sochi', stance: 'supports' })
    const reprint = aggregatePositions(input([putin('c-reuters', 'doc-reuters-sochi'), putin('c-guardian', 'doc-guardian-sochi')])).cells[sochiRussia]!
    expect(reprint.claimCount).toBe(2)
    expect(reprint.independentOutlets).toBe(1)
    const two = aggregatePositions(input([putin('c-reuters', 'doc-reuters-sochi'), putin('c-tass', 'doc-tass-jan')])).cells[sochiRussia]!
    expect(two.independentOutlets).toBe(2)
    const sameOutlet = aggregatePositions(input([putin('c-tass-1', 'doc-tass-a'), putin('c-tass-2', 'doc-tass-b')], [...documents, doc('doc-tass-a', 'TASS', '2017-12-01'), doc('doc-tass-b', 'TASS', '2017-12-02')])).cells[sochiRussia]!
    expect(sameOutlet.independentOutlets).toBe(1)
  })

  it('applies filters before deciding the stance', () => {
    const matrix = aggregatePositions(input([
      claim({ id: 'c-nov', sourceId: 'src-putin', partyIds: ['party-russia'], issueId: 'issue-sochi', stance: 'supports', statementDate: '2017-11-22' }),
      claim({ id: 'c-jan', documentId: 'doc-tass-jan', sourceId: 'src-putin', partyIds: ['party-russia'], issueId: 'issue-sochi', stance: 'wary', statementDate: '2018-01-29' }),
    ]), { to: '2017-12-31' })
    expect(matrix.cells[sochiRussia]?.stance).toBe('supports')
    expect(matrix.cells[sochiRussia]?.claimIds).toEqual(['c-nov'])
  })
})
