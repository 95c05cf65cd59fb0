import { Anchor, Badge, Blockquote, Drawer, Group, Stack, Text } from '@mantine/core'
import type { EvidenceItem } from '../../../../shared/ipc/contract'
import { hrefFor } from '../../app/use-hash-route'
import { reportingLabels } from '../annotations/claim-vocabulary'
import { StanceBadge } from './StanceBadge'

export interface EvidenceDrawerProps {
  title: string
  evidence: EvidenceItem[] | null
  onClose: () => void
}

/** The claims behind a cell, newest first; each quote opens the reader at its passage. */
export function EvidenceDrawer({ title, evidence, onClose }: EvidenceDrawerProps): React.JSX.Element {
  const sorted = [...(evidence ?? [])].sort((a, b) => (b.claim.statementDate ?? b.document.publishedAt ?? '').localeCompare(a.claim.statementDate ?? a.document.publishedAt ?? ''))
  return (
    <Drawer opened={evidence !== null} onClose={onClose} position="right" size="lg" title={title}>
      <Stack gap="md">
        {sorted.map(({ claim, source, document }) => (
          <Stack key={claim.id} gap={4} data-testid="evidence-item">
            <Group gap="xs">
              <StanceBadge stance={claim.stance} size="sm" />
              <Text size="sm" fw={600}>
                {source?.name ?? 'Unknown source'}
              </Text>
              <Badge size="xs" variant="outline" title="Source reliability and information credibility">
                {source?.reliability ?? '?'}
                {claim.credibility}
              </Badge>
            </Group>
            <Anchor href={hrefFor({ page: 'reader', documentId: document.id, annotationId: claim.id })} underline="never" c="inherit">
              <Blockquote p="xs" pl="md" fz="sm" style={{ whiteSpace: 'pre-line' }}>
                “{claim.target.quote.exact}”
              </Blockquote>
            </Anchor>
            <Text size="xs" c="dimmed">
              {[document.outlet, claim.statementDate ?? document.publishedAt?.slice(0, 10), reportingLabels[claim.reporting]].filter(Boolean).join(' · ')} — {document.title}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Drawer>
  )
}
