import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { EvidenceItem } from '../../../../shared/ipc/contract'
import type { Party } from '../../../../shared/domain/registries'
import { hrefFor } from '../../app/use-hash-route'
import { StanceBadge } from './StanceBadge'

const dateOf = (item: EvidenceItem) => item.claim.statementDate ?? item.document.publishedAt?.slice(0, 10) ?? ''

/** Two to four parties' statements on one issue, in columns, in date order. */
export function SideBySide({ claims, parties }: { claims: EvidenceItem[]; parties: Party[] }): React.JSX.Element {
  return (
    <SimpleGrid cols={Math.max(2, parties.length)} spacing="md" data-testid="side-by-side">
      {parties.map((party) => {
        const column = claims.filter((item) => item.claim.partyIds.includes(party.id)).sort((a, b) => dateOf(a).localeCompare(dateOf(b)))
        return (
          <Stack key={party.id} gap="sm" aria-label={`${party.name} statements`} role="region">
            <Title order={4} style={{ borderBottom: `3px solid ${party.color}` }} pb={4}>
              {party.name}
            </Title>
            {column.length === 0 && (
              <Text size="sm" c="dimmed">
                No statements on this issue.
              </Text>
            )}
            {column.map((item) => (
              <Paper key={item.claim.id} withBorder p="xs">
                <Group gap={6} mb={4}>
                  <Text size="xs" c="dimmed">
                    {dateOf(item) || 'undated'}
                  </Text>
                  <StanceBadge stance={item.claim.stance} size="sm" />
                </Group>
                <Anchor href={hrefFor({ page: 'reader', documentId: item.document.id, annotationId: item.claim.id })} c="inherit" underline="never">
                  <Text size="sm" fs="italic">
                    “{item.claim.target.quote.exact}”
                  </Text>
                </Anchor>
                <Text size="xs" c="dimmed" mt={4}>
                  {item.source?.name ?? 'Unknown source'} · {item.document.outlet ?? 'unknown outlet'}
                </Text>
              </Paper>
            ))}
          </Stack>
        )
      })}
    </SimpleGrid>
  )
}
