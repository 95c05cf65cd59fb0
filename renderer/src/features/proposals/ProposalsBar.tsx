import { Alert, Anchor, Group, Switch, Text } from '@mantine/core'
import type { DocumentProposals } from '../../../../shared/ipc/contract'
import { countOf } from '../../../../shared/text/plural'
import { hrefFor } from '../../app/use-hash-route'
import { SuggestClaimsControl } from './SuggestClaimsControl'

export interface ProposalsBarProps {
  documentId: string
  proposals: DocumentProposals | null
  /** Why they could not be listed. */
  error?: string | null
  shown: boolean
  onShownChange: (shown: boolean) => void
}

/** Above the text: how many claims Parley proposes here, a switch to show them, or why none. */
export function ProposalsBar({ documentId, proposals, error = null, shown, onShownChange }: ProposalsBarProps): React.JSX.Element | null {
  if (!proposals) {
    // The first look at a long article takes a moment (a worker thread reads it).
    return (
      <Text size="xs" c={error ? 'red' : 'dimmed'} mb="sm" data-testid="proposals-bar">
        {error ? `Claims could not be proposed: ${error}` : 'Finding who said what…'}
      </Text>
    )
  }
  if (proposals.notice) {
    return (
      <Alert variant="light" color="gray" p="xs" mb="sm" data-testid="proposals-notice">
        <Text size="sm">{proposals.notice}</Text>
      </Alert>
    )
  }
  const count = proposals.proposals.length
  return (
    <Group gap="md" mb="sm" data-testid="proposals-bar">
      <Switch size="xs" checked={shown} onChange={(event) => onShownChange(event.currentTarget.checked)} label={count > 0 ? `Show ${countOf(count, 'proposed claim')}` : 'No proposed claims left to review'} disabled={count === 0} />
      {proposals.dismissedCount > 0 && (
        <Text size="xs" c="dimmed">
          {countOf(proposals.dismissedCount, 'dismissed')}
        </Text>
      )}
      <Anchor size="xs" href={hrefFor({ page: 'review' })}>
        Review queue
      </Anchor>
      <SuggestClaimsControl documentIds={[documentId]} force variant="subtle" label="Propose again" />
    </Group>
  )
}
