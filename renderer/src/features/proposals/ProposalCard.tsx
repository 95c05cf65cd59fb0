import { Badge, Button, Card, CloseButton, Group, Stack, Text, Tooltip } from '@mantine/core'
import type { RegistriesView } from '../../../../shared/ipc/contract'
import type { ClaimProposal } from '../../../../shared/proposals/types'
import { ATTRIBUTION_KIND_LABELS } from '../../../../shared/proposals/vocabulary'
import { reportingLabels, stanceLabels } from '../annotations/claim-vocabulary'

export interface ProposalCardProps {
  proposal: ClaimProposal
  registries: RegistriesView
  onAccept: () => void
  onEdit: () => void
  onDismiss: () => void
  /** Shows the document's title, in the library-wide queue. */
  documentTitle?: string
  selected?: boolean
  /** Closes the card (the reader); absent in the queue. */
  onClose?: () => void
}

/** What is still missing before a proposal can be accepted as it is. */
export function missingChoice(proposal: ClaimProposal): string | null {
  if (!proposal.sourceId && !proposal.newSource) return 'who said it'
  if (proposal.partyIds.length === 0) return 'a party'
  if (!proposal.issueId) return 'an issue'
  return null
}

/** One proposed claim: who, for whom, on what, how; accept, edit first, or dismiss. */
export function ProposalCard({ proposal, registries, onAccept, onEdit, onDismiss, documentTitle, selected, onClose }: ProposalCardProps): React.JSX.Element {
  const source = registries.sources.find((s) => s.id === proposal.sourceId)
  const parties = proposal.partyIds.map((id) => registries.parties.find((p) => p.id === id)).filter((p) => p !== undefined)
  const issue = registries.issues.find((i) => i.id === proposal.issueId)
  const missing = missingChoice(proposal)
  return (
    <Card withBorder padding="sm" radius="sm" data-proposal-card={proposal.key} data-selected={selected || undefined} style={selected ? { outline: '2px solid var(--mantine-primary-color-filled)' } : undefined}>
      <Stack gap={6}>
        {documentTitle && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {documentTitle}
          </Text>
        )}
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text fw={700} size="sm" lineClamp={1}>
            {proposal.speaker ?? 'Speaker not found'}
          </Text>
          <Group gap={4} wrap="nowrap">
            <Tooltip label="How sure Parley is of the statement and its speaker">
              <Badge variant="light" color={proposal.confidence >= 0.6 ? 'teal' : proposal.confidence >= 0.4 ? 'yellow' : 'gray'} size="sm">
                {Math.round(proposal.confidence * 100)}%
              </Badge>
            </Tooltip>
            {onClose && <CloseButton size="sm" aria-label="Close the proposal" onClick={onClose} />}
          </Group>
        </Group>
        {proposal.role && (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {proposal.role}
          </Text>
        )}
        <Text size="sm" lineClamp={4} style={{ fontStyle: proposal.reporting === 'direct-quote' ? 'italic' : undefined }}>
          {proposal.content.text}
        </Text>
        <Group gap={4}>
          <Badge variant="outline" color="gray" size="xs">
            {ATTRIBUTION_KIND_LABELS[proposal.kind]}
          </Badge>
          {proposal.stanceRecord ? (
            <Tooltip label={`The words do not say; ${proposal.stanceRecord.agreeing} of this ${proposal.stanceRecord.by}'s ${proposal.stanceRecord.of} claims for or against on this issue take this stance`} multiline w={260}>
              <Badge variant="light" size="xs" data-stance-from={`${proposal.stanceRecord.by}-record`}>
                {stanceLabels[proposal.stance]} · {proposal.stanceRecord.by}'s record
              </Badge>
            </Tooltip>
          ) : (
            <Badge variant="light" size="xs">
              {stanceLabels[proposal.stance]}
            </Badge>
          )}
          <Badge variant="light" color="gray" size="xs">
            {reportingLabels[proposal.reporting]}
          </Badge>
        </Group>
        <Text size="xs">
          <b>Source:</b> {source ? source.name : proposal.newSource ? `${proposal.newSource.name} (new)` : '—'} · <b>For:</b> {parties.length > 0 ? parties.map((p) => p.name).join(', ') : '—'} · <b>Issue:</b> {issue?.title ?? '—'}
        </Text>
        <Group gap="xs" justify="flex-end">
          <Button size="compact-sm" variant="subtle" color="gray" onClick={onDismiss}>
            Dismiss
          </Button>
          <Button size="compact-sm" variant="light" onClick={onEdit}>
            Edit…
          </Button>
          <Tooltip label={`Choose ${missing} first (Edit…)`} disabled={!missing}>
            <Button size="compact-sm" onClick={missing ? onEdit : onAccept}>
              Accept
            </Button>
          </Tooltip>
        </Group>
      </Stack>
    </Card>
  )
}
