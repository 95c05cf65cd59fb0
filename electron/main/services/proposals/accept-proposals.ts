import { randomUUID } from 'node:crypto'
import { describeSpan } from '../../../../shared/anchoring/selectors'
import { annotationSchema, type Annotation } from '../../../../shared/domain/annotation'
import type { Source } from '../../../../shared/domain/registries'
import type { ClaimFields } from '../../../../shared/ipc/annotation-contract'
import type { AcceptProposalsResult } from '../../../../shared/ipc/proposal-contract'
import type { ClaimProposal } from '../../../../shared/proposals/types'
import { countOf } from '../../../../shared/text/plural'
import { registriesOf, type UndoHistory } from '../annotations/undo-history'
import { documentView } from '../ipc/handlers/document-handlers'
import type { LibraryStore } from '../store/library-store'
import { groupByDocument, notWaiting, type ProposalService } from './proposal-service'

const DEFAULT_CLAIM_COLOR = '#1c7ed6'

export interface AcceptItem {
  documentId: string
  key: string
  /** Fields the analyst changed before accepting; the rest come from the proposal. */
  claim?: Partial<ClaimFields>
}

/**
 * Accepting proposals makes ordinary claims: a proposed new source is added to the registry
 * (once per name, with the proposal's parties), and the claim is anchored on the statement's
 * words. One undo step covers the whole batch. A proposal without an issue or a party is left
 * waiting and named in the result, never accepted half-filled.
 */
export async function acceptProposals(
  items: readonly AcceptItem[],
  deps: { store: LibraryStore; proposals: ProposalService; history: UndoHistory; newId?: () => string; now?: () => Date },
): Promise<AcceptProposalsResult> {
  const { store, history } = deps
  const newId = deps.newId ?? randomUUID
  const stamp = (deps.now?.() ?? new Date()).toISOString()
  const registriesBefore = registriesOf(store.data)
  const proposer = deps.proposals.proposer()
  const newSources: Source[] = []
  const result: AcceptProposalsResult = { accepted: 0, needsChoice: [], createdSources: 0 }
  const annotationsBefore = new Map<string, Annotation[]>()
  const annotationsAfter = new Map<string, Annotation[]>()
  const edits = new Map(items.map((item) => [`${item.documentId}:${item.key}`, item.claim ?? {}]))

  for (const [documentId, keys] of groupByDocument(items)) {
    const waiting = await deps.proposals.reviewableIn(documentId, proposer)
    const document = store.getDocument(documentId)
    const { text } = await documentView(store, document)
    const made: Annotation[] = []
    for (const key of keys) {
      const proposal = waiting.find((p) => p.key === key)
      if (!proposal) throw notWaiting()
      const fields = { ...fieldsOf(proposal), ...edits.get(`${documentId}:${key}`) }
      let sourceId = fields.sourceId ?? null
      if (!sourceId && proposal.newSource) {
        const name = proposal.newSource.name
        const existing = [...store.data.sources, ...newSources].find((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase())
        sourceId = existing?.id ?? null
        if (!existing && (fields.partyIds?.length ?? 0) > 0) {
          const source: Source = { id: newId(), name, aliases: [], kind: proposal.newSource.kind, partyIds: fields.partyIds!, reliability: 'F' }
          newSources.push(source)
          sourceId = source.id
        }
      }
      const reason = !fields.partyIds?.length ? 'choose a party' : !sourceId ? 'choose who said it' : !fields.issueId ? 'choose an issue' : null
      if (reason) {
        result.needsChoice.push({ documentId, key, reason })
        continue
      }
      const { quote, position } = describeSpan(text, proposal.content.start, proposal.content.end)
      const partyColor = store.data.parties.find((p) => p.id === fields.partyIds![0])?.color
      made.push(annotationSchema.parse({
        id: newId(), kind: 'claim', target: { documentId, textHash: document.textHash, quote, position }, color: partyColor ?? DEFAULT_CLAIM_COLOR,
        note: '', tagIds: [], anchorStatus: 'anchored', createdAt: stamp, updatedAt: stamp,
        sourceId, partyIds: fields.partyIds, issueId: fields.issueId, stance: fields.stance, reporting: fields.reporting,
        statementDate: fields.statementDate ?? document.publishedAt?.slice(0, 10) ?? null, credibility: fields.credibility ?? 6, statementId: null,
      }))
    }
    if (made.length === 0) continue
    const current = await store.annotations.list(documentId)
    annotationsBefore.set(documentId, current)
    annotationsAfter.set(documentId, [...current, ...made])
    result.accepted += made.length
  }
  if (result.accepted === 0) return result
  // Sources first, so no claim is ever saved pointing at a source that is not there.
  const usedSources = newSources.filter((s) => [...annotationsAfter.values()].some((list) => list.some((a) => a.kind === 'claim' && a.sourceId === s.id)))
  if (usedSources.length > 0) await store.commit((data) => ({ ...data, sources: [...data.sources, ...usedSources] }))
  for (const [documentId, list] of annotationsAfter) await store.annotations.replaceAll(documentId, list)
  result.createdSources = usedSources.length
  history.record(
    `Accept ${countOf(result.accepted, 'proposed claim')}`,
    { annotations: annotationsBefore, ...(usedSources.length > 0 ? { registries: registriesBefore } : {}) },
    { annotations: annotationsAfter, ...(usedSources.length > 0 ? { registries: registriesOf(store.data) } : {}) },
  )
  return result
}

function fieldsOf(proposal: ClaimProposal): Partial<ClaimFields> {
  return {
    sourceId: proposal.sourceId ?? undefined,
    partyIds: proposal.partyIds,
    issueId: proposal.issueId ?? undefined,
    stance: proposal.stance,
    reporting: proposal.reporting,
  }
}
