import type { ParleyDocument } from '../../../../shared/domain/document'
import type { RegistriesView } from '../../../../shared/ipc/contract'
import type { ClaimProposal } from '../../../../shared/proposals/types'
import { ClaimDialog } from '../annotations/ClaimDialog'
import { useAnnotationActions } from '../annotations/use-annotation-actions'
import { useClaimFormActions } from '../annotations/use-claim-form-actions'
import { editFor } from './use-reader-proposals'

/** The claim form for a proposal in the queue: every field editable, saved as an ordinary claim. */
export function QueueClaimEditor({ proposal, document, registries, onDone }: { proposal: ClaimProposal; document: ParleyDocument | null; registries: RegistriesView; onDone: () => void }): React.JSX.Element | null {
  const actions = useAnnotationActions(proposal.documentId)
  const formActions = useClaimFormActions(registries)
  if (!document) return null
  const edit = editFor(proposal)
  return (
    <ClaimDialog
      target={{ mode: 'create', start: proposal.content.start, end: proposal.content.end, quote: proposal.content.text }}
      document={document}
      registries={registries}
      formActions={formActions}
      annotationActions={actions}
      onDone={onDone}
      initialDraft={edit.draft}
      proposedSource={edit.proposedSource}
    />
  )
}
