import type { Annotation } from '../../../../shared/domain/annotation'
import type { LibraryData } from '../../../../shared/domain/library-data'
import type { HistoryState } from '../../../../shared/ipc/contract'
import type { LibraryStore } from '../store/library-store'

export type Registries = Pick<LibraryData, 'sources' | 'parties' | 'issues' | 'tags'>

/** The parts of the library an action changed, as they were before or after it. */
export interface Snapshot {
  registries?: Registries
  annotations?: Map<string, Annotation[]>
  /** Dismissed claim proposals per document (their keys). */
  dismissed?: Map<string, string[]>
}

/** Writes a document's dismissed proposals; the proposal files implement it. */
export interface DismissalWriter {
  setDismissed(documentId: string, keys: readonly string[]): Promise<void>
}

interface Entry {
  label: string
  before: Snapshot
  after: Snapshot
}

const LIMIT = 200

export const registriesOf = (data: LibraryData): Registries => ({ sources: data.sources, parties: data.parties, issues: data.issues, tags: data.tags })

/**
 * Undo and redo for every annotation, claim and registry action. Each action records the state
 * of what it touched before and after; undo restores "before", redo restores "after". Restoring
 * goes through the same durable writes as any change.
 */
export class UndoHistory {
  private readonly done: Entry[] = []
  private readonly undone: Entry[] = []

  constructor(
    private readonly store: LibraryStore,
    private readonly dismissals?: DismissalWriter,
  ) {}

  record(label: string, before: Snapshot, after: Snapshot): void {
    this.done.push({ label, before, after })
    if (this.done.length > LIMIT) this.done.shift()
    this.undone.length = 0
  }

  state(): HistoryState {
    return { undoLabel: this.done.at(-1)?.label ?? null, redoLabel: this.undone.at(-1)?.label ?? null }
  }

  async undo(): Promise<{ label: string; documentIds: string[] } | null> {
    const entry = this.done.pop()
    if (!entry) return null
    await this.restore(entry.before)
    this.undone.push(entry)
    return { label: entry.label, documentIds: touched(entry.before) }
  }

  async redo(): Promise<{ label: string; documentIds: string[] } | null> {
    const entry = this.undone.pop()
    if (!entry) return null
    await this.restore(entry.after)
    this.done.push(entry)
    return { label: entry.label, documentIds: touched(entry.after) }
  }

  private async restore(snapshot: Snapshot): Promise<void> {
    if (snapshot.registries) {
      const registries = snapshot.registries
      await this.store.commit((data) => ({ ...data, ...registries }))
    }
    for (const [documentId, annotations] of snapshot.annotations ?? []) {
      await this.store.annotations.replaceAll(documentId, annotations)
    }
    for (const [documentId, keys] of snapshot.dismissed ?? []) await this.dismissals?.setDismissed(documentId, keys)
  }
}

const touched = (snapshot: Snapshot): string[] => [...new Set([...(snapshot.annotations?.keys() ?? []), ...(snapshot.dismissed?.keys() ?? [])])]
