import { describe, expect, it } from 'vitest'
import { dayTicks, stanceY, timelinePoints, UNCLEAR_Y } from '../../renderer/src/features/positions/timeline-points'
import type { EvidenceItem } from '../../shared/ipc/contract'

const item = (id: string, stance: string, statementDate: string | null, partyIds = ['p']): EvidenceItem =>
  ({ claim: { id, stance, statementDate, partyIds }, document: { id: 'd', title: 't', outlet: null, publishedAt: null }, source: null, reach: { claimCount: 1, independentOutlets: 1 } }) as unknown as EvidenceItem

describe('timeline points', () => {
  it('draws two claims of one party on one day and stance as two dots, on that day', () => {
    const points = timelinePoints([item('a', 'opposes', '2017-11-24'), item('b', 'opposes', '2017-11-24'), item('c', 'supports', '2017-11-22')], 'p')
    expect(points).toHaveLength(3)
    const sameDay = points.filter((p) => p.item.claim.stance === 'opposes')
    expect(new Set(sameDay.map((p) => p.x)).size).toBe(2)
    expect(dayTicks(points).map((t) => new Date(t).toISOString().slice(0, 10))).toEqual(['2017-11-22', '2017-11-24'])
  })

  it('orders stances from hostile to favourable, with unclear apart below them', () => {
    expect(['opposes', 'wary', 'neutral', 'conditional', 'supports'].map(stanceY)).toEqual([0, 1, 2, 3, 4])
    expect(stanceY('unclear')).toBe(UNCLEAR_Y)
    expect(UNCLEAR_Y).toBeLessThan(0)
  })

  it('never repeats a date on the axis, and keeps at most eight ticks', () => {
    const many = Array.from({ length: 20 }, (_, i) => item(`c${i}`, 'wary', `2017-11-${String(i + 1).padStart(2, '0')}`))
    const ticks = dayTicks(timelinePoints(many, 'p'))
    expect(ticks.length).toBeLessThanOrEqual(8)
    const labels = ticks.map((t) => new Date(t).toISOString().slice(0, 10))
    expect(new Set(labels).size).toBe(labels.length)
  })
})
