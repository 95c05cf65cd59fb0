import { mkdir, readdir, readFile } from 'node:fs/promises'
import { annotationFileSchema, ANNOTATION_FILE_VERSION, type AnnotationFile } from '../../../../shared/domain/library-data'
import { annotationSchema, type Annotation } from '../../../../shared/domain/annotation'
import { ParleyError } from '../../../../shared/ipc/errors'
import { SerialQueue, writeFileDurable } from './durable-write'
import type { LibraryPaths } from './library-paths'

export interface ListChange {
  before: Annotation[]
  after: Annotation[]
}

/**
 * Annotations live in one small file per document, so saving one rewrites only that file:
 * cheap for the main thread whatever the library's size. Each document's reads and writes run
 * through its own queue, so concurrent saves never lose one another.
 */
export class AnnotationStore {
  private readonly cache = new Map<string, Annotation[]>()
  private readonly queues = new Map<string, SerialQueue>()
  private everythingLoaded = false
  private readonly listeners = new Set<(documentId: string, annotations: readonly Annotation[]) => void>()

  constructor(private readonly paths: LibraryPaths) {}

  list(documentId: string): Promise<Annotation[]> {
    return this.queueFor(documentId).run(async () => [...(await this.load(documentId))])
  }

  /**
   * Inserts or replaces by id; resolves once the change is durable, with the document's list
   * before and after, taken inside the document's queue so concurrent changes cannot blur them.
   */
  async save(input: Annotation): Promise<ListChange> {
    const annotation = annotationSchema.parse(input)
    const documentId = annotation.target.documentId
    return this.queueFor(documentId).run(async () => {
      const current = await this.load(documentId)
      const index = current.findIndex((a) => a.id === annotation.id)
      const next = index === -1 ? [...current, annotation] : current.map((a, i) => (i === index ? annotation : a))
      await this.persist(documentId, next)
      return { before: current, after: next }
    })
  }

  /** Replaces a document's whole list (undo, redo, merges); resolves once durable. */
  replaceAll(documentId: string, annotations: Annotation[]): Promise<void> {
    const valid = annotations.map((a) => annotationSchema.parse(a))
    return this.queueFor(documentId).run(() => this.persist(documentId, valid))
  }

  /** Every document's annotations, for registry usage counts and merges across the library. */
  async loadAll(): Promise<Map<string, Annotation[]>> {
    if (!this.everythingLoaded) {
      const names = await readdir(this.paths.annotationsDir).catch(() => [] as string[])
      for (const name of names) {
        if (!name.endsWith('.json') || name.startsWith('.')) continue
        const documentId = name.slice(0, -'.json'.length)
        await this.queueFor(documentId).run(() => this.load(documentId))
      }
      this.everythingLoaded = true
    }
    return new Map([...this.cache].filter(([, list]) => list.length > 0))
  }

  remove(documentId: string, annotationId: string): Promise<ListChange> {
    return this.queueFor(documentId).run(async () => {
      const current = await this.load(documentId)
      if (!current.some((a) => a.id === annotationId)) throw new ParleyError('not-found', `No annotation ${annotationId}.`)
      const next = current.filter((a) => a.id !== annotationId)
      await this.persist(documentId, next)
      return { before: current, after: next }
    })
  }

  /** Resolves when every save queued so far is on disk. */
  async flush(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.drain()))
  }

  private async persist(documentId: string, annotations: Annotation[]): Promise<void> {
    const file: AnnotationFile = { schemaVersion: ANNOTATION_FILE_VERSION, documentId, annotations }
    await mkdir(this.paths.annotationsDir, { recursive: true })
    await writeFileDurable(this.paths.annotationFile(documentId), JSON.stringify(file))
    this.cache.set(documentId, annotations)
    for (const listener of this.listeners) listener(documentId, annotations)
  }

  /** Called after each durable change of a document's annotations (the search index follows). */
  onChange(listener: (documentId: string, annotations: readonly Annotation[]) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private async load(documentId: string): Promise<Annotation[]> {
    const cached = this.cache.get(documentId)
    if (cached) return cached
    let raw: string
    try {
      raw = await readFile(this.paths.annotationFile(documentId), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      this.cache.set(documentId, [])
      return []
    }
    const parsed = annotationFileSchema.safeParse(JSON.parse(raw.replace(/^\uFEFF/, '')))
    if (!parsed.success) {
      // Refuse rather than overwrite: a later save would silently drop the analyst's work.
      throw new ParleyError('library-damaged', `The annotations of document ${documentId} could not be read.`)
    }
    this.cache.set(documentId, parsed.data.annotations)
    return parsed.data.annotations
  }

  private queueFor(documentId: string): SerialQueue {
    let queue = this.queues.get(documentId)
    if (!queue) {
      queue = new SerialQueue()
      this.queues.set(documentId, queue)
    }
    return queue
  }
}
