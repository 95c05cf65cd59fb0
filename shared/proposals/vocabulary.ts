import type { AttributionKind } from '../attribution/types'

/** How each kind of attributed statement is named on screen. */
export const ATTRIBUTION_KIND_LABELS: Record<AttributionKind, string> = {
  direct: 'Direct quote',
  indirect: 'Indirect speech',
  'according-to': 'According to',
  belief: 'Belief or intention',
  'speech-block': 'Transcript speech',
}
