import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { annotationSchema, type Annotation } from '../../../../shared/domain/annotation'
import type { ParleyDocument } from '../../../../shared/domain/document'
import type { ClaimFields, CreateAnnotationInput, UpdateAnnotationInput } from '../../../../shared/ipc/annotation-contract'
import { ParleyError } from '../../../../shared/ipc/errors'
import { describeSpan } from '../../../../shared/anchoring/selectors'
import { reanchor } from '../../../../shared/anchoring/reanchor'
import type { LibraryStore } from '../store/library-store'
import type { ListChange } from '../store/annotation-store'
import type { UndoHistory } from './undo-history'

const kindLabel = { highlight: 'highlight', note: 'note', claim: 'claim' } as const

/**
 * Highlights, notes and claims on a document's text. Selectors are always computed here from
 * the stored text, never taken from the renderer. When a document's text has changed since an
 * annotation was made, listing re-anchors it (diff first, then fuzzy quote matching); what
 * cannot be placed is kept as an orphan, never dropped.
 */
export class AnnotationService {
  constructor(
    private readonly store: LibraryStore,
    private readonly history: UndoHistory,
    private readonly newId: () => string = randomUUID,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(documentId: string): Promise<Annotation[]> {
    const document = this.store.getDocument(documentId)
    const annotations = await this.store.annotations.list(documentId)
    const stale = annotations.filter((a) => a.target.textHash !== document.textHash && a.anchorStatus !== 'orphaned')
    if (stale.length === 0) return annotations
    const updated = await this.reanchorAll(document, annotations)
    await this.store.annotations.replaceAll(documentId, updated)
    return updated
  }

  async create(input: CreateAnnotationInput): Promise<Annotation> {
    const document = this.store.getDocument(input.documentId)
    const text = await this.store.readText(document)
    if (input.end > text.length) throw new ParleyError('invalid-arguments', 'The selection lies outside the document’s text.')
    this.checkReferences(input.tagIds, input.claim)
    const { quote, position } = describeSpan(text, input.start, input.end)
    const stamp = this.now().toISOString()
    const base = { id: this.newId(), target: { documentId: document.id, textHash: document.textHash, quote, position }, color: input.color, note: input.note, tagIds: input.tagIds, anchorStatus: 'anchored' as const, createdAt: stamp, updatedAt: stamp }
    const annotation = annotationSchema.parse(input.claim ? { ...base, kind: 'claim', ...input.claim } : { ...base, kind: input.kind })
    this.record(`Create ${kindLabel[annotation.kind]}`, document.id, await this.store.annotations.save(annotation))
    return annotation
  }

  async update(input: UpdateAnnotationInput): Promise<Annotation> {
    this.store.getDocument(input.documentId)
    const before = await this.store.annotations.list(input.documentId)
    const current = before.find((a) => a.id === input.id)
    if (!current) throw new ParleyError('not-found', `No annotation ${input.id} on this document.`)
    this.checkReferences(input.tagIds, input.claim)
    const { sourceId, partyIds, issueId, stance, reporting, statementDate, credibility, ...common } = current as Annotation & Partial<ClaimFields>
    void [sourceId, partyIds, issueId, stance, reporting, statementDate, credibility]
    const next = {
      ...common,
      color: input.color,
      note: input.note,
      tagIds: input.tagIds,
      anchorStatus: input.confirmPosition && current.anchorStatus === 'needs-review' ? 'anchored' : current.anchorStatus,
      updatedAt: this.now().toISOString(),
      ...(input.claim ? { kind: 'claim', ...input.claim } : { kind: current.kind === 'claim' ? 'highlight' : current.kind }),
    }
    const annotation = annotationSchema.parse(next)
    this.record(`Edit ${kindLabel[annotation.kind]}`, input.documentId, await this.store.annotations.save(annotation))
    return annotation
  }

  async remove(documentId: string, id: string): Promise<void> {
    this.store.getDocument(documentId)
    const before = await this.store.annotations.list(documentId)
    const annotation = before.find((a) => a.id === id)
    if (!annotation) throw new ParleyError('not-found', `No annotation ${id} on this document.`)
    this.record(`Delete ${kindLabel[annotation.kind]}`, documentId, await this.store.annotations.remove(documentId, id))
  }

  private record(label: string, documentId: string, { before, after }: ListChange): void {
    this.history.record(label, { annotations: new Map([[documentId, before]]) }, { annotations: new Map([[documentId, after]]) })
  }

  private checkReferences(tagIds: string[], claim: ClaimFields | null): void {
    const data = this.store.data
    const missing = (kind: string, ids: string[], list: { id: string }[]) => {
      const absent = ids.filter((id) => !list.some((e) => e.id === id))
      if (absent.length > 0) throw new ParleyError('invalid-arguments', `Unknown ${kind}: ${absent.join(', ')}.`)
    }
    missing('tag', tagIds, data.tags)
    if (!claim) return
    missing('source', [claim.sourceId], data.sources)
    missing('party', claim.partyIds, data.parties)
    missing('issue', [claim.issueId], data.issues)
  }

  /** Re-anchors every annotation made against an older text, one diff per old text. */
  private async reanchorAll(document: ParleyDocument, annotations: Annotation[]): Promise<Annotation[]> {
    const newText = await this.store.readText(document)
    const byOldHash = new Map<string, Annotation[]>()
    for (const a of annotations) {
      if (a.target.textHash === document.textHash || a.anchorStatus === 'orphaned') continue
      byOldHash.set(a.target.textHash, [...(byOldHash.get(a.target.textHash) ?? []), a])
    }
    const replaced = new Map<string, Annotation>()
    for (const [oldHash, group] of byOldHash) {
      const oldText = await readFile(this.store.paths.textFile(oldHash), 'utf8').catch(() => null)
      const results = oldText === null ? group.map(() => null) : reanchor(oldText, newText, group.map((a) => ({ quote: a.target.quote, position: a.target.position })))
      group.forEach((annotation, i) => {
        const result = results[i]
        if (!result || result.status === 'orphaned' || result.start === null || result.end === null) {
          // Kept with its quote and old text hash, so it stays listed as unanchored.
          replaced.set(annotation.id, { ...annotation, anchorStatus: 'orphaned' })
          return
        }
        const { quote, position } = describeSpan(newText, result.start, result.end)
        const status = annotation.anchorStatus === 'needs-review' ? 'needs-review' : result.status
        replaced.set(annotation.id, { ...annotation, target: { ...annotation.target, textHash: document.textHash, quote, position }, anchorStatus: status })
      })
    }
    return annotations.map((a) => replaced.get(a.id) ?? a)
  }
}
