import { describe, expect, it } from 'vitest'
import { combineStances, decidingClaims, hasShifted, stanceHistory, stanceSince } from '../../../shared/positions/stance-rules'
import { claim } from './fixtures'

const dated = (id: string, stance: Parameters<typeof claim>[0]['stance'], date: string | null, reporting: 'direct-quote' | 'paraphrase' | 'third-party' = 'direct-quote') =>
  ({ claim: claim({ id, sourceId: 'src-putin', partyIds: ['party-russia'], issueId: 'issue-sochi', stance, reporting }), date })

describe('stance rules', () => {
  it('combines same-date stances: agreement, mixed, unclear ignored beside others', () => {
    expect(combineStances(['supports', 'supports'])).toBe('supports')
    expect(combineStances(['supports', 'conditional'])).toBe('mixed')
    expect(combineStances(['wary', 'unclear'])).toBe('wary')
    expect(combineStances(['unclear'])).toBe('unclear')
    expect(combineStances(['neutral', 'opposes', 'unclear'])).toBe('mixed')
  })

  it('keeps first-hand claims (quote and paraphrase) when any exist', () => {
    const claims = [dated('q', 'supports', '2017-11-22'), dated('p', 'supports', '2017-11-20', 'paraphrase'), dated('t', 'opposes', '2017-12-01', 'third-party')]
    expect(decidingClaims(claims).map((c) => c.claim.id)).toEqual(['q', 'p'])
    expect(decidingClaims([claims[2]!]).map((c) => c.claim.id)).toEqual(['t'])
  })

  it('builds one point per date, oldest first, undated first', () => {
    const history = stanceHistory([dated('b', 'opposes', '2017-12-01'), dated('a', 'supports', null), dated('c', 'wary', '2017-12-01'), dated('d', 'supports', '2017-11-22')])
    expect(history).toEqual([
      { date: null, stance: 'supports', claimIds: ['a'] },
      { date: '2017-11-22', stance: 'supports', claimIds: ['d'] },
      { date: '2017-12-01', stance: 'mixed', claimIds: ['b', 'c'] },
    ])
  })

  it('detects a shift only between definite stances', () => {
    const point = (stance: 'supports' | 'opposes' | 'mixed' | 'unclear') => ({ date: null, stance, claimIds: [] })
    expect(hasShifted([point('opposes'), point('supports')])).toBe(true)
    expect(hasShifted([point('supports'), point('unclear'), point('supports')])).toBe(false)
    expect(hasShifted([point('supports'), point('mixed')])).toBe(false)
    expect(hasShifted([point('opposes'), point('supports'), point('mixed')])).toBe(true)
    expect(hasShifted([point('supports')])).toBe(false)
  })
})

describe('why a cell reads as it does', () => {
  const at = (date: string | null, stance: Parameters<typeof stanceSince>[0][number]['stance']) => ({ date, stance, claimIds: [] })
  it('says since when the current stance holds and what it was before, passing over unclear points', () => {
    expect(stanceSince([at('2017-11-22', 'conditional'), at('2017-11-24', 'opposes'), at('2017-12-01', 'opposes')])).toEqual({ since: '2017-11-24', previous: 'conditional' })
    expect(stanceSince([at('2017-11-20', 'supports'), at('2017-11-22', 'unclear'), at('2017-11-24', 'opposes')])).toEqual({ since: '2017-11-24', previous: 'supports' })
    expect(stanceSince([at('2017-11-20', 'wary'), at('2017-11-22', 'opposes'), at('2017-11-23', 'unclear'), at('2017-11-24', 'opposes')])).toEqual({ since: '2017-11-22', previous: 'wary' })
  })

  it('says nothing when the stance never changed', () => {
    expect(stanceSince([at(null, 'opposes'), at('2017-11-24', 'opposes')])).toEqual({ since: null, previous: null })
    expect(stanceSince([])).toEqual({ since: null, previous: null })
  })
})
