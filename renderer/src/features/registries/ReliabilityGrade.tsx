import { Badge, Tooltip } from '@mantine/core'
import type { Reliability } from '../../../../shared/domain/registries'
import { describeReliability } from './reliability'

/** A source's Admiralty grade; hovering or focusing it tells what the letter means. */
export function ReliabilityGrade({ grade }: { grade: Reliability }): React.JSX.Element {
  const meaning = describeReliability(grade)
  return (
    <Tooltip label={meaning}>
      <Badge variant="outline" color="gray" aria-label={`Reliability ${meaning}`} tabIndex={0}>
        {grade}
      </Badge>
    </Tooltip>
  )
}
