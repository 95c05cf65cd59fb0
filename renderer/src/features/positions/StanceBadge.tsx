import { Badge } from '@mantine/core'
import type { CellStance } from '../../../../shared/positions/types'
import { stanceLook } from './stance-look'

export function StanceBadge({ stance, size = 'md' }: { stance: CellStance; size?: 'sm' | 'md' }): React.JSX.Element {
  const look = stanceLook(stance)
  return (
    <Badge color={look.color} variant="light" size={size} leftSection={<span aria-hidden="true">{look.symbol}</span>}>
      {look.label}
    </Badge>
  )
}
