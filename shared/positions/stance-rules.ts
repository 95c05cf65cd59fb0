import { compareDates } from './claim-date'
import type { CellStance, DatedClaim, HistoryPoint, Stance } from './types'

/** Whether the claim is first-hand (a direct quote or paraphrase) rather than a third-party report. */
export const isFirstHand = (claim: DatedClaim['claim']) => claim.reporting !== 'third-party'

/** Newest first; undated last; ties by id so the order is stable. */
export function newestFirst(a: DatedClaim, b: DatedClaim): number {
  return compareDates(b.date, a.date) || (a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0)
}

/**
 * One stance for claims made at the same time: their common stance, 'mixed' when they disagree.
 * 'unclear' is ignored when any other stance is present. Empty input gives 'unclear'.
 */
export function combineStances(stances: Iterable<Stance>): CellStance {
  const distinct = new Set(stances)
  if (distinct.size > 1) distinct.delete('unclear')
  if (distinct.size === 0) return 'unclear'
  if (distinct.size > 1) return 'mixed'
  return distinct.values().next().value!
}

/** First-hand statements outweigh third-party reports: when any exist, only they decide. */
export function decidingClaims<T extends DatedClaim>(claims: readonly T[]): T[] {
  const firstHand = claims.filter((c) => isFirstHand(c.claim))
  return firstHand.length > 0 ? firstHand : [...claims]
}

/** One point per date, oldest first (undated first), each with the combined stance of its claims. */
export function stanceHistory(claims: readonly DatedClaim[]): HistoryPoint[] {
  const byDate = new Map<string | null, DatedClaim[]>()
  for (const c of claims) {
    const list = byDate.get(c.date)
    if (list) list.push(c)
    else byDate.set(c.date, [c])
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => compareDates(a, b))
    .map(([date, list]) => ({
      date,
      stance: combineStances(list.map((c) => c.claim.stance)),
      claimIds: list.map((c) => c.claim.id).sort(),
    }))
}

/**
 * A later statement outweighs an earlier one: the stance of the latest point of the history
 * (built from the deciding claims). Returns the point, or null for an empty history.
 */
export function currentPoint(history: readonly HistoryPoint[]): HistoryPoint | null {
  return history[history.length - 1] ?? null
}

/**
 * Whether the position moved: some earlier point's stance differs from the latest one, counting
 * only definite stances ('unclear' and 'mixed' points are ignored on both sides; the latest
 * definite point stands for the current stance).
 */
export function hasShifted(history: readonly HistoryPoint[]): boolean {
  let current: CellStance | null = null
  for (let i = history.length - 1; i >= 0; i--) {
    const stance = history[i]!.stance
    if (stance === 'unclear' || stance === 'mixed') continue
    if (current === null) current = stance
    else if (stance !== current) return true
  }
  return false
}

/**
 * Why a cell reads as it does: since when the current stance has held (the first date of the
 * latest run of that stance), and the definite stance before it ('unclear' and 'mixed' points are
 * passed over, as in hasShifted). Both null when the stance never changed or has no date.
 */
export function stanceSince(history: readonly HistoryPoint[]): { since: string | null; previous: CellStance | null } {
  const current = currentPoint(history)
  if (!current) return { since: null, previous: null }
  let start = history.length - 1
  let j = history.length - 2
  for (; j >= 0; j--) {
    const stance = history[j]!.stance
    if (stance === current.stance) start = j
    else if (stance !== 'unclear' && stance !== 'mixed') break
  }
  const previous = j >= 0 ? history[j]!.stance : null
  return { since: previous === null ? null : history[start]!.date, previous }
}
