import type { Claim } from '../domain/annotation'

/** How a source, or its party, has stood on an issue in the analyst's claims: the stance most of them take. */
export interface StanceLeaning {
  stance: 'supports' | 'opposes'
  /** Whose claims: the same source's, or (when it has no clear record) its parties'. */
  by: 'source' | 'party'
  /** Claims taking that stance, and claims for or against in all. */
  agreeing: number
  of: number
}

type Count = { supports: number; opposes: number }

/**
 * The positions the library's claims already record, per issue and per source and party. When a
 * statement's own words do not settle its stance, the record is the better guess: speakers and
 * parties rarely change sides on an issue between one article and the next, and the analyst
 * checked every claim counted here. The speaker's own record comes first, then its parties'.
 * Only "supports" and "opposes" count; a tie says nothing.
 */
export class StanceRecord {
  static readonly empty = new StanceRecord([])
  private readonly counts = new Map<string, Count>()
  /** Equal for records that would lean the same way everywhere, so proposals made under one can be reused. */
  readonly signature: string

  constructor(claims: ReadonlyArray<Pick<Claim, 'issueId' | 'partyIds' | 'stance'> & { sourceId?: string }>) {
    for (const claim of claims) {
      if (claim.stance !== 'supports' && claim.stance !== 'opposes') continue
      const keys = [...new Set(claim.partyIds)].map((partyId) => `${claim.issueId}|party:${partyId}`)
      if (claim.sourceId) keys.push(`${claim.issueId}|source:${claim.sourceId}`)
      for (const key of keys) {
        const count = this.counts.get(key) ?? { supports: 0, opposes: 0 }
        count[claim.stance]++
        this.counts.set(key, count)
      }
    }
    this.signature = [...this.counts].map(([key, c]) => `${key}:${c.supports}:${c.opposes}`).sort().join(',')
  }

  /** The stance the source's claims on the issue mostly take, else its parties' claims; null without a clear majority. */
  leaning(issueId: string, partyIds: readonly string[], sourceId: string | null = null): StanceLeaning | null {
    const own = sourceId ? majority([this.counts.get(`${issueId}|source:${sourceId}`)], 'source') : null
    return own ?? majority([...new Set(partyIds)].map((partyId) => this.counts.get(`${issueId}|party:${partyId}`)), 'party')
  }
}

function majority(counts: ReadonlyArray<Count | undefined>, by: StanceLeaning['by']): StanceLeaning | null {
  const supports = counts.reduce((sum, c) => sum + (c?.supports ?? 0), 0)
  const opposes = counts.reduce((sum, c) => sum + (c?.opposes ?? 0), 0)
  if (supports === opposes) return null
  return { stance: supports > opposes ? 'supports' : 'opposes', by, agreeing: Math.max(supports, opposes), of: supports + opposes }
}
