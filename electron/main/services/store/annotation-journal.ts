import { open, readFile, stat } from 'node:fs/promises'
import { annotationSchema, type Annotation } from '../../../../shared/domain/annotation'
import { crashPoint } from './crash-points'
import { writeFileDurable } from './durable-write'

/**
 * One document's append-only record of changes to its annotations. Every change is appended and
 * fsynced before the annotations file is rewritten, so a damaged or lost annotations file can be
 * rebuilt with every acknowledged change in it. The journal is compacted to one snapshot line
 * when it grows well past the file it protects, which keeps it small.
 */
export type JournalEntry =
  | { op: 'put'; at: string; annotation: Annotation }
  | { op: 'delete'; at: string; id: string }
  | { op: 'replace'; at: string; annotations: Annotation[] }

export interface Replayed {
  annotations: Annotation[]
  /** Entries that could not be read (a torn final line after a crash is not counted). */
  unreadable: number
  entries: number
}

/** Compact when the journal is past this many bytes and four times the annotations file. */
const COMPACT_AFTER_BYTES = 256 * 1024

export class AnnotationJournal {
  /** Known size per journal path; absent until first touched this session. */
  private readonly sizes = new Map<string, number>()

  async append(path: string, entry: JournalEntry, snapshotIfNew: () => JournalEntry): Promise<void> {
    let size = this.sizes.get(path)
    let prefix = ''
    if (size === undefined) {
      size = await stat(path).then((s) => s.size, () => -1)
      // A crash can tear the last line; start on a fresh line so no entry is glued to it.
      if (size > 0 && !(await endsWithNewline(path, size))) prefix = '\n'
    }
    const line = `${prefix}${JSON.stringify(size < 0 ? snapshotIfNew() : entry)}\n`
    crashPoint('journal-append', path)
    const handle = await open(path, 'a', 0o600)
    try {
      await handle.write(line)
      await handle.datasync()
    } finally {
      await handle.close()
    }
    this.sizes.set(path, Math.max(size, 0) + Buffer.byteLength(line))
  }

  /** Rewrites the journal as one snapshot once it has grown well past the file it protects. */
  async compactIfLarge(path: string, annotations: Annotation[], fileBytes: number, at: string): Promise<void> {
    const size = this.sizes.get(path) ?? 0
    if (size < COMPACT_AFTER_BYTES || size < 4 * fileBytes) return
    await this.writeSnapshot(path, annotations, at)
  }

  async writeSnapshot(path: string, annotations: Annotation[], at: string): Promise<void> {
    const line = `${JSON.stringify({ op: 'replace', at, annotations } satisfies JournalEntry)}\n`
    await writeFileDurable(path, line)
    this.sizes.set(path, Buffer.byteLength(line))
  }

  /** Null when there is no journal for the document. */
  async replay(path: string): Promise<Replayed | null> {
    let raw: string
    try {
      raw = await readFile(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    const lines = raw.split('\n').filter((line) => line.trim() !== '')
    const tornTail = raw.length > 0 && !raw.endsWith('\n')
    let annotations: Annotation[] = []
    let unreadable = 0
    let entries = 0
    lines.forEach((line, i) => {
      const entry = parseEntry(line)
      if (!entry) {
        if (!(tornTail && i === lines.length - 1)) unreadable++
        return
      }
      entries++
      annotations = apply(annotations, entry)
    })
    return { annotations, unreadable, entries }
  }

  forget(path: string): void {
    this.sizes.delete(path)
  }
}

function apply(list: Annotation[], entry: JournalEntry): Annotation[] {
  if (entry.op === 'replace') return entry.annotations
  if (entry.op === 'delete') return list.filter((a) => a.id !== entry.id)
  const index = list.findIndex((a) => a.id === entry.annotation.id)
  return index === -1 ? [...list, entry.annotation] : list.map((a, i) => (i === index ? entry.annotation : a))
}

function parseEntry(line: string): JournalEntry | null {
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch {
    return null
  }
  if (typeof json !== 'object' || json === null) return null
  const entry = json as Record<string, unknown>
  const at = typeof entry.at === 'string' ? entry.at : ''
  if (entry.op === 'delete' && typeof entry.id === 'string') return { op: 'delete', at, id: entry.id }
  if (entry.op === 'put') {
    const parsed = annotationSchema.safeParse(entry.annotation)
    return parsed.success ? { op: 'put', at, annotation: parsed.data } : null
  }
  if (entry.op === 'replace' && Array.isArray(entry.annotations)) {
    const parsed = annotationSchema.array().safeParse(entry.annotations)
    return parsed.success ? { op: 'replace', at, annotations: parsed.data } : null
  }
  return null
}

async function endsWithNewline(path: string, size: number): Promise<boolean> {
  const handle = await open(path, 'r')
  try {
    const byte = Buffer.alloc(1)
    await handle.read(byte, 0, 1, size - 1)
    return byte[0] === 0x0a
  } finally {
    await handle.close()
  }
}
