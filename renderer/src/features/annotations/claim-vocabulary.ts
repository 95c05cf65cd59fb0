import type { Claim } from '../../../../shared/domain/annotation'
import { CREDIBILITY_MEANINGS, stanceLook } from '../../../../shared/domain/vocabulary'

export { REPORTING_LABELS as reportingLabels } from '../../../../shared/domain/vocabulary'

const stances: Claim['stance'][] = ['supports', 'opposes', 'conditional', 'wary', 'neutral', 'unclear']
export const stanceLabels = Object.fromEntries(stances.map((stance) => [stance, stanceLook(stance).label])) as Record<Claim['stance'], string>

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Admiralty information credibility, judged apart from the source's reliability: "2 — Probably true". */
export const credibilityLabels: Record<number, string> = Object.fromEntries(Object.entries(CREDIBILITY_MEANINGS).map(([grade, meaning]) => [grade, `${grade} — ${capitalised(meaning)}`]))
