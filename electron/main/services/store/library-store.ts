import { mkdir, readdir, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import type { LibraryData } from '../../../../shared/domain/library-data'
import { createHash } from 'node:crypto'
import type { ParleyDocument } from '../../../../shared/domain/document'
import { blocksFromText, composeText, documentContentSchema, type ContentBlock } from '../../../../shared/domain/content'
import { countWords } from '../../../../shared/text/normalise'
import { ParleyError } from '../../../../shared/ipc/errors'
import type { LibraryNotice } from '../../../../shared/ipc/contract'
import { DurableJsonAdapter } from './durable-json-adapter'
import { isTempFileName, writeFileDurable } from './durable-write'
import { AnnotationStore } from './annotation-store'
import { LibraryLock } from './library-lock'
import { libraryPaths, type LibraryPaths } from './library-paths'
import { loadLibraryData, writeBackup } from './library-file'

export interface LibraryStoreOptions {
  now?: () => Date
  /** A further backup is taken on write when the last one is older than this. */
  backupIntervalMs?: number
}

export interface NewDocument {
  document: ParleyDocument
  /** Every block as imported, removed ones included; the text is composed from them. */
  blocks: ContentBlock[]
  original: Uint8Array
}

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** Editable metadata; everything else about a document is derived. */
export type DocumentDetails = Pick<ParleyDocument, 'title' | 'outlet' | 'byline' | 'publishedAt' | 'language'>

const FIFTEEN_MINUTES = 15 * 60 * 1000

/**
 * The library on disk. The document index, registries and settings are one lowdb file written
 * durably; each text is a content-addressed file with its original beside it; annotations are
 * per document (AnnotationStore). One process holds a library at a time (LibraryLock).
 */
export class LibraryStore {
  readonly annotations: AnnotationStore
  private readonly byId = new Map<string, ParleyDocument>()
  private readonly byTextHash = new Map<string, ParleyDocument>()
  private lastBackupAt: number
  private readonly listeners = new Set<(before: LibraryData, after: LibraryData) => void>()

  private constructor(
    readonly paths: LibraryPaths,
    private readonly db: Low<LibraryData>,
    private readonly lock: LibraryLock,
    readonly notices: readonly LibraryNotice[],
    private readonly options: Required<LibraryStoreOptions>,
  ) {
    this.annotations = new AnnotationStore(paths)
    this.lastBackupAt = options.now().getTime()
    this.reindex()
  }

  static async open(dir: string, options: LibraryStoreOptions = {}): Promise<LibraryStore> {
    const settings = { now: options.now ?? (() => new Date()), backupIntervalMs: options.backupIntervalMs ?? FIFTEEN_MINUTES }
    const paths = libraryPaths(dir)
    await mkdir(dir, { recursive: true })
    const lock = await LibraryLock.acquire(paths.lockFile, dir)
    try {
      await removeStaleTempFiles([paths.dir, paths.documentsDir, paths.annotationsDir, paths.backupsDir])
      const loaded = await loadLibraryData(paths, settings.now())
      const db = new Low<LibraryData>(new DurableJsonAdapter<LibraryData>(paths.dataFile), loaded.data)
      db.data = loaded.data
      if (loaded.needsWrite) await db.write()
      await writeBackup(paths, await readFile(paths.dataFile, 'utf8'), settings.now())
      return new LibraryStore(paths, db, lock, loaded.notices, settings)
    } catch (error) {
      await lock.release()
      throw error
    }
  }

  get location(): string {
    return this.paths.dir
  }

  get data(): Readonly<LibraryData> {
    return this.db.data
  }

  listDocuments(): readonly ParleyDocument[] {
    return this.db.data.documents
  }

  getDocument(id: string): ParleyDocument {
    const document = this.byId.get(id)
    if (!document) throw new ParleyError('not-found', `No document with id ${id} in this library.`)
    return document
  }

  findByTextHash(textHash: string): ParleyDocument | undefined {
    return this.byTextHash.get(textHash)
  }

  async readText(document: ParleyDocument): Promise<string> {
    try {
      return await readFile(this.paths.textFile(document.textHash), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ParleyError('library-damaged', `The text of “${document.title}” is missing from ${this.paths.documentsDir}.`)
      }
      throw error
    }
  }

  /** The document's blocks, removed ones included (older documents: one block per paragraph). */
  async readBlocks(document: ParleyDocument): Promise<ContentBlock[]> {
    let raw: string
    try {
      raw = await readFile(this.paths.contentFile(document.id, document.textHash), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      return blocksFromText(await this.readText(document))
    }
    const parsed = documentContentSchema.safeParse(JSON.parse(raw))
    if (!parsed.success) throw new ParleyError('library-damaged', `The blocks of “${document.title}” could not be read.`)
    return parsed.data.blocks
  }

  /**
   * Adds documents in one commit, applying `linkUpdates` (e.g. same-story links on existing
   * documents) in the same write. Text, blocks and original files go first: they are named by
   * content, so if the index write then fails, the library is as before (plus unreferenced files).
   */
  async addDocuments(entries: readonly NewDocument[], linkUpdates: ReadonlyMap<string, readonly string[]> = new Map()): Promise<void> {
    if (entries.length === 0) return
    await mkdir(this.paths.documentsDir, { recursive: true })
    for (const { document, blocks, original } of entries) {
      await this.writeContentFiles(document, blocks)
      await writeFileDurable(this.paths.originalFile(document.textHash, document.original.extension), original)
    }
    await this.commit((data) => ({
      ...data,
      documents: [
        ...data.documents.map((d) => (linkUpdates.has(d.id) ? { ...d, sameStoryAs: [...new Set([...d.sameStoryAs, ...linkUpdates.get(d.id)!])] } : d)),
        ...entries.map((e) => e.document),
      ],
    }))
  }

  /** Replaces a document's blocks (restoring or removing boilerplate); its text follows. */
  async replaceBlocks(documentId: string, blocks: ContentBlock[], newOriginal?: { bytes: Uint8Array; file: ParleyDocument['original'] }): Promise<ParleyDocument> {
    const current = this.getDocument(documentId)
    const { text } = composeText(blocks)
    if (text === '') throw new ParleyError('invalid-arguments', 'A document must keep at least one block of text.')
    const updated: ParleyDocument = { ...current, textHash: sha256Hex(text), wordCount: countWords(text), ...(newOriginal ? { original: newOriginal.file } : {}) }
    await this.writeContentFiles(updated, blocks)
    // A newer version keeps its own original beside its text; the earlier one stays beside the earlier text.
    if (newOriginal) await writeFileDurable(this.paths.originalFile(updated.textHash, newOriginal.file.extension), newOriginal.bytes)
    await this.commit((data) => ({ ...data, documents: data.documents.map((d) => (d.id === documentId ? updated : d)) }))
    return updated
  }

  async updateDetails(documentId: string, details: DocumentDetails): Promise<ParleyDocument> {
    const updated: ParleyDocument = { ...this.getDocument(documentId), ...details }
    await this.commit((data) => ({ ...data, documents: data.documents.map((d) => (d.id === documentId ? updated : d)) }))
    return updated
  }

  private async writeContentFiles(document: ParleyDocument, blocks: ContentBlock[]): Promise<void> {
    const { text } = composeText(blocks)
    await writeFileDurable(this.paths.textFile(document.textHash), text)
    await writeFileDurable(this.paths.contentFile(document.id, document.textHash), JSON.stringify({ documentId: document.id, textHash: document.textHash, blocks }))
  }

  /** Applies an immutable update and writes it; on failure memory is rolled back to match disk. */
  async commit(update: (data: LibraryData) => LibraryData): Promise<void> {
    const previous = this.db.data
    this.db.data = update(previous)
    try {
      await this.db.write()
    } catch (error) {
      this.db.data = previous
      throw error
    } finally {
      this.reindex()
    }
    for (const listener of this.listeners) listener(previous, this.db.data)
    await this.backupIfDue()
  }

  /** Called after each committed change with the data before and after (the search index follows). */
  onCommit(listener: (before: LibraryData, after: LibraryData) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  async close(): Promise<void> {
    await this.annotations.flush()
    await this.lock.release()
  }

  private async backupIfDue(): Promise<void> {
    const now = this.options.now()
    if (now.getTime() - this.lastBackupAt < this.options.backupIntervalMs) return
    this.lastBackupAt = now.getTime()
    await writeBackup(this.paths, await readFile(this.paths.dataFile, 'utf8'), now)
  }

  private reindex(): void {
    this.byId.clear()
    this.byTextHash.clear()
    for (const document of this.db.data.documents) {
      this.byId.set(document.id, document)
      this.byTextHash.set(document.textHash, document)
    }
  }
}

/** Temp files left by a crash mid-write are never the live copy; remove them. */
async function removeStaleTempFiles(dirs: string[]): Promise<void> {
  for (const dir of dirs) {
    const names = await readdir(dir).catch(() => [] as string[])
    await Promise.all(names.filter(isTempFileName).map((name) => unlink(join(dir, name)).catch(() => undefined)))
  }
}
