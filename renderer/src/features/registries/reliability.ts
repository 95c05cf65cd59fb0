import type { Reliability } from '../../../../shared/domain/registries'
import { describeReliability, RELIABILITY_GRADES } from '../../../../shared/domain/vocabulary'

export { describeReliability, RELIABILITY_MEANINGS as reliabilityLabels } from '../../../../shared/domain/vocabulary'

/** The NATO / Admiralty source-reliability grades, A best, F unknown. */
export const reliabilityGrades = RELIABILITY_GRADES

/** Options for a Select of grades, each with its meaning. */
export const reliabilityOptions = reliabilityGrades.map((grade) => ({ value: grade, label: describeReliability(grade) }))

export const isReliability = (value: string | null): value is Reliability => reliabilityGrades.some((grade) => grade === value)
