// A child process that writes through the real store and handlers until it is killed. Every
// write is printed as one JSON line once it has resolved (acknowledged), so the parent knows
// what must survive. Run by crash-rounds.ts with: LIBRARY_DIR SEED [POINT NTH].
import { writeSync } from 'node:fs'
import { writeFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LibraryStore } from '../../../../electron/main/services/store/library-store'
import { setCrashHook, type CrashPoint } from '../../../../electron/main/services/store/crash-points'
import { createHandlerTable } from '../../../../electron/main/services/ipc/handler-table'
import { inProcessParserRunner } from '../../../../electron/main/services/importer/parser-runner'
import { importFiles } from '../../../../electron/main/services/importer/import-files'
import { seededRandom } from '../../../bench/generate-library'

const [libraryDir, seedText, point, nthText] = process.argv.slice(2)
if (point) {
  let seen = 0
  setCrashHook((at) => {
    if (at === (point as CrashPoint) && ++seen === Number(nthText)) process.kill(process.pid, 'SIGKILL')
  })
}
/** Written synchronously: an ack still queued in a stream buffer would die with the process. */
function say(entry: Record<string, unknown>): void {
  const bytes = Buffer.from(`${JSON.stringify(entry)}\n`)
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(1, bytes, at)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
    }
  }
}
const ack = (entry: Record<string, unknown>) => say(entry)
/** Said before a write starts: if the kill lands after it is on disk but before its ack, finding it is no loss. */
const pending = (entry: Record<string, unknown>) => say({ ...entry, pending: true })
const random = seededRandom(Number(seedText))
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!

const store = await LibraryStore.open(libraryDir!, { importBackupDelayMs: 30, backupIntervalMs: 200 })
const handlers = createHandlerTable({ store, search: { search: async () => ({ total: 0, hits: [], facets: {}, took: 0, didYouMean: null }) } as never, parser: inProcessParserRunner, pickImportPaths: async () => null, pickSavePath: async () => null, pickAnnotationFile: async () => null })
const scratch = await mkdtemp(join(tmpdir(), 'parley-crash-files-'))
const mine: Array<{ documentId: string; id: string }> = []
ack({ kind: 'opened' })

for (let step = 0; ; step++) {
  const documents = store.listDocuments()
  const op = documents.length === 0 ? 5 : Math.floor(random() * 7)
  if (op === 0 || op === 6) {
    const existing = op === 6 && store.data.tags.length > 0 ? pick(store.data.tags) : null
    const name = `tag ${seedText}-${step}`
    if (existing) pending({ kind: 'tag', id: existing.id, name })
    const tag = await handlers.saveTag({ id: existing?.id ?? null, name, color: '#1c7ed6', parentId: null })
    ack({ kind: 'tag', id: tag.id, name })
  } else if (op === 1) {
    const name = `Source ${seedText}-${step}`
    const source = await handlers.saveSource({ id: null, name, aliases: [], kind: 'person', partyIds: [], reliability: 'C' })
    ack({ kind: 'source', id: source.id, name })
  } else if (op === 2) {
    const document = pick(documents)
    const text = await store.readText(document)
    const start = Math.floor(random() * Math.max(1, text.length - 20))
    const note = `note ${seedText}-${step}`
    const made = await handlers.createAnnotation({ documentId: document.id, kind: 'note', start, end: Math.min(text.length, start + 12), color: '#be4bdb', note, tagIds: [], claim: null })
    mine.push({ documentId: document.id, id: made.id })
    ack({ kind: 'annotation', documentId: document.id, id: made.id, note })
  } else if (op === 3 && mine.length > 0) {
    const target = pick(mine)
    const current = (await handlers.listAnnotations({ documentId: target.documentId })).find((a) => a.id === target.id)
    if (!current) continue
    const note = `edited ${seedText}-${step}`
    pending({ kind: 'annotation', documentId: target.documentId, id: target.id, note })
    await handlers.updateAnnotation({ documentId: target.documentId, id: target.id, color: current.color, note, tagIds: [], claim: null, confirmPosition: false })
    ack({ kind: 'annotation', documentId: target.documentId, id: target.id, note })
  } else if (op === 4 && mine.length > 0) {
    const target = mine.splice(Math.floor(random() * mine.length), 1)[0]!
    pending({ kind: 'deleted', documentId: target.documentId, id: target.id })
    await handlers.deleteAnnotation(target)
    ack({ kind: 'deleted', documentId: target.documentId, id: target.id })
  } else if (op === 5) {
    const file = join(scratch, `dispatch-${seedText}-${step}.txt`)
    await writeFile(file, `Talks resume in Geneva, round ${seedText}-${step}\n\nGENEVA, Dec 1, 2017 (Test Wire) - Delegations met for round ${seedText}-${step} on the constitutional committee, item ${step * 7}.`)
    const [result] = await importFiles([file], { store, parser: inProcessParserRunner })
    if (result?.status === 'imported') ack({ kind: 'document', id: result.documentId })
  }
}
