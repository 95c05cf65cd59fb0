import type { EvidenceItem } from '../../../../shared/ipc/contract'

/**
 * Stances from hostile to favourable, so the line reads as movement; "unclear" says nothing about
 * the direction, so it sits apart, below the scale.
 */
export const stanceScale = ['opposes', 'wary', 'neutral', 'conditional', 'supports'] as const
export const UNCLEAR_Y = -1.5
export const stanceY = (stance: string): number => (stance === 'unclear' ? UNCLEAR_Y : stanceScale.indexOf(stance as (typeof stanceScale)[number]))

export interface TimelinePoint {
  x: number
  y: number
  item: EvidenceItem
}

const DAY = 86_400_000
/** Claims of one day and stance are spread over a few hours either side, so each is its own dot. */
const SPREAD = 4 * 3_600_000

/** A party's dated claims as points; several claims on one day and stance are drawn side by side. */
export function timelinePoints(claims: readonly EvidenceItem[], partyId: string): TimelinePoint[] {
  const dated = claims
    .filter((item) => item.claim.partyIds.includes(partyId))
    .flatMap((item) => {
      const date = item.claim.statementDate ?? item.document.publishedAt?.slice(0, 10)
      return date ? [{ x: Date.parse(`${date}T00:00:00Z`), y: stanceY(item.claim.stance), item }] : []
    })
    .sort((a, b) => a.x - b.x || a.y - b.y || a.item.claim.id.localeCompare(b.item.claim.id))
  const groups = new Map<string, TimelinePoint[]>()
  for (const point of dated) groups.set(`${point.x}|${point.y}`, [...(groups.get(`${point.x}|${point.y}`) ?? []), point])
  for (const group of groups.values()) group.forEach((point, i) => (point.x += (i - (group.length - 1) / 2) * SPREAD))
  return dated
}

/** One tick per day that has claims (at most `max`, evenly picked): never the same date twice. */
export function dayTicks(points: readonly TimelinePoint[], max = 8): number[] {
  const days = [...new Set(points.map((p) => Math.floor(p.x / DAY + 0.5) * DAY))].sort((a, b) => a - b)
  if (days.length <= max) return days
  const step = (days.length - 1) / (max - 1)
  return [...new Set(Array.from({ length: max }, (_, i) => days[Math.round(i * step)]!))]
}
