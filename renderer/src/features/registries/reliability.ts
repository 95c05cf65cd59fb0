import type { Reliability } from '../../../../shared/domain/registries'

/** The NATO / Admiralty source-reliability grades, A best, F unknown. */
export const reliabilityGrades = ['A', 'B', 'C', 'D', 'E', 'F'] as const satisfies readonly Reliability[]

/** What each grade means, as the analyst reads it. */
export const reliabilityLabels: Record<Reliability, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'cannot be judged',
}

/** "B — usually reliable" */
export function describeReliability(grade: Reliability): string {
  return `${grade} — ${reliabilityLabels[grade]}`
}

/** Options for a Select of grades, each with its meaning. */
export const reliabilityOptions = reliabilityGrades.map((grade) => ({ value: grade, label: describeReliability(grade) }))

export const isReliability = (value: string | null): value is Reliability => reliabilityGrades.some((grade) => grade === value)
