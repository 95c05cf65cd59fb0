import type { ImportedAnnotation } from '../../../../shared/annotations/import-w3c'
import { IMPORTED_TAG_COLOR } from '../../../../shared/annotations/import-w3c'
import type { IncomingAnnotation } from '../../../../shared/annotations/incoming'
import { documentIndex, findDocument, normaliseUrl, type DocumentForMatching } from '../../../../shared/annotations/find-document'
import { placeInText, type Placement } from '../../../../shared/annotations/place-incoming'
import type { ParleyDocument } from '../../../../shared/domain/document'
import type { LibraryStore } from '../store/library-store'
import type { ImportProgress } from '../../../../shared/ipc/contract'
import { progressReporter } from '../importer/import-files'

/** Colours of what arrives without one: the reader's own defaults for a highlight and a note. */
const KIND_COLORS = { highlight: '#fab005', note: '#be4bdb' } as const

/**
 * Finds each incoming annotation's document and words in this library. Texts are read once, and
 * all of them only when some annotation must be found by its quote alone.
 */
export async function placeIncoming(
  store: LibraryStore,
  incoming: readonly IncomingAnnotation[],
  newId: () => string,
  now: () => Date,
  onProgress?: (progress: ImportProgress) => void,
): Promise<{ annotations: ImportedAnnotation[]; notPlaced: Array<{ item: IncomingAnnotation; reason: string }> }> {
  const report = progressReporter(onProgress)
  const documents: DocumentForMatching[] = store.listDocuments().map((d) => ({ id: d.id, textHash: d.textHash, title: d.title, url: d.url ?? null, doi: d.doi ?? null, text: '' }))
  const colorOf = tagColorLookup(store)
  const index = documentIndex(documents)
  const texts = new Map<string, string>()
  const textOf = async (id: string) => {
    let text = texts.get(id)
    if (text === undefined) {
      text = await store.readText(store.getDocument(id))
      texts.set(id, text)
    }
    return text
  }
  let withTexts: DocumentForMatching[] | null = null
  const annotations: ImportedAnnotation[] = []
  const notPlaced: Array<{ item: IncomingAnnotation; reason: string }> = []
  // An address another annotation of the file was found by (a tool's own page of the document,
  // as Recogito gives) leads its siblings to the same document, whatever their quote.
  const byAddress = new Map<string, DocumentForMatching>()
  const addresses = (item: IncomingAnnotation) => item.hints.urls.map((url) => normaliseUrl(url)).filter((url): url is string => url !== null)
  const pending: Array<{ item: IncomingAnnotation; reason: string }> = []
  const place = async (item: IncomingAnnotation, document: DocumentForMatching) => {
    for (const address of addresses(item)) if (!byAddress.has(address)) byAddress.set(address, document)
    const placed = toImported(item, document, placeInText(item, await textOf(document.id)), newId, now, colorOf(item))
    if ('reason' in placed) notPlaced.push({ item, reason: placed.reason })
    else annotations.push(placed)
  }
  for (const [done, item] of incoming.entries()) {
    // A large file: say how far it has got, and let main answer "how far?" between steps.
    await report({ stage: 'annotations', done, total: incoming.length })
    let match = findDocument(item, documents, index)
    if ('reason' in match && item.quote) {
      withTexts ??= await Promise.all(documents.map(async (d) => ({ ...d, text: await textOf(d.id) })))
      match = findDocument(item, withTexts, index)
    }
    if ('reason' in match) pending.push({ item, reason: match.reason })
    else await place(item, match.document)
  }
  for (const { item, reason } of pending) {
    const sibling = addresses(item).map((address) => byAddress.get(address)).find((d) => d !== undefined)
    if (sibling) await place(item, sibling)
    else notPlaced.push({ item, reason })
  }
  return { annotations, notPlaced }
}

/** A plain annotation takes the colour of a tag the library already has under one of its tag names. */
function tagColorLookup(store: LibraryStore): (item: IncomingAnnotation) => string | undefined {
  const colors = new Map(store.data.tags.map((t) => [t.name.toLowerCase(), t.color]))
  return (item) => item.tags.map((name) => colors.get(name.toLowerCase())).find(Boolean)
}

/** One incoming annotation in a document the analyst chose. */
export async function placeIn(store: LibraryStore, item: IncomingAnnotation, document: ParleyDocument, newId: () => string, now: () => Date): Promise<ImportedAnnotation | { reason: string }> {
  return toImported(item, document, placeInText(item, await store.readText(document)), newId, now, tagColorLookup(store)(item))
}

function toImported(item: IncomingAnnotation, document: { id: string; textHash: string; title: string }, placement: Placement | null, newId: () => string, now: () => Date, tagColor?: string): ImportedAnnotation | { reason: string } {
  if (!placement) return { reason: `its words are not in “${document.title.slice(0, 80)}”` }
  const status = item.parley?.anchorStatus === 'needs-review' ? 'needs-review' : placement.status
  const at = { documentId: document.id, textHash: document.textHash, quote: placement.quote, position: placement.position, anchorStatus: status }
  if (item.parley) return { ...item.parley, ...at }
  const kind = item.note.trim() ? 'note' : 'highlight'
  const created = item.createdAt ?? now().toISOString()
  return {
    id: newId(),
    kind,
    ...at,
    document: null,
    note: item.note,
    color: tagColor ?? KIND_COLORS[kind],
    tags: item.tagTree ?? item.tags.map((name) => ({ id: null, name: name.slice(0, 200), path: name.slice(0, 200), color: IMPORTED_TAG_COLOR, ancestors: [] })),
    createdAt: created,
    updatedAt: item.updatedAt ?? created,
    claim: null,
  }
}
