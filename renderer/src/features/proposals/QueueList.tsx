import { memo, useEffect, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { Badge, Button, Group, Text } from '@mantine/core'
import type { ClaimProposal } from '../../../../shared/proposals/types'
import { stanceLabels } from '../annotations/claim-vocabulary'
import type { QueueGrouping, QueueRow } from './queue-rows'

export interface QueueListProps {
  rows: readonly QueueRow[]
  grouping: QueueGrouping
  /** Index (in proposal order) of the proposal the keyboard is on. */
  current: number
  onPick: (index: number) => void
  onAcceptGroup: (proposals: ClaimProposal[]) => void
  onDismissGroup: (proposals: ClaimProposal[]) => void
  /** The expanded card of the current proposal. */
  renderCurrent: (proposal: ClaimProposal) => React.ReactNode
  issueTitle: (issueId: string | null) => string
  documentTitle: (documentId: string) => string
}

const GROUP_HEIGHT = 44
const ROW_HEIGHT = 58

const ProposalLine = memo(function ProposalLine({ proposal, issue, title, showTitle, onPick }: { proposal: ClaimProposal; issue: string; title: string; showTitle: boolean; onPick: () => void }) {
  return (
    <div role="option" aria-selected={false} onClick={onPick} style={{ cursor: 'pointer', padding: '6px 10px', borderBottom: '1px solid var(--mantine-color-default-border)', height: ROW_HEIGHT, boxSizing: 'border-box', overflow: 'hidden' }} data-queue-proposal={proposal.key}>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={600} style={{ flexShrink: 0, maxWidth: '30%' }} truncate>
          {proposal.speaker ?? '?'}
        </Text>
        <Text size="sm" truncate style={{ flex: 1 }}>
          {proposal.content.text}
        </Text>
        <Badge size="xs" variant="light" style={{ flexShrink: 0 }}>
          {stanceLabels[proposal.stance]}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" truncate>
        {issue}
        {showTitle ? ` · ${title}` : ''} · {Math.round(proposal.confidence * 100)}%
      </Text>
    </div>
  )
})

/**
 * The queue's rows, virtualised so thousands scroll and move under the keyboard without lag. The
 * current proposal opens into its full card; group headers carry the batch actions.
 */
export function QueueList({ rows, grouping, current, onPick, onAcceptGroup, onDismissGroup, renderCurrent, issueTitle, documentTitle }: QueueListProps): React.JSX.Element {
  const scrollRef = useRef<HTMLDivElement>(null)
  const currentRow = rows.findIndex((r) => r.type === 'proposal' && r.index === current)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.type === 'group' ? GROUP_HEIGHT : i === currentRow ? 240 : ROW_HEIGHT),
    overscan: 10,
  })
  useEffect(() => {
    if (currentRow >= 0) virtualizer.scrollToIndex(currentRow, { align: 'auto' })
  }, [currentRow, virtualizer])
  const groupNoun = grouping === 'speaker' ? 'speaker' : grouping === 'issue' ? 'issue' : 'document'
  return (
    <div ref={scrollRef} style={{ height: '100%', overflow: 'auto' }} role="listbox" aria-label="Proposed claims" data-testid="review-queue">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!
          return (
            // Only the open card varies in height; lines and headers have fixed heights.
            <div key={row.key} data-index={item.index} ref={item.index === currentRow ? virtualizer.measureElement : undefined} style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: item.index === currentRow ? undefined : item.size, transform: `translateY(${item.start}px)`, boxSizing: 'border-box' }}>
              {row.type === 'group' ? (
                <Group justify="space-between" px="xs" py={6} wrap="nowrap" h={GROUP_HEIGHT} style={{ boxSizing: 'border-box', background: 'var(--mantine-color-default-hover)', borderBottom: '1px solid var(--mantine-color-default-border)' }} data-queue-group={row.label}>
                  <Text size="sm" fw={700} truncate>
                    {row.label} <Text span c="dimmed" size="xs">({row.proposals.length})</Text>
                  </Text>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="light" onClick={() => onAcceptGroup(row.proposals)}>
                      Accept all from this {groupNoun}
                    </Button>
                    <Button size="compact-xs" variant="subtle" color="gray" onClick={() => onDismissGroup(row.proposals)}>
                      Dismiss all
                    </Button>
                  </Group>
                </Group>
              ) : row.index === current ? (
                <div style={{ padding: 6 }}>{renderCurrent(row.proposal)}</div>
              ) : (
                <ProposalLine proposal={row.proposal} issue={issueTitle(row.proposal.issueId)} title={documentTitle(row.proposal.documentId)} showTitle={grouping !== 'document'} onPick={() => onPick(row.index)} />
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}
