import type { Claim } from './annotation'
import type { Reliability, Source } from './registries'

/**
 * Parley's words for graded and coded values, shared by the screens and the report, so a printed
 * report reads like the screens the analyst worked in.
 */

/** A cell's stance: a claim's, or 'mixed' when the deciding claims disagree. */
type CellStance = Claim['stance'] | 'mixed'

export interface StanceLook {
  /** Key of the stance ('mixed' for a cell whose deciding claims disagree). */
  stance: CellStance
  label: string
  /** A text symbol, so the stance never depends on colour (paper, colour-blind readers). */
  symbol: string
}

const STANCE_LOOKS: Record<CellStance, Omit<StanceLook, 'stance'>> = {
  supports: { symbol: '✔', label: 'Supports' },
  opposes: { symbol: '✖', label: 'Opposes' },
  conditional: { symbol: '◐', label: 'Conditional' },
  wary: { symbol: '⚠', label: 'Wary' },
  neutral: { symbol: '○', label: 'Neutral' },
  unclear: { symbol: '?', label: 'Unclear' },
  mixed: { symbol: '⇄', label: 'Mixed' },
}

/** Legend order: the claim stances, then 'mixed'. */
export const STANCE_ORDER: readonly CellStance[] = ['supports', 'opposes', 'conditional', 'wary', 'neutral', 'unclear', 'mixed']

export const stanceLook = (stance: CellStance): StanceLook => ({ stance, ...STANCE_LOOKS[stance] })

/** The matrix marker for a position that moved over time (same words as the Positions page). */
export const SHIFTED_MARKER = '↺ shifted'

export const REPORTING_LABELS: Record<Claim['reporting'], string> = {
  'direct-quote': 'Direct quote',
  paraphrase: 'Paraphrase',
  'third-party': 'Reported by a third party',
}

export const RELIABILITY_GRADES: readonly Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F']

/** NATO / Admiralty source reliability. */
export const RELIABILITY_MEANINGS: Record<Reliability, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'cannot be judged',
}

/** Admiralty information credibility, judged apart from the source's reliability. */
export const CREDIBILITY_MEANINGS: Record<number, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'cannot be judged',
}

export const SOURCE_KIND_LABELS: Record<Source['kind'], string> = { person: 'Person', organisation: 'Organisation', document: 'Document' }

export const ANNOTATION_KIND_LABELS = { highlight: 'Highlight', note: 'Note', claim: 'Claim' } as const

/** "B — usually reliable" */
export const describeReliability = (grade: Reliability): string => `${grade} — ${RELIABILITY_MEANINGS[grade]}`

/**
 * The Admiralty grade of a claim: its source's reliability letter and the claim's credibility
 * digit ("B2"). An unknown (deleted) source cannot be judged: F.
 */
export function admiraltyGrade(source: Source | undefined, credibility: number): string {
  return `${source?.reliability ?? 'F'}${credibility}`
}

/** "Source B, usually reliable · Information 2, probably true": each half of the grade in plain words. */
export function describeGrade(source: Source | undefined, credibility: number): string {
  const reliability = source?.reliability ?? 'F'
  return `Source ${reliability}, ${RELIABILITY_MEANINGS[reliability]} · Information ${credibility}, ${CREDIBILITY_MEANINGS[credibility] ?? 'cannot be judged'}`
}
