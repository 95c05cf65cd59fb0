import { Badge } from '@mantine/core'
import type { Claim } from '../../../../shared/domain/annotation'

type Stance = Claim['stance'] | 'mixed'

/** A symbol and a word for every stance: colour is never the only signal (colour-blind readers). */
const stanceLook: Record<Stance, { color: string; symbol: string; label: string }> = {
  supports: { color: 'teal', symbol: '✔', label: 'Supports' },
  opposes: { color: 'red', symbol: '✖', label: 'Opposes' },
  conditional: { color: 'yellow', symbol: '◐', label: 'Conditional' },
  wary: { color: 'orange', symbol: '⚠', label: 'Wary' },
  neutral: { color: 'gray', symbol: '○', label: 'Neutral' },
  unclear: { color: 'gray', symbol: '?', label: 'Unclear' },
  mixed: { color: 'grape', symbol: '⇄', label: 'Mixed' },
}

export function StanceBadge({ stance, size = 'md' }: { stance: Stance; size?: 'sm' | 'md' }): React.JSX.Element {
  const look = stanceLook[stance]
  return (
    <Badge color={look.color} variant="light" size={size} leftSection={<span aria-hidden="true">{look.symbol}</span>}>
      {look.label}
    </Badge>
  )
}
