import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { writeFileDurable } from './durable-write'
import type { LibraryStore } from './library-store'
import { decodeSketch, encodeSketch, shingles, sketch, SKETCH_SIZE } from '../importer/near-duplicates'

const sketchFileSchema = z.object({
  sketchSize: z.literal(SKETCH_SIZE),
  sketches: z.record(z.string(), z.string()),
})

/**
 * The near-duplicate sketches of every document, kept in a file of their own so the index stays
 * small. A missing or unreadable file, or a document without a sketch, is rebuilt from its text:
 * the sketches are derived data and can always be recomputed.
 */
export class SketchStore {
  private sketches: Map<string, Uint32Array> | null = null

  constructor(private readonly store: LibraryStore) {}

  async all(): Promise<ReadonlyMap<string, Uint32Array>> {
    if (!this.sketches) this.sketches = await this.load()
    const known = this.sketches
    const missing = this.store.listDocuments().filter((d) => !known.has(d.id))
    for (const document of missing) known.set(document.id, sketch(shingles(await this.store.readText(document))))
    const liveIds = new Set(this.store.listDocuments().map((d) => d.id))
    for (const id of known.keys()) if (!liveIds.has(id)) known.delete(id)
    if (missing.length > 0) await this.save()
    return known
  }

  async add(entries: ReadonlyMap<string, Uint32Array>): Promise<void> {
    const all = (await this.all()) as Map<string, Uint32Array>
    for (const [id, value] of entries) all.set(id, value)
    await this.save()
  }

  private async load(): Promise<Map<string, Uint32Array>> {
    try {
      const parsed = sketchFileSchema.safeParse(JSON.parse(await readFile(this.store.paths.sketchesFile, 'utf8')))
      if (!parsed.success) return new Map()
      return new Map(Object.entries(parsed.data.sketches).map(([id, value]) => [id, decodeSketch(value)]))
    } catch {
      return new Map()
    }
  }

  private async save(): Promise<void> {
    const sketches = Object.fromEntries([...this.sketches!].map(([id, value]) => [id, encodeSketch(value)]))
    await writeFileDurable(this.store.paths.sketchesFile, JSON.stringify({ sketchSize: SKETCH_SIZE, sketches }))
  }
}
