import { randomUUID } from 'node:crypto'
import { extname } from 'node:path'
import { documentSchema, type ParleyDocument } from '../../../../shared/domain/document'
import { composeText, type ContentBlock } from '../../../../shared/domain/content'
import { countWords, normaliseText } from '../../../../shared/text/normalise'
import { ParleyError } from '../../../../shared/ipc/errors'
import type { ImportFindings, ImportProgress, ImportResult } from '../../../../shared/ipc/contract'
import { sha256Hex, type LibraryStore, type NewDocument } from '../store/library-store'
import { SketchStore } from '../store/sketch-store'
import { readImportFile, checkImportSize } from './read-import-file'
import { formatOf } from './format-table'
import { prepareBlocks } from './prepare-blocks'
import { titleFromFileName, titleFromLead } from './plain-text/title'
import type { ParserRunner } from './parser-runner'
import { candidateIds, overlap, SAME_STORY_OVERLAP, shingles, sketch } from './near-duplicates'
import { articleLabel, importEntries, lengthWarning, type ReadFile } from './formats/news-exports/export-entries'
import { countOf } from '../../../../shared/text/plural'

/** A file on disk, or content handed over in memory (a dropped file, pasted text). */
export type ImportSource = { kind: 'path'; path: string } | { kind: 'content'; name: string; bytes: Uint8Array; pasted?: boolean }

export interface ImporterDependencies {
  store: LibraryStore
  parser: ParserRunner
  now?: () => Date
  newId?: () => string
  /** Told how far the import has got, for a file of many articles (a news-database export). */
  onProgress?: (progress: ImportProgress) => void
}

// One sketch store per open library, so consecutive imports (the app imports file by file) do
// not reload the sketches from disk each time.
const sketchStores = new WeakMap<LibraryStore, SketchStore>()
export function sketchStoreFor(store: LibraryStore): SketchStore {
  let sketches = sketchStores.get(store)
  if (!sketches) {
    sketches = new SketchStore(store)
    sketchStores.set(store, sketches)
  }
  return sketches
}

const sourceName = (source: ImportSource) => (source.kind === 'path' ? source.path.split(/[\\/]/).pop()! : source.name)
/**
 * A title when the format gave none: the lead sentence, shortened; a telling file name only after
 * that, and never a download name, a hash or a number ("download (3).txt", "a3f9e0c1.txt").
 */
const fallbackTitle = (fileName: string, text: string) => titleFromLead(text.split('\n\n')[0] ?? '') ?? titleFromFileName(fileName) ?? 'Untitled document'

interface Prepared extends NewDocument {
  shingles: Set<number>
  sketch: Uint32Array
  result: ImportResult
}

type ReadAndParsed = ReadFile

/** Reads and parses one source; never rejects, so it can run ahead of the loop below. */
function readAndParse(source: ImportSource, fileName: string, parser: ParserRunner): Promise<ReadAndParsed | { error: unknown }> {
  const run = async (): Promise<ReadAndParsed> => {
    const file = source.kind === 'path' ? await readImportFile(source.path) : { name: source.name, extension: extname(source.name).slice(1).toLowerCase(), bytes: source.bytes }
    checkImportSize(file.bytes.byteLength, fileName)
    const format = formatOf(file.extension, fileName)
    return { file, format, parsed: await parser.parse(file.extension, file.bytes, fileName) }
  }
  return run().catch((error: unknown) => ({ error }))
}

/**
 * Imports files into the library: each is read, parsed by its format (off the main thread when
 * the runner is a worker), cleaned of boilerplate, normalised and hashed. Identical text already
 * in the library (or earlier in the batch) is a duplicate; a near-identical one is imported and
 * linked as the same story. A news-database export imports as one document per article, each
 * with its own result row. New documents are committed together; a failed file adds nothing.
 */
export async function importSources(sources: readonly ImportSource[], deps: ImporterDependencies): Promise<ImportResult[]> {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? randomUUID
  const sketchStore = sketchStoreFor(deps.store)
  const results: ImportResult[] = []
  const reportProgress = progressReporter(deps.onProgress)
  const accepted: Prepared[] = []

  // The next file is read and parsed (in the worker) while this one is cleaned and hashed.
  let next = sources[0] ? readAndParse(sources[0], sourceName(sources[0]), deps.parser) : null
  for (const [index, source] of sources.entries()) {
    const fileName = sourceName(source)
    const current = await next!
    next = sources[index + 1] ? readAndParse(sources[index + 1]!, sourceName(sources[index + 1]!), deps.parser) : null
    // A file is one entry; an export one per article, so a failed article costs only itself.
    const entries = 'error' in current ? [{ error: current.error, article: null }] : importEntries(current, fileName)
    for (const [done, entry] of entries.entries()) {
      if (entries.length > 1) await reportProgress({ stage: 'articles', done, total: entries.length })
      const article = entry.article
      const which = article ? ` (${articleLabel(article)})` : ''
      try {
        if ('error' in entry) throw entry.error
        const prepared = prepare(entry.read, source, fileName, deps, now, newId, accepted)
        if ('duplicateOf' in prepared) {
          results.push({ fileName, status: 'duplicate', documentId: prepared.documentId, title: prepared.duplicateOf, message: `Already in the library as “${prepared.duplicateOf}”${which}.`, warnings: [], article })
          continue
        }
        if (article) {
          Object.assign(prepared.result, { article, message: `Imported “${prepared.document.title}”${which}.` })
          const short = lengthWarning(article, prepared.document.wordCount)
          if (short) prepared.result.warnings.push(short)
        }
        accepted.push(prepared)
        results.push(prepared.result)
      } catch (error) {
        const message = error instanceof ParleyError ? error.message : `${fileName}: ${(error as Error).message}`
        results.push({ fileName, status: 'failed', documentId: null, title: null, message, warnings: [], article })
      }
    }
  }
  if (accepted.length === 0) return results

  if (accepted.length > 1) deps.onProgress?.({ stage: 'saving', done: accepted.length, total: accepted.length })
  try {
    const linkUpdates = await linkSameStories(accepted, deps.store, sketchStore)
    await deps.store.addDocuments(accepted, linkUpdates)
    await sketchStore.add(new Map(accepted.map((p) => [p.document.id, p.sketch])))
  } catch (error) {
    for (const { result } of accepted) {
      Object.assign(result, { status: 'failed', documentId: null, message: `${result.fileName}: the library could not be written (${(error as Error).message}); nothing was added.` })
    }
  }
  return results
}

/** Progress is told at most this often; between reports the loop yields, so main can answer "how far?". */
const PROGRESS_EVERY_MS = 100

/** A reporter for one import call: throttled, and yielding after each report. */
export function progressReporter(onProgress: ImporterDependencies['onProgress']): (progress: ImportProgress) => Promise<void> {
  let last = 0
  return async (progress) => {
    if (!onProgress || performance.now() - last < PROGRESS_EVERY_MS) return
    last = performance.now()
    onProgress(progress)
    await new Promise((resolve) => setImmediate(resolve))
  }
}

export const importFiles = (paths: readonly string[], deps: ImporterDependencies) =>
  importSources(paths.map((path) => ({ kind: 'path', path })), deps)

function prepare(
  { file, format: parsedFormat, parsed }: ReadAndParsed,
  source: ImportSource,
  fileName: string,
  deps: ImporterDependencies,
  now: () => Date,
  newId: () => string,
  earlier: readonly Prepared[],
): Prepared | { duplicateOf: string; documentId: string | null } {
  const blocks = prepareBlocks(parsed.blocks)
  const { text } = composeText(blocks)
  if (text === '') {
    throw new ParleyError('import-failed', blocks.length > 0 ? `${fileName}: everything in it looks like boilerplate (paywall, adverts); nothing to import.` : `${fileName} contains no text.`)
  }
  const textHash = sha256Hex(text)
  const existing = deps.store.findByTextHash(textHash)
  if (existing) return { duplicateOf: existing.title, documentId: existing.id }
  const inBatch = earlier.find((p) => p.document.textHash === textHash)
  if (inBatch) return { duplicateOf: inBatch.document.title, documentId: inBatch.document.id }

  const title = normaliseText(parsed.title ?? '').replace(/\s+/g, ' ').slice(0, 1000) || fallbackTitle(fileName, text)
  const document: ParleyDocument = documentSchema.parse({
    id: newId(),
    title,
    outlet: parsed.outlet?.slice(0, 300) || null,
    byline: parsed.byline?.slice(0, 500) || null,
    publishedAt: parsed.publishedAt && documentSchema.shape.publishedAt.safeParse(parsed.publishedAt).success ? parsed.publishedAt : null,
    language: parsed.language?.slice(0, 35) || null,
    format: source.kind === 'content' && source.pasted ? 'paste' : parsedFormat,
    wordCount: countWords(text),
    textHash,
    // An export's article keeps a small file of its own, under its own name.
    original: { name: (file.name || fileName).slice(0, 1000), extension: file.extension || 'txt', sizeBytes: file.bytes.byteLength },
    importedAt: now().toISOString(),
    sameStoryAs: [],
    ...(parsed.url ? { url: parsed.url } : {}),
    ...(parsed.doi ? { doi: parsed.doi.slice(0, 300) } : {}),
  })
  const removedCount = blocks.filter((b) => b.removed).length
  const warnings = [...parsed.warnings]
  if (removedCount > 0) warnings.push(`${countOf(removedCount, 'block')} of boilerplate removed (kept under “Show removed text”).`)
  const textShingles = shingles(text)
  return {
    document,
    blocks,
    original: file.bytes,
    shingles: textShingles,
    sketch: sketch(textShingles),
    result: { fileName, status: 'imported', documentId: document.id, title, message: `Imported “${title}”.`, warnings, found: findingsOf(document, blocks, parsed.monthDay ?? null) },
  }
}

/**
 * Links each new document to library documents (and earlier ones in the batch) that carry the
 * same story. Returns the links to add to existing documents; new ones are updated in place.
 */
async function linkSameStories(accepted: Prepared[], store: LibraryStore, sketchStore: SketchStore): Promise<Map<string, string[]>> {
  const existing = await sketchStore.all()
  const updates = new Map<string, string[]>()
  const batchSketches = new Map<string, Uint32Array>()
  const byId = new Map(accepted.map((p) => [p.document.id, p]))
  const link = (a: Prepared, otherId: string, otherTitle: string) => {
    a.document.sameStoryAs.push(otherId)
    a.result.warnings.push(`Same story as “${otherTitle}”: linked, so it does not count as independent corroboration.`)
  }
  for (const prepared of accepted) {
    const ownSketch = prepared.sketch
    for (const id of candidateIds(ownSketch, existing)) {
      const other = store.getDocument(id)
      if (overlap(prepared.shingles, shingles(await store.readText(other))) < SAME_STORY_OVERLAP) continue
      link(prepared, other.id, other.title)
      updates.set(other.id, [...(updates.get(other.id) ?? []), prepared.document.id])
    }
    // Earlier files of the same batch, found through their sketches too: no pairwise scan.
    for (const id of candidateIds(ownSketch, batchSketches)) {
      const earlier = byId.get(id)!
      if (overlap(prepared.shingles, earlier.shingles) < SAME_STORY_OVERLAP) continue
      link(prepared, earlier.document.id, earlier.document.title)
      earlier.document.sameStoryAs.push(prepared.document.id)
    }
    batchSketches.set(prepared.document.id, ownSketch)
  }
  return updates
}

/**
 * A newer version of an existing document (the outlet updated its story): parsed and cleaned
 * like any import, then put in place of the document's blocks. Annotations follow on their next
 * read through re-anchoring; metadata the analyst set is kept.
 */
export async function replaceWithNewerVersion(documentId: string, path: string, deps: ImporterDependencies): Promise<{ warnings: string[] }> {
  const fileName = path.split(/[\\/]/).pop()!
  const current = await readAndParse({ kind: 'path', path }, fileName, deps.parser)
  if ('error' in current) throw current.error
  const blocks = prepareBlocks(current.parsed.blocks)
  if (composeText(blocks).text === '') throw new ParleyError('import-failed', `${fileName} contains no text.`)
  const duplicate = deps.store.findByTextHash(sha256Hex(composeText(blocks).text))
  if (duplicate && duplicate.id !== documentId) throw new ParleyError('import-failed', `${fileName} is already in the library as “${duplicate.title}”.`)
  await deps.store.replaceBlocks(documentId, blocks, {
    bytes: current.file.bytes,
    file: { name: fileName.slice(0, 1000), extension: current.file.extension || 'txt', sizeBytes: current.file.bytes.byteLength },
  })
  await sketchStoreFor(deps.store).add(new Map([[documentId, sketch(shingles(composeText(blocks).text))]]))
  return { warnings: current.parsed.warnings }
}

/** What the import found, for the results list and the command line. */
function findingsOf(document: ParleyDocument, blocks: readonly ContentBlock[], monthDay: ImportFindings['monthDay']): ImportFindings {
  const kept = blocks.filter((b) => !b.removed)
  return {
    outlet: document.outlet,
    byline: document.byline,
    publishedAt: document.publishedAt,
    monthDay: document.publishedAt ? null : monthDay,
    paragraphs: kept.length,
    speechBlocks: kept.filter((b) => b.kind === 'speech').length,
    removedBlocks: blocks.length - kept.length,
  }
}
