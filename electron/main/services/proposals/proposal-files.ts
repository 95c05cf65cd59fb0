import { mkdir, readFile, readdir, unlink } from 'node:fs/promises'
import { z } from 'zod'
import { ATTRIBUTION_KINDS, type AttributedStatement } from '../../../../shared/attribution/types'
import { writeFileDurable } from '../store/durable-write'
import type { LibraryPaths } from '../store/library-paths'

const spanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string().max(200_000) })
const statementSchema = z.object({
  kind: z.enum(ATTRIBUTION_KINDS as [AttributedStatement['kind'], ...AttributedStatement['kind'][]]),
  content: spanSchema,
  cue: spanSchema,
  source: spanSchema.nullable(),
  speaker: z.string().max(1000).nullable(),
  role: z.string().max(1000).nullable(),
  confidence: z.number().min(0).max(1),
  /** The statement's paragraph, kept so listing proposals never has to read the text again. */
  context: z.string().max(4000).optional(),
})
const proposalFileSchema = z.object({
  version: z.literal(1),
  documentId: z.string().min(1),
  /** The text the statements were found in; another hash means they must be found again. */
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The declared language the text was judged under, and whether it read as English. */
  language: z.string().max(35).nullable().optional(),
  english: z.boolean().optional(),
  statements: z.array(statementSchema),
  /** Keys of dismissed proposals: words, not offsets, so they outlive re-runs and re-reads. */
  dismissed: z.array(z.string().min(1).max(100)),
})
export type ProposalFile = z.infer<typeof proposalFileSchema>

/**
 * One small file per document under proposals/. They hold derived data plus the dismissals: a
 * damaged file loses no analyst's claim, so it is read as absent (statements are found again)
 * and only its dismissals are lost, which the next write records anew.
 */
export class ProposalFiles {
  /** Files as last read or written: this process is the library's only writer (the lock). */
  private readonly cache = new Map<string, ProposalFile | null>()

  constructor(private readonly paths: Pick<LibraryPaths, 'proposalsDir' | 'proposalFile'>) {}

  async read(documentId: string): Promise<ProposalFile | null> {
    if (this.cache.has(documentId)) return this.cache.get(documentId)!
    const file = await this.readFromDisk(documentId)
    this.cache.set(documentId, file)
    return file
  }

  private async readFromDisk(documentId: string): Promise<ProposalFile | null> {
    const raw = await readFile(this.paths.proposalFile(documentId), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      throw error
    })
    if (raw === null) return null
    try {
      const parsed = proposalFileSchema.safeParse(JSON.parse(raw))
      return parsed.success && parsed.data.documentId === documentId ? parsed.data : null
    } catch {
      return null
    }
  }

  async write(file: ProposalFile): Promise<void> {
    await mkdir(this.paths.proposalsDir, { recursive: true })
    this.cache.delete(file.documentId)
    await writeFileDurable(this.paths.proposalFile(file.documentId), JSON.stringify(file))
    this.cache.set(file.documentId, file)
  }

  async setDismissed(documentId: string, keys: readonly string[]): Promise<void> {
    const file = await this.read(documentId)
    if (file) await this.write({ ...file, dismissed: [...keys] })
  }

  async remove(documentId: string): Promise<void> {
    this.cache.delete(documentId)
    await unlink(this.paths.proposalFile(documentId)).catch(() => undefined)
  }

  async documentIdsWithFiles(): Promise<Set<string>> {
    const names = await readdir(this.paths.proposalsDir).catch(() => [] as string[])
    return new Set(names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)))
  }
}
