import { Group, Table, Text } from '@mantine/core'
import type { EvidenceItem } from '../../../../shared/ipc/contract'
import type { Party } from '../../../../shared/domain/registries'
import { StanceBadge } from './StanceBadge'

/** One issue by outlet: which parties each outlet quotes, with which stance, and whom it leaves out. */
export function Coverage({ claims, parties }: { claims: EvidenceItem[]; parties: Party[] }): React.JSX.Element {
  const outlets = [...new Set(claims.map((item) => item.document.outlet ?? 'Unknown outlet'))].sort()
  if (outlets.length === 0) return <Text c="dimmed">No claims on this issue.</Text>
  return (
    <Table withTableBorder withColumnBorders aria-label="Coverage by outlet">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Outlet</Table.Th>
          {parties.map((party) => (
            <Table.Th key={party.id}>{party.name}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {outlets.map((outlet) => (
          <Table.Tr key={outlet}>
            <Table.Th scope="row">{outlet}</Table.Th>
            {parties.map((party) => {
              const quoted = claims.filter((item) => (item.document.outlet ?? 'Unknown outlet') === outlet && item.claim.partyIds.includes(party.id))
              const stances = [...new Set(quoted.map((item) => item.claim.stance))]
              return (
                <Table.Td key={party.id} aria-label={`${outlet}, ${party.name}: ${quoted.length === 0 ? 'not quoted' : stances.join(', ')}`}>
                  {quoted.length === 0 ? (
                    <Text size="xs" c="dimmed" fs="italic">
                      not quoted
                    </Text>
                  ) : (
                    <Group gap={4}>
                      {stances.map((stance) => (
                        <StanceBadge key={stance} stance={stance} size="sm" />
                      ))}
                      <Text size="xs" c="dimmed">
                        {quoted.length}×
                      </Text>
                    </Group>
                  )}
                </Table.Td>
              )
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
