import { Stack, Table, Text, Tooltip, UnstyledButton } from '@mantine/core'
import type { PositionsView } from '../../../../shared/ipc/contract'
import { StanceBadge } from './StanceBadge'

export interface PositionMatrixTableProps {
  view: PositionsView
  onOpenCell: (issueId: string, partyId: string) => void
}

const range = (from: string | null, to: string | null) => (from && to && from !== to ? `${from} – ${to}` : (to ?? from ?? 'undated'))

/** Issues down, parties across; each filled cell summarises the party's stance with its evidence counts. */
export function PositionMatrixTable({ view, onOpenCell }: PositionMatrixTableProps): React.JSX.Element {
  const parties = view.parties.filter((p) => view.issues.some((i) => view.cells[`${i.id}|${p.id}`]))
  const issues = view.issues.filter((i) => parties.some((p) => view.cells[`${i.id}|${p.id}`]))
  if (issues.length === 0) {
    return <Text c="dimmed">No claims match. Make claims in the reader (select text, press C), or loosen the filters.</Text>
  }
  return (
    <Table.ScrollContainer minWidth={200 + parties.length * 170}>
      <Table withTableBorder withColumnBorders verticalSpacing="xs" aria-label="Positions by issue and party">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Issue</Table.Th>
            {parties.map((party) => (
              <Table.Th key={party.id} style={{ borderTop: `3px solid ${party.color}` }}>
                {party.name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((issue) => (
            <Table.Tr key={issue.id}>
              <Table.Th scope="row">{issue.title}</Table.Th>
              {parties.map((party) => {
                const cell = view.cells[`${issue.id}|${party.id}`]
                if (!cell) return <Table.Td key={party.id} aria-label={`${party.name} on ${issue.title}: no claims`} />
                return (
                  <Table.Td key={party.id} p={0}>
                    <UnstyledButton w="100%" p="xs" onClick={() => onOpenCell(issue.id, party.id)} aria-label={`${party.name} on ${issue.title}: ${cell.stance}, ${cell.claimCount} claims`}>
                      <Stack gap={4}>
                        <div>
                          <StanceBadge stance={cell.stance} size="sm" />
                          {cell.shifted && (
                            <Tooltip label="The stance changed over time">
                              <Text span size="xs" ml={6} c="orange" fw={700}>
                                ↺ shifted
                              </Text>
                            </Tooltip>
                          )}
                        </div>
                        <Text size="xs" c="dimmed">
                          {cell.claimCount} claim{cell.claimCount === 1 ? '' : 's'} · {cell.independentOutlets} independent report{cell.independentOutlets === 1 ? '' : 's'}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {range(cell.firstDate, cell.lastDate)}
                        </Text>
                      </Stack>
                    </UnstyledButton>
                  </Table.Td>
                )
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
