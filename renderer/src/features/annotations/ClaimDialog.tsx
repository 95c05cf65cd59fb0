import type { Annotation } from '../../../../shared/domain/annotation'
import type { ParleyDocument } from '../../../../shared/domain/document'
import type { RegistriesView } from '../../../../shared/ipc/annotation-contract'
import { ClaimForm, type ClaimDraft, type ClaimFormActions, type ClaimFormProps } from './ClaimForm'
import { DEFAULT_CLAIM_COLOR } from './colors'
import type { useAnnotationActions } from './use-annotation-actions'

export type ClaimTarget = { mode: 'create'; start: number; end: number; quote: string } | { mode: 'edit'; annotation: Extract<Annotation, { kind: 'claim' }> }

export interface ClaimDialogProps {
  target: ClaimTarget
  document: ParleyDocument
  registries: RegistriesView
  formActions: ClaimFormActions
  annotationActions: ReturnType<typeof useAnnotationActions>
  onDone: (saved: Annotation | null) => void
  /** Fields to start from (a proposal being edited before it is accepted). */
  initialDraft?: Partial<ClaimDraft>
  proposedSource?: ClaimFormProps['proposedSource']
}

/** The claim form for a new selection or an existing claim, saving through main. */
export function ClaimDialog({ target, document, registries, formActions, annotationActions, onDone, initialDraft, proposedSource }: ClaimDialogProps): React.JSX.Element {
  const existing = target.mode === 'edit' ? target.annotation : null
  const initial: ClaimDraft = existing
    ? { sourceId: existing.sourceId, partyIds: existing.partyIds, issueId: existing.issueId, stance: existing.stance, reporting: existing.reporting, statementDate: existing.statementDate ?? '', credibility: existing.credibility, note: existing.note }
    : { sourceId: null, partyIds: [], issueId: null, stance: 'unclear', reporting: 'direct-quote', statementDate: document.publishedAt?.slice(0, 10) ?? '', credibility: 6, note: '', ...initialDraft }

  const save = async (draft: ClaimDraft): Promise<string | null> => {
    const claim = { sourceId: draft.sourceId!, partyIds: draft.partyIds, issueId: draft.issueId!, stance: draft.stance, reporting: draft.reporting, statementDate: draft.statementDate || null, credibility: draft.credibility }
    const color = registries.parties.find((p) => p.id === draft.partyIds[0])?.color ?? DEFAULT_CLAIM_COLOR
    const result = existing
      ? await annotationActions.update(existing, { claim, note: draft.note, color })
      : await annotationActions.create({ kind: 'claim', start: target.mode === 'create' ? target.start : 0, end: target.mode === 'create' ? target.end : 1, color, note: draft.note, tagIds: [], claim })
    if (typeof result === 'string') return result
    onDone(result)
    return null
  }

  return (
    <ClaimForm
      title={existing ? 'Edit claim' : initialDraft ? 'Accept proposed claim' : 'New claim'}
      proposedSource={proposedSource}
      quote={existing ? existing.target.quote.exact : target.mode === 'create' ? target.quote : ''}
      initial={initial}
      registries={registries}
      actions={formActions}
      onCancel={() => onDone(null)}
      onSave={save}
    />
  )
}
