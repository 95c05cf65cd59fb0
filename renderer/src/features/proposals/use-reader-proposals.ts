import { useMemo, useState } from 'react'
import type { RegistriesView } from '../../../../shared/ipc/contract'
import type { ClaimProposal } from '../../../../shared/proposals/types'
import type { ClaimTarget } from '../annotations/ClaimDialog'
import type { ClaimDraft, ClaimFormProps } from '../annotations/ClaimForm'
import type { ProposalMark } from '../annotations/HighlightedText'
import { changeRegistry } from '../registries/registry-actions'
import { acceptProposals, dismissProposals } from './proposal-actions'
import { useDocumentProposals } from './use-document-proposals'

export interface ProposalEdit {
  draft: Partial<ClaimDraft>
  proposedSource?: ClaimFormProps['proposedSource']
}

/** The claim form's starting point for a proposal: its fields, and its new source one click away. */
export function editFor(proposal: ClaimProposal): ProposalEdit {
  const draft: Partial<ClaimDraft> = { sourceId: proposal.sourceId, partyIds: proposal.partyIds, issueId: proposal.issueId, stance: proposal.stance, reporting: proposal.reporting }
  const proposed = proposal.newSource
  if (!proposed || proposal.sourceId) return { draft }
  return {
    draft,
    proposedSource: {
      label: proposed.role ? `${proposed.name} (${proposed.role})` : proposed.name,
      create: async () => (await changeRegistry('saveSource', { id: null, name: proposed.name, aliases: [], kind: proposed.kind, partyIds: proposal.partyIds, reliability: 'F' }, 'Could not add the source'))?.id ?? null,
    },
  }
}

/** The reader's proposals: what to underline, which one is open, and accept / edit / dismiss. */
export function useReaderProposals(documentId: string, registries: RegistriesView | null, openClaim: (target: ClaimTarget) => void) {
  const query = useDocumentProposals(documentId)
  const [shown, setShown] = useState(true)
  const [selectedKey, setSelectedKey] = useState<string | null>(null)
  const [editing, setEditing] = useState<ProposalEdit | null>(null)
  const list = query.data?.proposals ?? []
  // A transcript's speech already shows its speaker beside it: no second label there.
  const marks = useMemo<ProposalMark[]>(() => (shown ? list.map((p) => ({ key: p.key, start: p.content.start, end: p.content.end, speaker: p.kind === 'speech-block' ? null : (p.speaker ?? '?') })) : []), [list, shown])
  const selected = shown ? (list.find((p) => p.key === selectedKey) ?? null) : null
  return {
    data: query.data ?? null,
    /** Why proposals could not be listed, if they could not. */
    error: query.status === 'error' ? query.error.message : null,
    shown,
    setShown,
    marks,
    selected,
    select: (key: string | null) => setSelectedKey(key),
    editing,
    accept: async (proposal: ClaimProposal) => {
      if ((await acceptProposals([proposal])) > 0) setSelectedKey(null)
    },
    dismiss: async (proposal: ClaimProposal) => {
      if ((await dismissProposals([proposal])) > 0) setSelectedKey(null)
    },
    edit: (proposal: ClaimProposal, text: string) => {
      if (!registries) return
      setEditing(editFor(proposal))
      openClaim({ mode: 'create', start: proposal.content.start, end: proposal.content.end, quote: text.slice(proposal.content.start, proposal.content.end) })
    },
    editDone: () => {
      setEditing(null)
      setSelectedKey(null)
    },
  }
}
