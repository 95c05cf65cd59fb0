import type { ImportProgress } from '../../../../shared/ipc/contract'

/** Progress boards the renderer stopped asking about are dropped past this many. */
const MAX_TRACKED = 50

/**
 * How far a long import call has got (a news-database export of 200 articles is one call), by an
 * id the renderer chose, so it can ask while it waits and show the progress.
 */
export class ImportProgressBoard {
  private readonly progress = new Map<string, ImportProgress>()

  report(id: string, progress: ImportProgress): void {
    this.progress.delete(id)
    this.progress.set(id, progress)
    while (this.progress.size > MAX_TRACKED) this.progress.delete(this.progress.keys().next().value!)
  }

  get(id: string): ImportProgress | null {
    return this.progress.get(id) ?? null
  }

  finish(id: string): void {
    this.progress.delete(id)
  }
}
