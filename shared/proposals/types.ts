import type { AttributedStatement, AttributionKind, TextSpan } from '../attribution/types'
import type { Claim } from '../domain/annotation'
import type { Source } from '../domain/registries'
import type { StanceLeaning } from './stance-record'

/** A source the registry does not hold yet, proposed from the text's own words. */
export interface NewSourceProposal {
  name: string
  role: string | null
  kind: Source['kind']
}

/**
 * A claim Parley proposes from an attributed statement: the statement itself (spans, speaker,
 * kind; its confidence also weighs how well the registries matched), and the fields a claim
 * needs, matched against the library's registries. The analyst accepts, edits or dismisses.
 */
export interface ClaimProposal extends AttributedStatement {
  /** Stable across re-runs and re-reads of the same words, so a dismissal sticks. */
  key: string
  documentId: string
  /** The registry's source, or null with `newSource` set. */
  sourceId: string | null
  newSource: NewSourceProposal | null
  partyIds: string[]
  issueId: string | null
  stance: Claim['stance']
  /** Whether the statement's own words settle the stance (a record never overrides them). */
  stanceSure: boolean
  /**
   * Set when the words did not settle the stance and it was taken from how the claims of the
   * same source (or, without a clear record, its party) on the same issue mostly stand; null
   * when the stance comes from the words.
   */
  stanceRecord: StanceLeaning | null
  reporting: Claim['reporting']
}

export type { AttributedStatement, AttributionKind, TextSpan }
