import type { ParleyDocument } from '../../../../shared/domain/document'
import type { ImportProgress } from '../../../../shared/ipc/contract'
import type { DocumentProposals, ReviewQueue, SuggestClaimsResult } from '../../../../shared/ipc/proposal-contract'
import { ParleyError } from '../../../../shared/ipc/errors'
import { readsAsEnglish } from '../../../../shared/proposals/language'
import { ClaimProposer, leanOnRecord, paragraphAround, proposalsToReview } from '../../../../shared/proposals/propose-claims'
import type { ClaimProposal } from '../../../../shared/proposals/types'
import { StanceRecord } from '../../../../shared/proposals/stance-record'
import { allClaims } from '../annotations/library-claims'
import type { UndoHistory } from '../annotations/undo-history'
import { documentView } from '../ipc/handlers/document-handlers'
import type { LibraryStore } from '../store/library-store'
import type { AttributionRunner } from './attribution-runner'
import type { ProposalFile, ProposalFiles } from './proposal-files'
import { countOf } from '../../../../shared/text/plural'

const NOT_ENGLISH = 'This document does not read as English; Parley proposes claims in English text only.'
const NOTHING_FOUND = 'No attributed statements were found in this document (no quotation with a speaker, no "said", "according to" or the like).'

/**
 * Claim proposals: the attribution finder's statements per document (kept in proposals/, found
 * again when the text changes), matched against the registries each time they are listed, less
 * what the analyst dismissed or already made a claim of.
 */
export class ProposalService {
  /** Per document, so a dismissal never races a re-run writing the same file. */
  private readonly locks = new Map<string, Promise<unknown>>()
  /**
   * Proposals per document, valid while its statements file and the registries are the same
   * objects (a write or a commit replaces them), so the queue reloads fast after each action.
   */
  private readonly proposed = new Map<string, { file: ProposalFile; registries: readonly unknown[]; title: string; proposals: ClaimProposal[] }>()
  /** The stances the library's claims record, built once and again after any annotation changes. */
  private record: { value: StanceRecord; documents: unknown } | null = null

  constructor(
    private readonly store: LibraryStore,
    private readonly files: ProposalFiles,
    private readonly runner: AttributionRunner,
    private readonly history: UndoHistory,
  ) {
    store.annotations.onChange(() => {
      this.record = null
    })
  }

  /** The document's statements, found now if its text changed since (or `force`). */
  statementsFor(document: ParleyDocument, force = false): Promise<ProposalFile & { english: boolean }> {
    return this.withLock(document.id, () => this.findStatements(document, force))
  }

  private async findStatements(document: ParleyDocument, force: boolean): Promise<ProposalFile & { english: boolean }> {
    const existing = await this.files.read(document.id)
    // The file says whether its text read as English under the declared language, so listing
    // proposals never reads the text again until the text or the language changes.
    const fresh = existing && existing.textHash === document.textHash && existing.english !== undefined && existing.language === document.language
    if (fresh && !force) return { ...existing, english: existing.english! }
    const view = await documentView(this.store, document)
    const english = readsAsEnglish(view.text, document.language)
    const found = english ? await this.runner.find(view.text, view.blocks) : []
    const statements = found.map((s) => ({ ...s, context: paragraphAround(view.text, s.content.start, s.content.end) }))
    const file: ProposalFile = { version: 1, documentId: document.id, textHash: document.textHash, language: document.language, english, statements, dismissed: existing?.dismissed ?? [] }
    await this.files.write(file)
    return { ...file, english }
  }

  async forDocument(documentId: string): Promise<DocumentProposals> {
    const document = this.store.getDocument(documentId)
    const file = await this.statementsFor(document)
    const proposals = await this.reviewable(document.id, file, this.proposer())
    const notice = !file.english ? NOT_ENGLISH : file.statements.length === 0 ? NOTHING_FOUND : null
    return { documentId, proposals, dismissedCount: file.dismissed.length, notice }
  }

  async suggest(documentIds: readonly string[] | null, force: boolean, onProgress?: (progress: ImportProgress) => void): Promise<SuggestClaimsResult> {
    const documents = documentIds ? documentIds.map((id) => this.store.getDocument(id)) : [...this.store.listDocuments()]
    const proposer = this.proposer()
    const result: SuggestClaimsResult = { documents: documents.length, proposals: 0, skipped: [] }
    for (const [index, document] of documents.entries()) {
      onProgress?.({ stage: 'proposals', done: index, total: documents.length })
      try {
        const file = await this.statementsFor(document, force)
        if (!file.english) result.skipped.push({ documentId: document.id, title: document.title, reason: NOT_ENGLISH })
        result.proposals += (await this.reviewable(document.id, file, proposer)).length
      } catch (error) {
        result.skipped.push({ documentId: document.id, title: document.title, reason: error instanceof Error ? error.message : String(error) })
      }
    }
    onProgress?.({ stage: 'proposals', done: documents.length, total: documents.length })
    return result
  }

  /** Every proposal waiting in documents already analysed, surest first. */
  async queue(limit: number): Promise<ReviewQueue> {
    const proposer = this.proposer()
    const record = await this.stanceRecord()
    const withFiles = await this.files.documentIdsWithFiles()
    const all: ClaimProposal[] = []
    const titles: Record<string, string> = {}
    let analysed = 0
    const annotations = await this.store.annotations.loadAll()
    for (const document of this.store.listDocuments()) {
      if (!withFiles.has(document.id)) continue
      const file = await this.files.read(document.id)
      if (!file || file.textHash !== document.textHash) continue
      analysed++
      const waiting = proposalsToReview(this.proposalsOf(document, file, proposer, record), new Set(file.dismissed), annotations.get(document.id) ?? [])
      if (waiting.length > 0) titles[document.id] = document.title
      all.push(...waiting)
    }
    all.sort((a, b) => b.confidence - a.confidence || (titles[a.documentId] ?? '').localeCompare(titles[b.documentId] ?? '') || a.content.start - b.content.start)
    return { proposals: all.slice(0, limit), total: all.length, titles, documentsAnalysed: analysed, documentsNotAnalysed: this.store.listDocuments().length - analysed }
  }

  async dismiss(items: ReadonlyArray<{ documentId: string; key: string }>): Promise<{ dismissed: number }> {
    const byDocument = groupByDocument(items)
    const before = new Map<string, string[]>()
    const after = new Map<string, string[]>()
    for (const [documentId, keys] of byDocument) {
      const file = await this.statementsFor(this.store.getDocument(documentId))
      before.set(documentId, file.dismissed)
    }
    for (const [documentId, keys] of byDocument) {
      await this.withLock(documentId, async () => {
        const current = (await this.files.read(documentId))?.dismissed ?? []
        const next = [...new Set([...current, ...keys])]
        after.set(documentId, next)
        await this.files.setDismissed(documentId, next)
      })
    }
    const count = items.length
    this.history.record(`Dismiss ${countOf(count, 'proposal')}`, { dismissed: before }, { dismissed: after })
    return { dismissed: count }
  }

  /** A proposer over the registries as they are now. */
  proposer(): ClaimProposer {
    return new ClaimProposer(this.store.data)
  }

  /** The positions the library's claims record now (rebuilt only after claims or documents change). */
  async stanceRecord(): Promise<StanceRecord> {
    const documents = this.store.data.documents
    if (this.record?.documents !== documents) this.record = { value: new StanceRecord(await allClaims(this.store)), documents }
    return this.record.value
  }

  /** A document's proposals (from its statements file), with their status: waiting, dismissed or already a claim. */
  async allProposals(document: ParleyDocument, file: ProposalFile, proposer: ClaimProposer): Promise<Array<{ proposal: ClaimProposal; status: 'waiting' | 'dismissed' | 'claimed' }>> {
    const all = this.proposalsOf(document, file, proposer, await this.stanceRecord())
    const waiting = new Set(proposalsToReview(all, new Set(file.dismissed), await this.store.annotations.list(document.id)).map((p) => p.key))
    const dismissed = new Set(file.dismissed)
    return all.map((proposal) => ({ proposal, status: waiting.has(proposal.key) ? 'waiting' : dismissed.has(proposal.key) ? 'dismissed' : 'claimed' }))
  }

  /** One document's proposals still to review, for accepting them. */
  async reviewableIn(documentId: string, proposer: ClaimProposer): Promise<ClaimProposal[]> {
    const document = this.store.getDocument(documentId)
    return this.reviewable(document.id, await this.statementsFor(document), proposer)
  }

  /**
   * The document's proposals: made from the words and cached, then with each stance the words
   * leave open settled by the record (which changes with every accepted claim, so it is applied
   * on each listing, not cached).
   */
  private proposalsOf(document: ParleyDocument, file: ProposalFile, proposer: ClaimProposer, record: StanceRecord): ClaimProposal[] {
    const { sources, parties, issues } = this.store.data
    const registries = [sources, parties, issues]
    const cached = this.proposed.get(document.id)
    const fresh = cached && cached.file.statements === file.statements && cached.title === document.title && cached.registries.every((list, i) => list === registries[i])
    const proposals = fresh ? cached.proposals : proposer.propose(document.id, file.statements, '', document.title)
    if (!fresh) this.proposed.set(document.id, { file, registries, title: document.title, proposals })
    return proposals.map((p) => leanOnRecord(p, record))
  }

  private withLock<T>(documentId: string, work: () => Promise<T>): Promise<T> {
    const run = (this.locks.get(documentId) ?? Promise.resolve()).then(work, work)
    const settled = run.catch(() => undefined)
    this.locks.set(documentId, settled)
    void settled.then(() => {
      if (this.locks.get(documentId) === settled) this.locks.delete(documentId)
    })
    return run
  }

  private async reviewable(documentId: string, file: ProposalFile, proposer: ClaimProposer): Promise<ClaimProposal[]> {
    const document = this.store.getDocument(documentId)
    return proposalsToReview(this.proposalsOf(document, file, proposer, await this.stanceRecord()), new Set(file.dismissed), await this.store.annotations.list(documentId))
  }
}

export function groupByDocument(items: ReadonlyArray<{ documentId: string; key: string }>): Map<string, string[]> {
  const byDocument = new Map<string, string[]>()
  for (const item of items) byDocument.set(item.documentId, [...(byDocument.get(item.documentId) ?? []), item.key])
  return byDocument
}

export function notWaiting(): ParleyError {
  return new ParleyError('not-found', 'That proposal is no longer waiting: it was accepted or dismissed, or the text changed.')
}
