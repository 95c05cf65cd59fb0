import { Anchor, Badge, Blockquote, Group, Stack, Text } from '@mantine/core'
import type { EvidenceItem } from '../../../../shared/ipc/contract'
import { hrefFor } from '../../app/use-hash-route'
import { reportingLabels } from '../annotations/claim-vocabulary'
import { StanceBadge } from './StanceBadge'
import { countOf } from '../../../../shared/text/plural'

/** "Carried by 2 independent outlets · 3 linked claims": how far a statement travelled. */
export function reachLabel({ claimCount, independentOutlets }: EvidenceItem['reach']): string {
  const outlets = `Carried by ${countOf(independentOutlets, 'independent outlet')}`
  return claimCount > 1 ? `${outlets} · ${countOf(claimCount, 'linked claim')}` : outlets
}

/** One claim as evidence: stance, source and grade, the quote (opens the reader), provenance. */
export function ClaimEvidence({ item, actions, showReach = true }: { item: EvidenceItem; actions?: React.ReactNode; showReach?: boolean }): React.JSX.Element {
  const { claim, source, document } = item
  return (
    <Stack gap={4} data-testid="evidence-item">
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
      {(showReach || actions) && (
        <Group gap="xs" justify="space-between">
          {showReach && (
            <Text size="xs" data-testid="statement-reach">
              {reachLabel(item.reach)}
            </Text>
          )}
          {actions}
        </Group>
      )}
    </Stack>
  )
}
