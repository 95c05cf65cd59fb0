import type { Claim } from '../domain/annotation'
import type { ParleyDocument } from '../domain/document'

/** The day a claim speaks for: its statementDate, else its document's publishedAt (day part), else null. */
export function claimDate(claim: Claim, document: ParleyDocument | undefined): string | null {
  return claim.statementDate ?? document?.publishedAt?.slice(0, 10) ?? null
}

/** Orders dates oldest first; undated (null) is older than any dated day. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return -1
  if (b === null) return 1
  return a < b ? -1 : 1
}

/** Lookup by id, built once so filters and aggregation never scan arrays. */
export function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>()
  for (const item of items) map.set(item.id, item)
  return map
}
