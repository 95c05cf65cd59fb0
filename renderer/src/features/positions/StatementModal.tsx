import { useState } from 'react'
import { Alert, Badge, Button, Divider, Modal, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { StatementView } from '../../../../shared/ipc/contract'
import { useIpcQuery } from '../../ipc/use-ipc-query'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { ClaimEvidence, reachLabel } from './ClaimEvidence'

export interface StatementModalProps {
  claimId: string | null
  onClose: () => void
  /** Links changed: evidence counts elsewhere are stale. */
  onChanged: () => void
}

/** "Same statement" links of one claim: what is linked, and same-source, similar-quote candidates. */
export function StatementModal({ claimId, onClose, onChanged }: StatementModalProps): React.JSX.Element {
  return (
    <Modal opened={claimId !== null} onClose={onClose} title="Same statement" size="xl">
      {claimId && <StatementLinks claimId={claimId} onChanged={onChanged} />}
    </Modal>
  )
}

function StatementLinks({ claimId, onChanged }: { claimId: string; onChanged: () => void }): React.JSX.Element {
  const statement = useIpcQuery('getStatement', { claimId }, claimId)
  const [busy, setBusy] = useState<string | null>(null)

  const change = async (key: string, run: () => Promise<StatementView | null>) => {
    setBusy(key)
    try {
      const view = await run()
      if (view) statement.replace(view)
      else statement.reload()
      onChanged()
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not change the link', message: toParleyIpcError(error).message })
    } finally {
      setBusy(null)
    }
  }

  if (statement.status === 'error' && !statement.data) return <ErrorState error={statement.error} onRetry={statement.reload} />
  if (!statement.data) return <LoadingState label="Finding the statement…" />
  const { claim, linked, suggestions } = statement.data
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Link claims that report one statement, such as the same quote carried by two outlets. Reprints of one story and pieces from one outlet count as one independent report.
      </Text>
      <ClaimEvidence item={claim} showReach={false} />
      <Alert variant="light" color="blue" data-testid="statement-summary">
        {reachLabel(claim.reach)}
      </Alert>
      <Divider label={`Linked as the same statement (${linked.length})`} labelPosition="left" />
      {linked.length === 0 && <Text size="sm" c="dimmed">No other claim is linked yet.</Text>}
      {linked.map((item) => (
        <div key={item.claim.id} data-testid="statement-linked">
          <ClaimEvidence
            item={item}
            showReach={false}
            actions={
              <Button size="compact-xs" variant="subtle" color="red" loading={busy === item.claim.id} onClick={() => void change(item.claim.id, () => callParley('unlinkSameStatement', { claimId: item.claim.id }))}>
                Unlink
              </Button>
            }
          />
        </div>
      ))}
      <Divider label={`Suggested: same source, similar words (${suggestions.length})`} labelPosition="left" />
      {suggestions.length === 0 && <Text size="sm" c="dimmed">No claim by this source has a similar quote.</Text>}
      {suggestions.map((item) => (
        <div key={item.claim.id} data-testid="statement-suggestion">
          <Title order={6} mb={4}>
            <Badge variant="outline" size="sm" title="Share of the shorter quote's words found in the other">
              {Math.round(item.similarity * 100)}% similar
            </Badge>
          </Title>
          <ClaimEvidence
            item={item}
            actions={
              <Button size="compact-xs" variant="light" loading={busy === item.claim.id} onClick={() => void change(item.claim.id, () => callParley('linkSameStatement', { claimIds: [claim.claim.id, item.claim.id] }))}>
                Link as same statement
              </Button>
            }
          />
        </div>
      ))}
    </Stack>
  )
}
