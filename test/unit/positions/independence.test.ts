import { describe, expect, it } from 'vitest'
import { independentOutlets, reportGroups } from '../../../shared/positions/independence'
import { claim, doc } from './fixtures'

const putinOn = (documentId: string) => claim({ documentId, sourceId: 'src-putin', partyIds: ['party-russia'], issueId: 'issue-sochi', stance: 'supports' })

describe('reportGroups', () => {
  it('joins documents linked by sameStoryAs transitively, in either direction', () => {
    const groups = reportGroups([
      doc('d-reuters', 'Reuters', '2017-11-22', ['d-guardian']),
      doc('d-guardian', 'The Guardian', '2017-11-22'),
      doc('d-hurriyet', 'Hurriyet Daily News', '2017-11-23', ['d-guardian']),
      doc('d-tass', 'TASS', '2017-11-22'),
    ])
    expect(groups.get('d-reuters')).toBe(groups.get('d-guardian'))
    expect(groups.get('d-hurriyet')).toBe(groups.get('d-reuters'))
    expect(groups.get('d-tass')).not.toBe(groups.get('d-reuters'))
  })
})

describe('independentOutlets', () => {
  it('counts a wire story and its reprint as one report', () => {
    const docs = [doc('d-reuters', 'Reuters', '2017-11-22', ['d-guardian']), doc('d-guardian', 'The Guardian', '2017-11-22', ['d-reuters'])]
    expect(independentOutlets([putinOn('d-reuters'), putinOn('d-guardian')], docs)).toBe(1)
  })

  it('counts two unlinked documents from the same outlet once', () => {
    const docs = [doc('d-tass-1', 'TASS', '2017-11-22'), doc('d-tass-2', 'TASS', '2017-11-30')]
    expect(independentOutlets([putinOn('d-tass-1'), putinOn('d-tass-2')], docs)).toBe(1)
  })

  it('counts different outlets twice, and several claims in one document once', () => {
    const docs = [doc('d-tass', 'TASS', '2017-11-22'), doc('d-aa', 'Anadolu Agency', '2017-11-23')]
    expect(independentOutlets([putinOn('d-tass'), putinOn('d-tass'), putinOn('d-aa')], docs)).toBe(2)
    expect(independentOutlets([], docs)).toBe(0)
  })

  it('counts documents without an outlet separately', () => {
    const docs = [doc('d-1', null, '2017-11-22'), doc('d-2', null, '2017-11-23')]
    expect(independentOutlets([putinOn('d-1'), putinOn('d-2')], docs)).toBe(2)
  })
})
