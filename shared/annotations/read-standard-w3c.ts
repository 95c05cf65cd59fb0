import { idFromParleyUrn } from './w3c-context'
import { MAX_NOTE_LENGTH, MAX_QUOTE_LENGTH, type IncomingAnnotation } from './incoming'

type Json = Record<string, unknown>
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v])
const str = (v: unknown) => (typeof v === 'string' ? v : null)
const isoOrNull = (v: unknown) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v).toISOString() : null)

/** Selectors, with refinements flattened (a quote refining a fragment is still a quote). */
function selectorsOf(target: Json): Json[] {
  const out: Json[] = []
  const visit = (selector: unknown) => {
    for (const s of asArray(selector)) {
      if (!isRecord(s)) continue
      out.push(s)
      visit(s.refinedBy)
    }
  }
  visit(target.selector)
  return out
}

const textOf = (body: Json) => str(body.value) ?? str(body.chars) ?? null

/** "https://www.wikidata.org/wiki/Q794" → "Q794"; the tag an identifying link names. */
const lastSegment = (uri: string) => decodeURIComponent(uri.replace(/[#?].*$/, '').replace(/\/+$/, '').split('/').pop() ?? uri)

/**
 * A W3C Web Annotation from any tool (Recogito, Annotorious, a standards-minded reader): one
 * target with a TextQuoteSelector and/or TextPositionSelector (refinements followed); bodies that
 * comment, describe or reply become the note; those that tag or classify become tags; identifying
 * bodies (Recogito's entities) become tags named by their value or link. Throws with the reason.
 */
export function readStandardItem(item: unknown, label: string): IncomingAnnotation {
  if (!isRecord(item)) throw new Error('is not an object')
  const targets = asArray(item.target)
  if (targets.length === 0) throw new Error('has no target')
  const target = targets.find(isRecord) ?? { source: targets[0] }
  const source = asArray(target.source)[0]
  const sourceRef = isRecord(source) ? str(source.id) : str(source)
  const selectors = selectorsOf(target)
  const quoteSelector = selectors.find((s) => s.type === 'TextQuoteSelector' && typeof s.exact === 'string' && s.exact.length > 0)
  const positionSelector = selectors.find((s) => s.type === 'TextPositionSelector' && Number.isInteger(s.start) && Number.isInteger(s.end) && (s.end as number) > (s.start as number) && (s.start as number) >= 0)
  if (!quoteSelector && !positionSelector) throw new Error('has no TextQuoteSelector or TextPositionSelector: nothing says which words it marks')
  const exact = str(quoteSelector?.exact)
  if (exact && exact.length > MAX_QUOTE_LENGTH) throw new Error(`quotes ${exact.length} characters (at most ${MAX_QUOTE_LENGTH})`)

  const notes: string[] = []
  const tags: string[] = []
  if (typeof item.bodyValue === 'string') notes.push(item.bodyValue)
  for (const body of asArray(item.body)) {
    if (typeof body === 'string') {
      notes.push(body)
      continue
    }
    if (!isRecord(body)) continue
    const purposes = asArray(body.purpose).filter((p): p is string => typeof p === 'string')
    const value = textOf(body)
    if (purposes.some((p) => p === 'tagging' || p === 'classifying')) {
      if (value?.trim()) tags.push(value.trim())
    } else if (purposes.includes('identifying')) {
      const link = str(body.source) ?? str(body.id)
      const name = value?.trim() || (link ? lastSegment(link) : '')
      if (name) tags.push(name)
    } else if (value?.trim()) notes.push(value)
  }
  const note = notes.join('\n\n')
  if (note.length > MAX_NOTE_LENGTH) throw new Error(`has a note of ${note.length} characters (at most ${MAX_NOTE_LENGTH})`)
  const parleyDocumentId = idFromParleyUrn('document', sourceRef)
  const title = isRecord(target['parley:document']) ? str(target['parley:document'].title) : null
  return {
    label,
    parley: null,
    quote: exact ? { exact, prefix: str(quoteSelector?.prefix) ?? '', suffix: str(quoteSelector?.suffix) ?? '' } : null,
    position: positionSelector ? { start: positionSelector.start as number, end: positionSelector.end as number } : null,
    hints: {
      parleyDocumentId,
      textHash: str(target['parley:textHash']),
      urls: sourceRef && !parleyDocumentId ? [sourceRef] : [],
      title,
    },
    note,
    tags: [...new Set(tags)],
    createdAt: isoOrNull(item.created),
    updatedAt: isoOrNull(item.modified) ?? isoOrNull(item.created),
  }
}
