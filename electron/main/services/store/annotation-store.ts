import { mkdir, readdir, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { annotationFileSchema, ANNOTATION_FILE_VERSION, type AnnotationFile } from '../../../../shared/domain/library-data'
import { annotationSchema, type Annotation } from '../../../../shared/domain/annotation'
import { ParleyError } from '../../../../shared/ipc/errors'
import type { LibraryNotice } from '../../../../shared/ipc/contract'
import { SerialQueue, writeFileDurable } from './durable-write'
import { AnnotationJournal, type JournalEntry } from './annotation-journal'
import { fileStamp } from './file-stamp'
import type { LibraryPaths } from './library-paths'
import { countOf } from '../../../../shared/text/plural'

export interface ListChange {
  before: Annotation[]
  after: Annotation[]
}

export interface AnnotationStoreContext {
  /** Only documents in the library have annotations: nothing else may reach a file name. */
  hasDocument: (documentId: string) => boolean
  /** How the analyst knows the document, for messages. */
  describe: (documentId: string) => string
  /** Tells the analyst what a recovery did. */
  report: (notice: LibraryNotice) => void
  now: () => Date
}

type Damage = { kind: 'unreadable'; reason: string } | { kind: 'missing' }

/**
 * Annotations live in one small file per document, so saving one rewrites only that file:
 * cheap for the main thread whatever the library's size. Each change is first appended to the
 * document's journal (annotation-journal.ts), from which a damaged file is rebuilt. Each
 * document's reads and writes run through its own queue, so concurrent saves never lose one another.
 */
export class AnnotationStore {
  private readonly cache = new Map<string, Annotation[]>()
  private readonly queues = new Map<string, SerialQueue>()
  private readonly journal = new AnnotationJournal()
  private everythingLoaded = false
  private readonly listeners = new Set<(documentId: string, annotations: readonly Annotation[]) => void>()

  constructor(
    private readonly paths: LibraryPaths,
    private readonly context: AnnotationStoreContext,
  ) {}

  async list(documentId: string): Promise<Annotation[]> {
    this.checkDocument(documentId)
    return this.queueFor(documentId).run(async () => [...(await this.load(documentId))])
  }

  /**
   * Inserts or replaces by id; resolves once the change is durable, with the document's list
   * before and after, taken inside the document's queue so concurrent changes cannot blur them.
   */
  async save(input: Annotation): Promise<ListChange> {
    const annotation = annotationSchema.parse(input)
    const documentId = annotation.target.documentId
    this.checkDocument(documentId)
    return this.queueFor(documentId).run(async () => {
      const current = await this.load(documentId)
      const index = current.findIndex((a) => a.id === annotation.id)
      const next = index === -1 ? [...current, annotation] : current.map((a, i) => (i === index ? annotation : a))
      await this.persist(documentId, next, { op: 'put', at: this.stamp(), annotation })
      return { before: current, after: next }
    })
  }

  /** Replaces a document's whole list (undo, redo, merges); resolves once durable. */
  async replaceAll(documentId: string, annotations: Annotation[]): Promise<void> {
    const valid = annotations.map((a) => annotationSchema.parse(a))
    this.checkDocument(documentId)
    return this.queueFor(documentId).run(async () => {
      await this.load(documentId)
      await this.persist(documentId, valid, { op: 'replace', at: this.stamp(), annotations: valid })
    })
  }

  /** Every document's annotations, for registry usage counts and merges across the library. */
  async loadAll(): Promise<Map<string, Annotation[]>> {
    if (!this.everythingLoaded) {
      const names = await readdir(this.paths.annotationsDir).catch(() => [] as string[])
      const ids = new Set(names.filter((n) => !n.startsWith('.') && (n.endsWith('.json') || n.endsWith('.journal'))).map((n) => n.replace(/\.(json|journal)$/, '')))
      for (const documentId of ids) {
        if (!this.context.hasDocument(documentId)) continue
        // One unreadable file must not hide every other document's annotations.
        await this.queueFor(documentId).run(() => this.load(documentId)).catch((error: unknown) => this.unreadable(documentId, error))
      }
      this.everythingLoaded = true
    }
    return new Map([...this.cache].filter(([, list]) => list.length > 0))
  }

  async remove(documentId: string, annotationId: string): Promise<ListChange> {
    this.checkDocument(documentId)
    return this.queueFor(documentId).run(async () => {
      const current = await this.load(documentId)
      if (!current.some((a) => a.id === annotationId)) throw new ParleyError('not-found', `No annotation ${annotationId}.`)
      const next = current.filter((a) => a.id !== annotationId)
      await this.persist(documentId, next, { op: 'delete', at: this.stamp(), id: annotationId })
      return { before: current, after: next }
    })
  }

  /** Resolves when every save queued so far is on disk. */
  async flush(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.drain()))
  }

  /** Called after each durable change of a document's annotations (the search index follows). */
  onChange(listener: (documentId: string, annotations: readonly Annotation[]) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private async persist(documentId: string, annotations: Annotation[], entry: JournalEntry): Promise<void> {
    await mkdir(this.paths.annotationsDir, { recursive: true })
    const journalPath = this.paths.annotationJournal(documentId)
    // The journal first: once it holds the change, a torn or lost file cannot lose it.
    await this.journal.append(journalPath, entry, () => ({ op: 'replace', at: entry.at, annotations }))
    const file: AnnotationFile = { schemaVersion: ANNOTATION_FILE_VERSION, documentId, annotations }
    const json = JSON.stringify(file)
    await writeFileDurable(this.paths.annotationFile(documentId), json)
    await this.journal.compactIfLarge(journalPath, annotations, json.length, entry.at)
    this.cache.set(documentId, annotations)
    for (const listener of this.listeners) listener(documentId, annotations)
  }

  private async load(documentId: string): Promise<Annotation[]> {
    const cached = this.cache.get(documentId)
    if (cached) return cached
    const annotations = await this.read(documentId)
    this.cache.set(documentId, annotations)
    return annotations
  }

  private async read(documentId: string): Promise<Annotation[]> {
    let raw: string
    try {
      raw = await readFile(this.paths.annotationFile(documentId), 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') return this.recover(documentId, { kind: 'missing' }, null)
      throw new ParleyError('library-damaged', `The annotations of “${this.context.describe(documentId)}” could not be read (${code ?? 'read error'}).`)
    }
    let json: unknown
    try {
      json = JSON.parse(raw.replace(/^\uFEFF/, ''))
    } catch {
      return this.recover(documentId, { kind: 'unreadable', reason: 'the file is not valid JSON (truncated or overwritten)' }, raw)
    }
    const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion
    if (typeof version === 'number' && version > ANNOTATION_FILE_VERSION) {
      // Written by a newer Parley: never rewrite it.
      throw new ParleyError('library-too-new', `The annotations of “${this.context.describe(documentId)}” were written by a newer Parley.`)
    }
    const parsed = annotationFileSchema.safeParse(json)
    if (!parsed.success) return this.recover(documentId, { kind: 'unreadable', reason: 'its content is not in the annotation file format' }, raw)
    return parsed.data.annotations
  }

  /**
   * Rebuilds a damaged or missing annotations file from the document's journal. The damaged file
   * is moved to damaged/, never deleted, and the analyst is told what came back.
   */
  private async recover(documentId: string, damage: Damage, raw: string | null): Promise<Annotation[]> {
    const journalPath = this.paths.annotationJournal(documentId)
    const journal = await this.journal.replay(journalPath)
    const replayed = journal && journal.entries > 0 ? journal : null
    if (damage.kind === 'missing' && replayed === null) return []
    const title = this.context.describe(documentId)
    let movedTo = ''
    if (raw !== null) {
      await mkdir(this.paths.damagedDir, { recursive: true })
      movedTo = join(this.paths.damagedDir, `annotations-${documentId}-${fileStamp(this.context.now())}.json`)
      await rename(this.paths.annotationFile(documentId), movedTo)
    }
    const annotations = replayed?.annotations ?? []
    const file: AnnotationFile = { schemaVersion: ANNOTATION_FILE_VERSION, documentId, annotations }
    await mkdir(this.paths.annotationsDir, { recursive: true })
    await writeFileDurable(this.paths.annotationFile(documentId), JSON.stringify(file))
    this.journal.forget(journalPath)
    if (replayed) await this.journal.writeSnapshot(journalPath, annotations, this.stamp())
    const what = damage.kind === 'missing' ? 'was missing' : `could not be read: ${damage.reason}`
    const where = movedTo ? ` The damaged file was moved to ${movedTo}.` : ''
    const cameBack = replayed
      ? `Rebuilt ${countOf(annotations.length, 'annotation')} from its journal of changes.${replayed.unreadable > 0 ? ` ${countOf(replayed.unreadable, 'recorded change')} could not be read and may be missing.` : ' Nothing was lost.'}`
      : 'It had no journal of changes to rebuild from, so its annotations could not be brought back; they start empty.'
    this.context.report({ level: 'warning', title: 'Annotations recovered', message: `The annotations file of “${title}” ${what}. ${cameBack}${where}` })
    return annotations
  }

  private readonly reportedUnreadable = new Set<string>()

  private unreadable(documentId: string, error: unknown): void {
    if (this.reportedUnreadable.has(documentId)) return
    this.reportedUnreadable.add(documentId)
    const message = error instanceof ParleyError ? error.message : `The annotations of “${this.context.describe(documentId)}” could not be read.`
    this.context.report({ level: 'warning', title: 'Annotations left out', message: `${message} They are left out of positions, exports and reports until this is resolved; nothing was changed on disk.` })
  }

  private checkDocument(documentId: string): void {
    if (!this.context.hasDocument(documentId)) throw new ParleyError('not-found', 'No such document in this library.')
  }

  private stamp(): string {
    return this.context.now().toISOString()
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
