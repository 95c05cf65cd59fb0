import type { ClaimProposal } from '../../../../shared/proposals/types'

export type QueueGrouping = 'document' | 'speaker' | 'issue'

export type QueueRow =
  | { type: 'group'; key: string; label: string; proposals: ClaimProposal[] }
  | { type: 'proposal'; key: string; proposal: ClaimProposal; index: number }

/**
 * The queue as rows: a header per document, speaker or issue (largest groups first, so "accept
 * all from this speaker" starts where it saves most), then its proposals, surest first. `index`
 * numbers proposals in reading order, for the keyboard.
 */
export function queueRows(proposals: readonly ClaimProposal[], grouping: QueueGrouping, labels: { title: (documentId: string) => string; issue: (issueId: string) => string }): QueueRow[] {
  const groups = new Map<string, { label: string; proposals: ClaimProposal[] }>()
  for (const proposal of proposals) {
    const [key, label] =
      grouping === 'document'
        ? [proposal.documentId, labels.title(proposal.documentId)]
        : grouping === 'speaker'
          ? [proposal.speaker?.toLocaleLowerCase() ?? '', proposal.speaker ?? 'Speaker not found']
          : [proposal.issueId ?? '', proposal.issueId ? labels.issue(proposal.issueId) : 'No issue proposed']
    const group = groups.get(key) ?? { label, proposals: [] }
    group.proposals.push(proposal)
    groups.set(key, group)
  }
  const rows: QueueRow[] = []
  let index = 0
  const ordered = [...groups].sort((a, b) => b[1].proposals.length - a[1].proposals.length || a[1].label.localeCompare(b[1].label))
  for (const [key, group] of ordered) {
    rows.push({ type: 'group', key: `group:${grouping}:${key}`, label: group.label, proposals: group.proposals })
    const sorted = [...group.proposals].sort((a, b) => b.confidence - a.confidence || a.content.start - b.content.start)
    for (const proposal of sorted) rows.push({ type: 'proposal', key: `${proposal.documentId}:${proposal.key}`, proposal, index: index++ })
  }
  return rows
}
