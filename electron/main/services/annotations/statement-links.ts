import { randomUUID } from 'node:crypto'
import type { Annotation } from '../../../../shared/domain/annotation'
import { ParleyError } from '../../../../shared/ipc/errors'
import { linkAsOneStatement, unlinkFromStatement } from '../../../../shared/positions/corroboration'
import type { LibraryStore } from '../store/library-store'
import type { UndoHistory } from './undo-history'
import { claimsIn } from './library-claims'

/**
 * Links claims as one statement (the same quote carried by several reports) and unlinks them.
 * A link may span documents, so each change rewrites every touched document's annotation file
 * and is recorded as one undoable step.
 */
export class StatementLinks {
  constructor(
    private readonly store: LibraryStore,
    private readonly history: UndoHistory,
    private readonly newId: () => string = () => `statement-${randomUUID()}`,
  ) {}

  async link(claimIds: string[]): Promise<void> {
    const all = await this.store.annotations.loadAll()
    const claims = claimsIn(all)
    const missing = claimIds.filter((id) => !claims.some((c) => c.id === id))
    if (missing.length > 0) throw new ParleyError('not-found', `No claim ${missing.join(', ')} in this library.`)
    await this.apply('Link as same statement', all, linkAsOneStatement(claimIds, claims, this.newId))
  }

  async unlink(claimId: string): Promise<void> {
    const all = await this.store.annotations.loadAll()
    const claims = claimsIn(all)
    if (!claims.some((c) => c.id === claimId)) throw new ParleyError('not-found', `No claim ${claimId} in this library.`)
    await this.apply('Unlink statement', all, unlinkFromStatement(claimId, claims))
  }

  private async apply(label: string, all: Map<string, Annotation[]>, statementIds: Map<string, string | null>): Promise<void> {
    const before = new Map<string, Annotation[]>()
    const after = new Map<string, Annotation[]>()
    for (const [documentId, list] of all) {
      const changes = list.some((a) => a.kind === 'claim' && statementIds.has(a.id) && statementIds.get(a.id) !== a.statementId)
      if (!changes) continue
      before.set(documentId, list)
      after.set(documentId, list.map((a) => (a.kind === 'claim' && statementIds.has(a.id) ? { ...a, statementId: statementIds.get(a.id)! } : a)))
    }
    if (after.size === 0) return
    for (const [documentId, list] of after) await this.store.annotations.replaceAll(documentId, list)
    this.history.record(label, { annotations: before }, { annotations: after })
  }
}
