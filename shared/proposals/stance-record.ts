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

type RecordedClaim = Pick<Claim, 'issueId' | 'partyIds' | 'stance'> & { sourceId?: string }

/**
 * The positions the library's claims already record, per issue and per source and party. When a
 * statement's own words do not settle its stance, the record is the better guess: speakers and
 * parties rarely change sides on an issue between one article and the next, and the analyst
 * checked every claim counted here. The speaker's own record comes first, then its parties'.
 * Only "supports" and "opposes" count; a tie says nothing.
 */
export class StanceRecord {
  static readonly empty = new StanceRecord([])
  /** Per issue and source or party, the claims for or against (by index, so a claim for two parties counts once). */
  private readonly claimsBy = new Map<string, number[]>()

  constructor(private readonly claims: readonly RecordedClaim[]) {
    claims.forEach((claim, index) => {
      if (claim.stance !== 'supports' && claim.stance !== 'opposes') return
      const keys = [...new Set(claim.partyIds)].map((partyId) => `${claim.issueId}|party:${partyId}`)
      if (claim.sourceId) keys.push(`${claim.issueId}|source:${claim.sourceId}`)
      for (const key of keys) {
        const list = this.claimsBy.get(key)
        if (list) list.push(index)
        else this.claimsBy.set(key, [index])
      }
    })
  }

  /** The stance the source's claims on the issue mostly take, else its parties' claims; null without a clear majority. */
  leaning(issueId: string, partyIds: readonly string[], sourceId: string | null = null): StanceLeaning | null {
    const own = sourceId ? this.majority([`${issueId}|source:${sourceId}`], 'source') : null
    return own ?? this.majority(partyIds.map((partyId) => `${issueId}|party:${partyId}`), 'party')
  }

  private majority(keys: readonly string[], by: StanceLeaning['by']): StanceLeaning | null {
    const counted = new Set(keys.flatMap((key) => this.claimsBy.get(key) ?? []))
    let supports = 0
    for (const index of counted) if (this.claims[index]!.stance === 'supports') supports++
    const opposes = counted.size - supports
    if (supports === opposes) return null
    return { stance: supports > opposes ? 'supports' : 'opposes', by, agreeing: Math.max(supports, opposes), of: counted.size }
  }
}
