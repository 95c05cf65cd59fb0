import { composeText, type ContentBlock } from '../../../../shared/domain/content'
import { documentSchema, type ParleyDocument } from '../../../../shared/domain/document'
import { ParleyError } from '../../../../shared/ipc/errors'
import type { ReparseSummary } from '../../../../shared/ipc/contract'
import { normaliseText } from '../../../../shared/text/normalise'
import { sha256Hex } from '../store/library-store'
import { readOriginalFile } from '../store/original-file'
import { prepareBlocks } from './prepare-blocks'
import { shingles, sketch } from './near-duplicates'
import { sketchStoreFor, type ImporterDependencies } from './import-files'
import type { Annotation } from '../../../../shared/domain/annotation'

/**
 * Reads a document's kept original again with today's importer: better paragraphs, boilerplate,
 * speech blocks and metadata for documents imported by an older Parley. Blocks the analyst
 * removed stay removed; metadata the analyst may have set is kept (only empty fields, and a title
 * that was merely the file name, are filled). Annotations re-anchor on their next read.
 */
export async function reparseDocument(documentId: string, deps: ImporterDependencies): Promise<Omit<ReparseSummary, 'annotations'>> {
  const document = deps.store.getDocument(documentId)
  const original = await readOriginalFile(deps.store.paths, document)
  if (!original) throw new ParleyError('not-found', `The original file of “${document.title}” is no longer in the library, so it cannot be re-read.`)
  const parsed = await deps.parser.parse(document.original.extension, original, document.original.name).catch((error: unknown) => {
    throw error instanceof ParleyError ? error : new ParleyError('import-failed', `${document.original.name} could not be read again.`)
  })
  const before = await deps.store.readBlocks(document)
  const blocks = keepAnalystRemovals(prepareBlocks(parsed.blocks), before)
  const text = composeText(blocks).text
  if (text === '') throw new ParleyError('import-failed', `Re-reading ${document.original.name} found no text; the document was left as it was.`)
  const textHash = sha256Hex(text)
  const other = deps.store.findByTextHash(textHash)
  if (other && other.id !== documentId) throw new ParleyError('import-failed', `Re-read, “${document.title}” would be the same text as “${other.title}”; it was left as it was.`)
  const blocksChanged = JSON.stringify(blocks) !== JSON.stringify(before)
  if (blocksChanged) {
    await deps.store.replaceBlocks(documentId, blocks, { bytes: original, file: document.original })
    await sketchStoreFor(deps.store).add(new Map([[documentId, sketch(shingles(text))]]))
  }
  const filled = await fillEmptyDetails(documentId, parsed, deps)
  return {
    documentId,
    title: deps.store.getDocument(documentId).title,
    textChanged: textHash !== document.textHash,
    blocksChanged,
    paragraphs: blocks.filter((b) => !b.removed).length,
    speechBlocks: blocks.filter((b) => !b.removed && b.kind === 'speech').length,
    removedBlocks: blocks.filter((b) => b.removed).length,
    filled,
    warnings: parsed.warnings,
  }
}

/** A block the analyst marked as boilerplate before stays marked, matched by its text. */
function keepAnalystRemovals(blocks: ContentBlock[], before: readonly ContentBlock[]): ContentBlock[] {
  const removedByAnalyst = new Set(before.filter((b) => b.removed?.by === 'analyst').map((b) => b.text))
  return blocks.map((b) => (!b.removed && removedByAnalyst.has(b.text) ? { ...b, removed: { reason: 'marked by the analyst', by: 'analyst' as const } } : b))
}

type Details = Pick<ParleyDocument, 'title' | 'outlet' | 'byline' | 'publishedAt' | 'language'>

async function fillEmptyDetails(documentId: string, parsed: { title: string | null; outlet: string | null; byline: string | null; publishedAt: string | null; language: string | null }, deps: ImporterDependencies): Promise<string[]> {
  const current = deps.store.getDocument(documentId)
  const next: Details = { title: current.title, outlet: current.outlet, byline: current.byline, publishedAt: current.publishedAt, language: current.language }
  const filled: string[] = []
  const stem = current.original.name.replace(/\.[^.]+$/, '')
  // What older versions made of a file name when the text had no headline ("01 sochi summit wire").
  const fileNameTitles = new Set([stem, current.original.name, stem.replace(/[-_]+/g, ' ').trim()])
  const title = normaliseText(parsed.title ?? '').replace(/\s+/g, ' ').slice(0, 1000)
  if (title && title !== current.title && fileNameTitles.has(current.title)) {
    next.title = title
    filled.push('title')
  }
  const fill = <K extends 'outlet' | 'byline' | 'publishedAt' | 'language'>(key: K, value: string | null, max: number) => {
    if (current[key] !== null || !value) return
    if (key === 'publishedAt' && !documentSchema.shape.publishedAt.safeParse(value).success) return
    next[key] = value.slice(0, max)
    filled.push(key)
  }
  fill('outlet', parsed.outlet, 300)
  fill('byline', parsed.byline, 500)
  fill('publishedAt', parsed.publishedAt, 40)
  fill('language', parsed.language, 35)
  if (filled.length > 0) await deps.store.updateDetails(documentId, next)
  return filled
}

/** Re-reads a document, then places its annotations in the new text at once and counts where they landed. */
export async function reparseAndReanchor(documentId: string, deps: ImporterDependencies, listAnnotations: (documentId: string) => Promise<Annotation[]>): Promise<ReparseSummary> {
  const summary = await reparseDocument(documentId, deps)
  const annotations = await listAnnotations(documentId)
  const count = (status: Annotation['anchorStatus']) => annotations.filter((a) => a.anchorStatus === status).length
  return { ...summary, annotations: { anchored: count('anchored'), needsReview: count('needs-review'), orphaned: count('orphaned') } }
}
