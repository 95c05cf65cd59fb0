import { mkdir, readdir, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import type { LibraryData } from '../../../../shared/domain/library-data'
import { createHash } from 'node:crypto'
import type { ParleyDocument } from '../../../../shared/domain/document'
import { composeText, type ContentBlock } from '../../../../shared/domain/content'
import { countWords } from '../../../../shared/text/normalise'
import { ParleyError } from '../../../../shared/ipc/errors'
import type { LibraryNotice } from '../../../../shared/ipc/contract'
import { DurableJsonAdapter } from './durable-json-adapter'
import { isTempFileName, writeFileDurable } from './durable-write'
import { AnnotationStore } from './annotation-store'
import { LibraryLock } from './library-lock'
import { libraryPaths, type LibraryPaths } from './library-paths'
import { loadLibraryData, writeBackup } from './library-file'
import { recoverAfterRestore } from './document-recovery'
import { BlockRepair, type BlockRebuilder } from './block-repair'

type StoreSettings = Required<Omit<LibraryStoreOptions, 'takeOverLock'>>

export interface LibraryStoreOptions {
  now?: () => Date
  /** A further backup is taken on write when the last one is older than this. */
  backupIntervalMs?: number
  /** An import batch is taken as finished, and backed up, after this long without imports. */
  importBackupDelayMs?: number
  /** Parses a document's kept original again, to rebuild its blocks file when that is damaged. */
  rebuildBlocks?: BlockRebuilder | null
  /** Take over a lock held by a live process, after the analyst was told what that risks. */
  takeOverLock?: boolean
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
const IMPORT_BATCH_QUIET_MS = 5000

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
  private importBackupTimer: NodeJS.Timeout | null = null
  private readonly listeners = new Set<(before: LibraryData, after: LibraryData) => void>()
  private readonly noticeList: LibraryNotice[]
  private readonly blockRepair: BlockRepair

  private constructor(
    readonly paths: LibraryPaths,
    private readonly db: Low<LibraryData>,
    private readonly lock: LibraryLock,
    notices: readonly LibraryNotice[],
    private readonly options: StoreSettings,
  ) {
    this.noticeList = [...notices]
    this.annotations = new AnnotationStore(paths, {
      hasDocument: (id) => this.byId.has(id),
      describe: (id) => this.byId.get(id)?.title ?? id,
      report: (notice) => this.addNotice(notice),
      now: options.now,
    })
    this.blockRepair = new BlockRepair(paths, options.rebuildBlocks, options.now, (notice) => this.addNotice(notice))
    this.lastBackupAt = options.now().getTime()
    this.reindex()
  }

  static async open(dir: string, options: LibraryStoreOptions = {}): Promise<LibraryStore> {
    const settings: StoreSettings = {
      now: options.now ?? (() => new Date()),
      backupIntervalMs: options.backupIntervalMs ?? FIFTEEN_MINUTES,
      importBackupDelayMs: options.importBackupDelayMs ?? IMPORT_BATCH_QUIET_MS,
      rebuildBlocks: options.rebuildBlocks ?? null,
    }
    const paths = libraryPaths(dir)
    await mkdir(dir, { recursive: true })
    const lock = await LibraryLock.acquire(paths.lockFile, dir, { takeOver: options.takeOverLock ?? false })
    try {
      await removeStaleTempFiles([paths.dir, paths.documentsDir, paths.annotationsDir, paths.backupsDir])
      const loaded = await loadLibraryData(paths, settings.now())
      let { data, needsWrite } = loaded
      const notices = [...loaded.notices, ...lock.notices]
      if (loaded.restored) {
        const recovered = await recoverAfterRestore(paths, data, settings.now())
        data = recovered.data
        notices.push(...recovered.notices)
        needsWrite ||= recovered.changed
      }
      const db = new Low<LibraryData>(new DurableJsonAdapter<LibraryData>(paths.dataFile), data)
      db.data = data
      if (needsWrite) await db.write()
      await writeBackup(paths, await readFile(paths.dataFile, 'utf8'), settings.now())
      return new LibraryStore(paths, db, lock, notices, settings)
    } catch (error) {
      await lock.release()
      throw error
    }
  }

  get location(): string {
    return this.paths.dir
  }

  /** What the analyst must be told: recoveries at open, and any repair made since. */
  get notices(): readonly LibraryNotice[] {
    return this.noticeList
  }

  addNotice(notice: LibraryNotice): void {
    this.noticeList.push(notice)
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
      const code = (error as NodeJS.ErrnoException).code
      const what = code === 'ENOENT' ? `is missing from ${this.paths.documentsDir}` : `could not be read (${code ?? 'read error'})`
      throw new ParleyError('library-damaged', `The text of “${document.title}” ${what}.`)
    }
  }

  /**
   * The document's blocks, removed ones included (older documents: one block per paragraph).
   * A damaged blocks file is rebuilt from the kept original (block-repair.ts).
   */
  async readBlocks(document: ParleyDocument): Promise<ContentBlock[]> {
    return this.blockRepair.read(document, () => this.readText(document))
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
    for (const id of linkUpdates.keys()) await this.writeRecord(this.getDocument(id))
    this.scheduleImportBackup()
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
    await this.writeRecord(updated)
    await this.commit((data) => ({ ...data, documents: data.documents.map((d) => (d.id === documentId ? updated : d)) }))
    return updated
  }

  /** Sets the publication date of many documents in one write (the import results' "set the year for all"). */
  async setPublishedDates(dates: ReadonlyArray<{ documentId: string; publishedAt: string }>): Promise<ParleyDocument[]> {
    const byId = new Map(dates.map((d) => [d.documentId, d.publishedAt]))
    const updated = [...byId].map(([id, publishedAt]) => ({ ...this.getDocument(id), publishedAt }))
    for (const document of updated) await this.writeRecord(document)
    const changed = new Map(updated.map((d) => [d.id, d]))
    await this.commit((data) => ({ ...data, documents: data.documents.map((d) => changed.get(d.id) ?? d) }))
    return updated
  }

  private async writeContentFiles(document: ParleyDocument, blocks: ContentBlock[]): Promise<void> {
    const { text } = composeText(blocks)
    await writeFileDurable(this.paths.textFile(document.textHash), text)
    await writeFileDurable(this.paths.contentFile(document.id, document.textHash), JSON.stringify({ documentId: document.id, textHash: document.textHash, blocks }))
    await this.writeRecord(document)
  }

  /** The index record beside the text, so a restore from an older backup can bring it back. */
  private async writeRecord(document: ParleyDocument): Promise<void> {
    await writeFileDurable(this.paths.recordFile(document.id), JSON.stringify(document))
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
    if (this.importBackupTimer) clearTimeout(this.importBackupTimer)
    await this.annotations.flush()
    // The session's work is in the newest backup, so a later restore does not go back a session.
    await this.backupNow().catch((error: unknown) => console.error('Parley: the closing backup failed:', error))
    await this.lock.release()
  }

  /** Copies library.json into backups/ now (skipped when the newest backup is identical). */
  async backupNow(): Promise<void> {
    const now = this.options.now()
    this.lastBackupAt = now.getTime()
    await writeBackup(this.paths, await readFile(this.paths.dataFile, 'utf8'), now)
  }

  private async backupIfDue(): Promise<void> {
    if (this.options.now().getTime() - this.lastBackupAt < this.options.backupIntervalMs) return
    await this.backupNow()
  }

  /** An import batch arrives as many commits; it is backed up once it has gone quiet. */
  private scheduleImportBackup(): void {
    if (this.importBackupTimer) clearTimeout(this.importBackupTimer)
    this.importBackupTimer = setTimeout(() => {
      this.importBackupTimer = null
      void this.backupNow().catch((error: unknown) => {
        // The library folder went away (a closed test library, a removed folder): nothing to back up.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.error('Parley: the backup after an import failed:', error)
      })
    }, this.options.importBackupDelayMs)
    this.importBackupTimer.unref()
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
