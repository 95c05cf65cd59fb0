import { describe, expect, it } from 'vitest'
import type { Claim } from '../../../shared/domain/annotation'
import { workbench } from '../annotations/workbench'

/** Putin's "congress of national dialogue" line as the wire and the broadcast carried it. */
async function twoReports() {
  const bench = await workbench()
  const { handlers, store, putin, russia, congress } = bench
  const broadcastDoc = store.listDocuments().find((d) => d.original.name === '02-broadcast-transcript.txt')!
  const broadcastText = (await handlers.getDocument({ id: broadcastDoc.id })).text
  const phrase = 'We agreed to support the convening of a congress of national dialogue'
  const start = broadcastText.indexOf(phrase)
  const broadcast = (await handlers.createAnnotation({
    documentId: broadcastDoc.id, kind: 'claim', start, end: start + phrase.length, color: '#c92a2a', note: '', tagIds: [],
    claim: { sourceId: putin.id, partyIds: [russia.id], issueId: congress.id, stance: 'supports', reporting: 'direct-quote', statementDate: '2017-11-22', credibility: 2 },
  })) as Claim
  const wire = await bench.claim('We have agreed to support the holding of a congress of national dialogue')
  const unrelated = await bench.claim('The process will not be simple')
  return { ...bench, broadcast, wireClaim: wire, unrelated }
}

describe('same-statement links', () => {
  it('suggests the other outlet’s wording of the quote, links across documents, and counts outlets', async () => {
    const { handlers, wireClaim, broadcast, unrelated } = await twoReports()
    const before = await handlers.getStatement({ claimId: wireClaim.id })
    expect(before.suggestions.map((s) => s.claim.id)).toEqual([broadcast.id])
    expect(before.claim.reach).toEqual({ claimCount: 1, independentOutlets: 1 })

    const after = await handlers.linkSameStatement({ claimIds: [wireClaim.id, broadcast.id] })
    expect(after.linked.map((l) => l.claim.id)).toEqual([broadcast.id])
    expect(after.suggestions).toEqual([])
    expect(after.claim.reach).toEqual({ claimCount: 2, independentOutlets: 2 })
    const [evidence] = await handlers.getEvidence({ claimIds: [broadcast.id] })
    expect(evidence!.reach.independentOutlets).toBe(2)
    expect(evidence!.claim.statementId).toBe(after.claim.claim.statementId)
    expect((await handlers.getEvidence({ claimIds: [unrelated.id] }))[0]!.reach.claimCount).toBe(1)
  })

  it('counts a reprint of the same story as one outlet', async () => {
    const { handlers, store, wireClaim, broadcast } = await twoReports()
    const wireDoc = store.getDocument(wireClaim.target.documentId)
    await store.commit((data) => ({
      ...data,
      documents: data.documents.map((d) => (d.id === broadcast.target.documentId ? { ...d, sameStoryAs: [wireDoc.id] } : d)),
    }))
    const linked = await handlers.linkSameStatement({ claimIds: [broadcast.id, wireClaim.id] })
    expect(linked.claim.reach).toEqual({ claimCount: 2, independentOutlets: 1 })
  })

  it('is undone and redone as one step, and unlinking leaves both claims alone', async () => {
    const { handlers, wireClaim, broadcast } = await twoReports()
    await handlers.linkSameStatement({ claimIds: [wireClaim.id, broadcast.id] })
    expect((await handlers.getHistoryState({})).undoLabel).toBe('Link as same statement')
    await handlers.undo({})
    expect((await handlers.getStatement({ claimId: broadcast.id })).linked).toEqual([])
    await handlers.redo({})
    expect((await handlers.getStatement({ claimId: broadcast.id })).linked).toHaveLength(1)

    await handlers.unlinkSameStatement({ claimId: broadcast.id })
    const wireView = await handlers.getStatement({ claimId: wireClaim.id })
    expect(wireView.linked).toEqual([])
    expect(wireView.claim.claim.statementId).toBeNull()
  })

  it('refuses unknown claims with a clear error', async () => {
    const { handlers, wireClaim } = await twoReports()
    await expect(handlers.linkSameStatement({ claimIds: [wireClaim.id, 'no-such-claim'] })).rejects.toThrow('No claim no-such-claim in this library.')
    await expect(handlers.getStatement({ claimId: 'no-such-claim' })).rejects.toThrow('No claim no-such-claim')
  })
})
