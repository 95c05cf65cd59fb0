import { readFile } from 'node:fs/promises'
import { unplacedListSchema, type UnplacedAnnotation } from '../../../../shared/annotations/unplaced'
import { ParleyError } from '../../../../shared/ipc/errors'
import { writeFileDurable } from '../store/durable-write'
import type { LibraryPaths } from '../store/library-paths'

/** At most this many are kept; an import past it says so rather than dropping any. */
const MAX_KEPT = 20_000

/**
 * Imported annotations whose document or words were not found, in one small file per library,
 * until the analyst assigns each to a document or discards it. Nothing is dropped silently.
 */
export class UnplacedAnnotations {
  constructor(private readonly paths: Pick<LibraryPaths, 'unplacedFile'>) {}

  async list(): Promise<UnplacedAnnotation[]> {
    const raw = await readFile(this.paths.unplacedFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      throw error
    })
    if (raw === null) return []
    let json: unknown
    try {
      json = JSON.parse(raw)
    } catch {
      throw new ParleyError('library-damaged', 'The list of unplaced annotations (unplaced-annotations.json) is damaged; it was left as it is.')
    }
    const parsed = unplacedListSchema.safeParse(json)
    if (!parsed.success) throw new ParleyError('library-damaged', 'The list of unplaced annotations (unplaced-annotations.json) is not in the form Parley writes; it was left as it is.')
    return parsed.data as UnplacedAnnotation[]
  }

  async get(id: string): Promise<UnplacedAnnotation> {
    const found = (await this.list()).find((u) => u.id === id)
    if (!found) throw new ParleyError('not-found', 'That unplaced annotation is no longer in the list.')
    return found
  }

  /** Refuses, before anything is saved, an import that would keep more than the list holds. */
  async checkRoom(count: number): Promise<void> {
    if (count > 0 && (await this.list()).length + count > MAX_KEPT) {
      throw new ParleyError('import-failed', `Over ${MAX_KEPT.toLocaleString('en')} annotations would wait unplaced; assign or discard some first. Nothing was imported.`)
    }
  }

  async add(items: readonly UnplacedAnnotation[]): Promise<void> {
    if (items.length === 0) return
    await writeFileDurable(this.paths.unplacedFile, JSON.stringify([...(await this.list()), ...items]))
  }

  async remove(id: string): Promise<void> {
    const list = await this.list()
    if (!list.some((u) => u.id === id)) throw new ParleyError('not-found', 'That unplaced annotation is no longer in the list.')
    await writeFileDurable(this.paths.unplacedFile, JSON.stringify(list.filter((u) => u.id !== id)))
  }
}
