import type { Claim } from '../domain/annotation'

/** How a party has stood on an issue in the analyst's claims: the stance most of them take. */
export interface StanceLeaning {
  stance: 'supports' | 'opposes'
  /** Claims taking that stance, and claims for or against in all. */
  agreeing: number
  of: number
}

/**
 * The positions the library's claims already record, per issue and party. When a statement's
 * own words do not settle its stance, the party's record is the better guess: parties rarely
 * change sides on an issue between one article and the next, and the analyst checked every
 * claim counted here. Only "supports" and "opposes" count; a tie says nothing.
 */
export class StanceRecord {
  static readonly empty = new StanceRecord([])
  private readonly counts = new Map<string, { supports: number; opposes: number }>()
  /** Equal for records that would lean the same way everywhere, so proposals made under one can be reused. */
  readonly signature: string

  constructor(claims: ReadonlyArray<Pick<Claim, 'issueId' | 'partyIds' | 'stance'>>) {
    for (const claim of claims) {
      if (claim.stance !== 'supports' && claim.stance !== 'opposes') continue
      for (const partyId of new Set(claim.partyIds)) {
        const key = `${claim.issueId}|${partyId}`
        const count = this.counts.get(key) ?? { supports: 0, opposes: 0 }
        count[claim.stance]++
        this.counts.set(key, count)
      }
    }
    this.signature = [...this.counts].map(([key, c]) => `${key}:${c.supports}:${c.opposes}`).sort().join(',')
  }

  /** The stance these parties' claims on the issue mostly take, or null without a clear majority. */
  leaning(issueId: string, partyIds: readonly string[]): StanceLeaning | null {
    let supports = 0
    let opposes = 0
    for (const partyId of new Set(partyIds)) {
      const count = this.counts.get(`${issueId}|${partyId}`)
      supports += count?.supports ?? 0
      opposes += count?.opposes ?? 0
    }
    if (supports === opposes) return null
    return { stance: supports > opposes ? 'supports' : 'opposes', agreeing: Math.max(supports, opposes), of: supports + opposes }
  }
}
