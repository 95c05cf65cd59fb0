import { Badge, Group, Text } from '@mantine/core'
import type { Party } from '../../../../shared/domain/registries'

/** The parties a source speaks for, each a badge in the party's colour; ids of vanished parties are skipped. */
export function PartyBadges({ partyIds, partiesById }: { partyIds: string[]; partiesById: ReadonlyMap<string, Party> }): React.JSX.Element {
  const parties = partyIds.flatMap((id) => partiesById.get(id) ?? [])
  if (parties.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    )
  }
  return (
    <Group gap={4}>
      {parties.map((party) => (
        <Badge key={party.id} color={party.color} variant="light" tt="none">
          {party.name}
        </Badge>
      ))}
    </Group>
  )
}
