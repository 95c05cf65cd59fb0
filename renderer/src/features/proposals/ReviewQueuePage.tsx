import { useEffect, useMemo, useState } from 'react'
import { Alert, Box, Button, Group, Kbd, Menu, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import type { ParleyDocument } from '../../../../shared/domain/document'
import type { AttributionKind, ClaimProposal } from '../../../../shared/proposals/types'
import { ATTRIBUTION_KIND_LABELS } from '../../../../shared/proposals/vocabulary'
import { countOf } from '../../../../shared/text/plural'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { useRegistries } from '../registries/use-registries'
import { acceptProposals, dismissProposals } from './proposal-actions'
import { ProposalCard, missingChoice } from './ProposalCard'
import { QueueList } from './QueueList'
import { QueueClaimEditor } from './QueueClaimEditor'
import { queueRows, type QueueGrouping } from './queue-rows'
import { useReviewQueue } from './use-review-queue'
import { SuggestClaimsControl } from './SuggestClaimsControl'

/**
 * Every claim Parley proposes across the library, by document, speaker or issue, reviewed from
 * the keyboard: J/K or arrows move, A accepts, D dismisses, E edits before accepting.
 */
export function ReviewQueuePage({ documents }: { documents: readonly ParleyDocument[] }): React.JSX.Element {
  const queue = useReviewQueue()
  const registries = useRegistries()
  const [grouping, setGrouping] = useState<QueueGrouping>('document')
  const [current, setCurrent] = useState(0)
  const [editing, setEditing] = useState<ClaimProposal | null>(null)
  const data = queue.data
  // Accepted and dismissed proposals leave the list at once; the reload that follows confirms it.
  const [gone, setGone] = useState<ReadonlySet<string>>(new Set())
  const refOf = (p: ClaimProposal) => `${p.documentId}:${p.key}`
  const optimistic = (work: (list: ClaimProposal[]) => Promise<number>) => async (list: ClaimProposal[]) => {
    setGone((g) => new Set([...g, ...list.map(refOf)]))
    if ((await work(list)) === 0) setGone((g) => new Set([...g].filter((k) => !list.some((p) => refOf(p) === k))))
  }
  const dismiss = optimistic(dismissProposals)
  const acceptAll = optimistic(async (list) => {
    const accepted = await acceptProposals(list)
    // Those left waiting for a choice come back with the reload.
    if (accepted < list.length) setGone(new Set())
    return accepted
  })
  useEffect(() => setGone(new Set()), [data])
  const titleOf = (id: string) => data?.titles[id] ?? documents.find((d) => d.id === id)?.title ?? 'Untitled'
  const issueTitle = (id: string | null) => (id ? (registries.data?.issues.find((i) => i.id === id)?.title ?? '—') : 'No issue proposed')
  const rows = useMemo(() => queueRows((data?.proposals ?? []).filter((p) => !gone.has(refOf(p))), grouping, { title: titleOf, issue: (id) => issueTitle(id) }), [data, gone, grouping, registries.data])
  const ordered = useMemo(() => rows.flatMap((r) => (r.type === 'proposal' ? [r.proposal] : [])), [rows])
  const index = Math.min(current, Math.max(0, ordered.length - 1))
  const proposal = ordered[index]
  const kinds = [...new Set((data?.proposals ?? []).map((p) => p.kind))] as AttributionKind[]

  const accept = (p: ClaimProposal) => (missingChoice(p) ? setEditing(p) : void acceptAll([p]))
  useHotkeys([
    ['j', () => setCurrent(Math.min(index + 1, ordered.length - 1))],
    ['ArrowDown', () => setCurrent(Math.min(index + 1, ordered.length - 1))],
    ['k', () => setCurrent(Math.max(index - 1, 0))],
    ['ArrowUp', () => setCurrent(Math.max(index - 1, 0))],
    ['a', () => proposal && accept(proposal)],
    ['d', () => proposal && void dismiss([proposal])],
    ['e', () => proposal && setEditing(proposal)],
  ])

  if (queue.status === 'error' && !data) return <ErrorState error={queue.error} onRetry={queue.reload} />
  if (!data || !registries.data) return <LoadingState label="Gathering proposed claims…" />
  const documentsWaiting = Object.keys(data.titles).length
  const waitingTotal = Math.max(0, data.total - gone.size)
  return (
    <Stack gap="sm" h="calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Proposed claims</Title>
          <Text size="sm" c="dimmed">
            {waitingTotal > 0 ? `${countOf(waitingTotal, 'proposal')} waiting in ${countOf(documentsWaiting, 'document')}` : 'Nothing waiting for review'}
            {data.total > data.proposals.length ? ` (the surest ${data.proposals.length.toLocaleString()} shown)` : ''}
            {data.documentsNotAnalysed > 0 ? ` · ${countOf(data.documentsNotAnalysed, 'document')} not analysed yet` : ''}
          </Text>
        </div>
        <Group gap="xs">
          <SegmentedControl size="xs" value={grouping} onChange={(v) => { setGrouping(v as QueueGrouping); setCurrent(0) }} data={[{ value: 'document', label: 'By document' }, { value: 'speaker', label: 'By speaker' }, { value: 'issue', label: 'By issue' }]} aria-label="Group proposals" />
          <Menu position="bottom-end">
            <Menu.Target>
              <Button size="xs" variant="default" disabled={kinds.length === 0}>
                Dismiss all of a kind
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {kinds.map((kind) => {
                const ofKind = data.proposals.filter((p) => p.kind === kind)
                return (
                  <Menu.Item key={kind} onClick={() => void dismiss(ofKind)}>
                    {ATTRIBUTION_KIND_LABELS[kind]} ({ofKind.length})
                  </Menu.Item>
                )
              })}
            </Menu.Dropdown>
          </Menu>
          <SuggestClaimsControl documentIds={null} variant="filled" label={data.documentsNotAnalysed > 0 ? `Analyse ${countOf(data.documentsNotAnalysed, 'more document')}` : 'Propose again for all'} />
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        <Kbd>J</Kbd>/<Kbd>K</Kbd> next / previous · <Kbd>A</Kbd> accept · <Kbd>D</Kbd> dismiss · <Kbd>E</Kbd> edit, then accept · <Kbd>Ctrl</Kbd>+<Kbd>Z</Kbd> undo
      </Text>
      {waitingTotal === 0 ? (
        <Alert variant="light" color="gray">
          {data.documentsAnalysed === 0 ? 'No document has been analysed yet. “Analyse” finds who said what in every article and proposes claims.' : 'Every proposal has been accepted or dismissed. New imports are analysed as they arrive.'}
        </Alert>
      ) : (
        <Box style={{ flex: 1, minHeight: 0, border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-sm)' }}>
          <QueueList
            rows={rows}
            grouping={grouping}
            current={index}
            onPick={setCurrent}
            onAcceptGroup={(list) => void acceptAll(list)}
            onDismissGroup={(list) => void dismiss(list)}
            issueTitle={issueTitle}
            documentTitle={titleOf}
            renderCurrent={(p) => <ProposalCard proposal={p} registries={registries.data!} documentTitle={titleOf(p.documentId)} onAccept={() => accept(p)} onEdit={() => setEditing(p)} onDismiss={() => void dismiss([p])} selected />}
          />
        </Box>
      )}
      {editing && (
        <QueueClaimEditor proposal={editing} document={documents.find((d) => d.id === editing.documentId) ?? null} registries={registries.data} onDone={() => setEditing(null)} />
      )}
    </Stack>
  )
}
