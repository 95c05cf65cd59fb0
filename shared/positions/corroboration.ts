import type { Claim } from '../domain/annotation'
import type { IndependenceIndex } from './independence'

/** Suggestions below this quote similarity are noise: different sentences by the same speaker. */
export const SAME_STATEMENT_THRESHOLD = 0.6
/** Quotes shorter than this (in words) say too little to be matched on wording. */
const MIN_WORDS = 3

/** Lower-cased word tokens; punctuation and typographic quotes do not make quotes differ. */
function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
}

/**
 * How much two quotes share, 0…1: the overlap of their word sets over the smaller set. One outlet
 * often carries a shorter cut of the same sentence, so containment, not symmetric overlap.
 */
export function quoteSimilarity(a: string, b: string): number {
  const leftWords = words(a)
  const rightWords = words(b)
  const left = new Set(leftWords)
  const right = new Set(rightWords)
  if (left.size < MIN_WORDS || right.size < MIN_WORDS) return leftWords.join(' ') === rightWords.join(' ') ? 1 : 0
  let shared = 0
  for (const w of left) if (right.has(w)) shared++
  return shared / Math.min(left.size, right.size)
}

/** The claims linked with `claim` as one statement, itself included (alone when unlinked). */
export function statementOf(claim: Claim, claims: readonly Claim[]): Claim[] {
  if (claim.statementId === null) return [claim]
  return claims.filter((c) => c.id === claim.id || (c.statementId !== null && c.statementId === claim.statementId))
}

export interface SameStatementSuggestion {
  claim: Claim
  similarity: number
}

/**
 * Candidates for "same statement": other claims by the same source, not already linked with it,
 * whose quotes are similar enough. Most similar first; ties go to the nearest statement date.
 */
export function suggestSameStatement(claim: Claim, claims: readonly Claim[], limit = 10): SameStatementSuggestion[] {
  const linked = new Set(statementOf(claim, claims).map((c) => c.id))
  const day = (c: Claim) => (c.statementDate ? Date.parse(c.statementDate) : Number.NaN)
  const distance = (c: Claim) => {
    const gap = Math.abs(day(c) - day(claim))
    return Number.isNaN(gap) ? Number.POSITIVE_INFINITY : gap
  }
  return claims
    .filter((c) => c.sourceId === claim.sourceId && !linked.has(c.id))
    .map((c) => ({ claim: c, similarity: quoteSimilarity(claim.target.quote.exact, c.target.quote.exact) }))
    .filter((s) => s.similarity >= SAME_STATEMENT_THRESHOLD)
    .sort((a, b) => b.similarity - a.similarity || distance(a.claim) - distance(b.claim))
    .slice(0, limit)
}

export interface StatementReach {
  /** Claims linked as this statement, the claim itself included. */
  claimCount: number
  /** Independent reports carrying it: reprints and one outlet's several pieces count once. */
  independentOutlets: number
}

/** How widely each claim's statement is reported, for one library: the statements are grouped once. */
export function statementReachIndex(claims: readonly Claim[], independence: IndependenceIndex): (claim: Claim) => StatementReach {
  const documentsByStatement = new Map<string, string[]>()
  for (const c of claims) if (c.statementId !== null) documentsByStatement.set(c.statementId, [...(documentsByStatement.get(c.statementId) ?? []), c.target.documentId])
  return (claim) => {
    const documentIds = (claim.statementId !== null && documentsByStatement.get(claim.statementId)) || [claim.target.documentId]
    return { claimCount: documentIds.length, independentOutlets: independence.count(documentIds) }
  }
}

/**
 * The statement ids after linking `claimIds` as one statement: every group they belong to merges
 * into one under an id it already had (the smallest, so the order of linking does not matter), else
 * a new one. Returns claim id → statement id for every claim in the merged statement.
 */
export function linkAsOneStatement(claimIds: readonly string[], claims: readonly Claim[], newId: () => string): Map<string, string> {
  const wanted = new Set(claimIds)
  const chosen = claims.filter((c) => wanted.has(c.id))
  const existing = [...new Set(chosen.map((c) => c.statementId).filter((id): id is string => id !== null))].sort()
  const id = existing[0] ?? newId()
  const merged = new Set(existing)
  const result = new Map<string, string>()
  for (const c of claims) if (wanted.has(c.id) || (c.statementId !== null && merged.has(c.statementId))) result.set(c.id, id)
  return result
}

/**
 * The statement ids after taking `claimId` out of its statement: it stands alone, and a claim
 * left alone in the statement stands alone too. Returns claim id → new id (null) for changes.
 */
export function unlinkFromStatement(claimId: string, claims: readonly Claim[]): Map<string, null> {
  const claim = claims.find((c) => c.id === claimId)
  const result = new Map<string, null>()
  if (!claim || claim.statementId === null) return result
  result.set(claim.id, null)
  const rest = claims.filter((c) => c.id !== claim.id && c.statementId === claim.statementId)
  if (rest.length === 1) result.set(rest[0]!.id, null)
  return result
}
