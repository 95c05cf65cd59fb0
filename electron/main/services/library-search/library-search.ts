import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Annotation } from '../../../../shared/domain/annotation'
import type { LibraryData } from '../../../../shared/domain/library-data'
import type { SearchResponse } from '../../../../shared/ipc/search-contract'
import { SearchIndex } from '../search/search-index'
import { snippet } from '../search/snippets'
import type { LibraryStore } from '../store/library-store'
import { writeFileDurable } from '../store/durable-write'
import { annotationRecord, documentRecord, recordId, registryRecords } from './search-records'

const PERSIST_DELAY_MS = 2000
const documentSignature = (d: LibraryData['documents'][number]) => `${d.textHash}|${d.title}|${d.outlet}|${d.byline}|${d.publishedAt}`

/**
 * The library's search: one index over documents, annotations, claims, sources and parties,
 * kept up to date as the library changes and saved beside it, so a large library is searchable
 * right after start-up instead of after a rebuild.
 */
export class LibrarySearch {
  private persistTimer: NodeJS.Timeout | null = null
  private readonly indexed = new Map<string, string>()
  private readonly annotationIds = new Map<string, string[]>()
  /** Resolves when the index has caught up with the library after opening. */
  ready: Promise<void> = Promise.resolve()

  private constructor(
    private readonly store: LibraryStore,
    private index: SearchIndex,
  ) {}

  static async open(store: LibraryStore): Promise<LibrarySearch> {
    const file = join(store.paths.dir, 'search-index.bin')
    const manifestFile = join(store.paths.dir, 'search-index.json')
    let index = new SearchIndex()
    let manifest: Record<string, string> = {}
    try {
      const [bytes, json] = await Promise.all([readFile(file), readFile(manifestFile, 'utf8')])
      index = SearchIndex.deserialize(new Uint8Array(bytes))
      manifest = JSON.parse(json) as Record<string, string>
    } catch {
      // No saved index (or an unreadable one): built from the library below.
    }
    const search = new LibrarySearch(store, index)
    for (const [id, signature] of Object.entries(manifest)) search.indexed.set(id, signature)
    // The saved index answers at once; changes since it was saved are folded in behind it.
    const reportFailure = (error: unknown) => console.error('[search] could not bring the index up to date:', error)
    search.ready = search.catchUp(store.data).catch(reportFailure)
    store.onCommit((before, after) => void search.catchUp(after, before).catch(reportFailure))
    store.annotations.onChange((documentId, annotations) => search.indexAnnotations(documentId, annotations))
    return search
  }

  async search(query: string, options: { limit: number; offset?: number; prefixLast?: boolean }): Promise<SearchResponse> {
    // Every query word must be matched by some field of each result: typo matches of one word
    // alone (“grian” for “Syrian”) no longer bring in records that hold none of the others.
    const result = this.index.search(query, { ...options, requireAll: true })
    const hits = await Promise.all(result.hits.map(async (hit) => {
      const id = hit.id.slice(hit.id.indexOf(':') + 1)
      const { title, subtitle, documentId, body } = await this.describe(hit.kind, id)
      return { id, kind: hit.kind, documentId, title, subtitle, snippet: snippet(body, hit.matchedTerms, { length: 180 }), matchedTerms: hit.matchedTerms, score: hit.score }
    }))
    return { total: result.total, hits, facets: result.facets, took: result.took, didYouMean: this.index.didYouMean(query, options.prefixLast) }
  }

  /** Title, subtitle and text of a hit, read from the library (the index keeps no copies of texts). */
  private async describe(kind: string, id: string): Promise<{ title: string; subtitle: string; documentId: string | null; body: string }> {
    const data = this.store.data
    const dated = (outlet: string | null, date: string | null) => [outlet, date?.slice(0, 10)].filter(Boolean).join(' · ')
    if (kind === 'document') {
      const document = this.store.getDocument(id)
      return { title: document.title, subtitle: dated(document.outlet, document.publishedAt), documentId: id, body: await this.store.readText(document) }
    }
    if (kind === 'source' || kind === 'party') {
      const entry = kind === 'source' ? data.sources.find((s) => s.id === id) : data.parties.find((p) => p.id === id)
      return { title: entry?.name ?? id, subtitle: kind === 'source' ? 'Source' : 'Party', documentId: null, body: entry?.aliases.join(', ') ?? '' }
    }
    for (const [documentId, ids] of this.annotationIds) {
      if (!ids.includes(recordId.annotation(id))) continue
      const document = this.store.getDocument(documentId)
      const annotation = (await this.store.annotations.list(documentId)).find((a) => a.id === id)!
      const record = annotationRecord(annotation, document, data)
      // The snippet shows what the analyst reads (the quote and the note), never the words the
      // index adds for finding claims (stance, party names and aliases).
      const body = [annotation.target.quote.exact, annotation.note].filter(Boolean).join(' — ')
      return { title: record.title, subtitle: dated(document.outlet, document.publishedAt), documentId, body }
    }
    return { title: id, subtitle: '', documentId: null, body: '' }
  }

  async close(): Promise<void> {
    if (this.persistTimer) {
      clearTimeout(this.persistTimer)
      await this.persist()
    }
  }

  /** Brings the index in line with the library: new, changed and removed documents and registries. */
  private async catchUp(data: LibraryData, before?: LibraryData): Promise<void> {
    let changed = false
    const live = new Set<string>()
    for (const document of data.documents) {
      const id = recordId.document(document.id)
      live.add(id)
      const signature = documentSignature(document)
      if (this.indexed.get(id) === signature) continue
      const text = await this.store.readText(document).catch(() => '')
      this.index.update(documentRecord(document, text))
      this.indexed.set(id, signature)
      changed = true
    }
    for (const id of [...this.indexed.keys()]) {
      if (id.startsWith('document:') && !live.has(id)) {
        this.index.remove(id)
        this.indexed.delete(id)
        changed = true
      }
    }
    const registriesChanged = !before || before.sources !== data.sources || before.parties !== data.parties || before.issues !== data.issues || before.tags !== data.tags
    if (registriesChanged) {
      const records = registryRecords(data)
      const current = new Set(records.map((r) => r.id))
      for (const record of records) {
        this.index.update(record)
        this.indexed.set(record.id, 'registry')
      }
      for (const id of [...this.indexed.keys()]) {
        if ((id.startsWith('source:') || id.startsWith('party:')) && !current.has(id)) {
          this.index.remove(id)
          this.indexed.delete(id)
        }
      }
      // Claims carry source, party and issue names: re-index them all.
      for (const [documentId, annotations] of await this.store.annotations.loadAll()) this.indexAnnotations(documentId, annotations)
      changed = true
    }
    if (changed) {
      // Incremental adds leave slack in the postings; compacting after a catch-up reclaims it.
      this.index.compact()
      this.schedulePersist()
    }
  }

  private indexAnnotations(documentId: string, annotations: readonly Annotation[]): void {
    const document = this.store.listDocuments().find((d) => d.id === documentId)
    for (const old of this.annotationIds.get(documentId) ?? []) this.index.remove(old)
    if (!document) return
    const ids = annotations.map((a) => {
      const record = annotationRecord(a, document, this.store.data)
      this.index.update(record)
      return record.id
    })
    this.annotationIds.set(documentId, ids)
    this.schedulePersist()
  }

  private schedulePersist(): void {
    if (this.persistTimer) clearTimeout(this.persistTimer)
    // The index is derived data: a failed save (say, the library was closed meanwhile) is retried
    // on the next change and never disturbs the analyst.
    this.persistTimer = setTimeout(() => void this.persist().catch(() => undefined), PERSIST_DELAY_MS)
    this.persistTimer.unref?.()
  }

  private async persist(): Promise<void> {
    this.persistTimer = null
    await writeFileDurable(join(this.store.paths.dir, 'search-index.bin'), this.index.serialize())
    await writeFileDurable(join(this.store.paths.dir, 'search-index.json'), JSON.stringify(Object.fromEntries(this.indexed)))
  }
}
