import type { Claim } from '../../../../shared/domain/annotation'

export const stanceLabels: Record<Claim['stance'], string> = {
  supports: 'Supports',
  opposes: 'Opposes',
  conditional: 'Conditional',
  wary: 'Wary',
  neutral: 'Neutral',
  unclear: 'Unclear',
}

export const reportingLabels: Record<Claim['reporting'], string> = {
  'direct-quote': 'Direct quote',
  paraphrase: 'Paraphrase',
  'third-party': 'Reported by a third party',
}

/** Admiralty information credibility, judged apart from the source's reliability. */
export const credibilityLabels: Record<number, string> = {
  1: '1 — Confirmed by other sources',
  2: '2 — Probably true',
  3: '3 — Possibly true',
  4: '4 — Doubtful',
  5: '5 — Improbable',
  6: '6 — Cannot be judged',
}
