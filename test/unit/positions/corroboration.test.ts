import { describe, expect, it } from 'vitest'
import { linkAsOneStatement, quoteSimilarity, statementReachIndex, suggestSameStatement, unlinkFromStatement } from '../../../shared/positions/corroboration'
import { independenceIndex } from '../../../shared/positions/independence'
import { claim, doc } from './fixtures'

const quoted = (exact: string) => ({ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' })
const wire = 'We have agreed to support the holding of a congress of national dialogue'
const broadcast = 'We agreed to support the convening of a congress of national dialogue.'

function said(id: string, exact: string, documentId: string, extra: Partial<Parameters<typeof claim>[0]> = {}) {
  const made = claim({ id, documentId, sourceId: 'src-putin', partyIds: ['party-russia'], issueId: 'issue-sochi', stance: 'supports', ...extra })
  return { ...made, target: { ...made.target, quote: quoted(exact) } }
}

describe('quote similarity', () => {
  it('scores two outlets’ wordings of one sentence high, and different sentences low', () => {
    expect(quoteSimilarity(wire, broadcast)).toBeGreaterThan(0.85)
    expect(quoteSimilarity(wire, 'The process will not be simple. It will require compromises from everyone')).toBeLessThan(0.3)
  })

  it('treats a shorter cut of the same sentence as contained in it', () => {
    expect(quoteSimilarity('“We have agreed to support the holding of a congress”', wire)).toBe(1)
  })

  it('matches very short quotes only when identical', () => {
    expect(quoteSimilarity('No.', 'no')).toBe(1)
    expect(quoteSimilarity('Never', 'Not now')).toBe(0)
  })
})

describe('same-statement suggestions', () => {
  const claims = [
    said('c-wire', wire, 'doc-reuters-sochi', { statementDate: '2017-11-22' }),
    said('c-broadcast', broadcast, 'doc-aa-erdogan', { statementDate: '2017-11-23' }),
    said('c-other-words', 'The process will not be simple', 'doc-aa-erdogan'),
    said('c-other-source', wire, 'doc-tass-jan', { sourceId: 'src-erdogan' }),
  ]

  it('offers claims by the same source with similar quotes, and nothing else', () => {
    const suggestions = suggestSameStatement(claims[0]!, claims)
    expect(suggestions.map((s) => s.claim.id)).toEqual(['c-broadcast'])
    expect(suggestions[0]!.similarity).toBeGreaterThan(0.85)
  })

  it('stops offering a claim once it is linked', () => {
    const links = linkAsOneStatement(['c-wire', 'c-broadcast'], claims, () => 'statement-1')
    const linked = claims.map((c) => ({ ...c, statementId: links.get(c.id) ?? c.statementId }))
    expect(suggestSameStatement(linked[0]!, linked)).toEqual([])
  })
})

describe('linking and unlinking', () => {
  const base = [
    said('a', wire, 'doc-reuters-sochi', { statementId: 'statement-b' }),
    said('b', wire, 'doc-guardian-sochi', { statementId: 'statement-b' }),
    said('c', wire, 'doc-aa-erdogan', { statementId: 'statement-a' }),
    said('d', wire, 'doc-tass-jan', { statementId: 'statement-a' }),
    said('e', wire, 'doc-dailysabah-jan'),
  ]

  it('merges whole statements under the smallest existing id', () => {
    const links = linkAsOneStatement(['a', 'c'], base, () => 'statement-new')
    expect(Object.fromEntries(links)).toEqual({ a: 'statement-a', b: 'statement-a', c: 'statement-a', d: 'statement-a' })
  })

  it('makes a new id when neither claim was linked', () => {
    const fresh = base.map((c) => ({ ...c, statementId: null }))
    expect(Object.fromEntries(linkAsOneStatement(['a', 'e'], fresh, () => 'statement-new'))).toEqual({ a: 'statement-new', e: 'statement-new' })
  })

  it('unlinking a claim from a pair leaves neither linked', () => {
    expect(Object.fromEntries(unlinkFromStatement('a', base))).toEqual({ a: null, b: null })
    const three = [...base.slice(0, 2), { ...base[4]!, statementId: 'statement-b' }]
    expect(Object.fromEntries(unlinkFromStatement('a', three))).toEqual({ a: null })
    expect(unlinkFromStatement('e', base).size).toBe(0)
  })
})

describe('statement reach', () => {
  const documents = [
    doc('doc-wire', 'Caspian Wire Service', '2017-11-22'),
    doc('doc-reprint', 'Meridian Daily', '2017-11-22', ['doc-wire']),
    doc('doc-tv', 'Gulf Observer', '2017-11-22'),
    doc('doc-tv-web', 'gulf observer ', '2017-11-23'),
  ]
  const independence = independenceIndex(documents)
  const claims = [
    said('wire', wire, 'doc-wire', { statementId: 's' }),
    said('reprint', wire, 'doc-reprint', { statementId: 's' }),
    said('tv', broadcast, 'doc-tv', { statementId: 's' }),
    said('tv-web', broadcast, 'doc-tv-web', { statementId: 's' }),
  ]

  it('counts a reprint and one outlet’s two pieces once each', () => {
    expect(statementReachIndex(claims, independence)(claims[0]!)).toEqual({ claimCount: 4, independentOutlets: 2 })
  })

  it('counts an unlinked claim as its own report', () => {
    const alone = { ...claims[2]!, statementId: null }
    expect(statementReachIndex(claims, independence)(alone)).toEqual({ claimCount: 1, independentOutlets: 1 })
  })
})
