import { MAX_NOTE_LENGTH, type IncomingAnnotation } from './incoming'

type Json = Record<string, unknown>
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v])
const str = (v: unknown) => (typeof v === 'string' ? v : null)
const isoOrNull = (v: unknown) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v).toISOString() : null)

/** The rows of a Hypothesis file: an API search result ({rows}, {total, rows}) or an export ({export_date, annotations}). */
export function hypothesisRows(json: unknown): unknown[] | null {
  if (!isRecord(json)) return null
  if (Array.isArray(json.rows)) return json.rows
  if (Array.isArray(json.annotations) && ('export_date' in json || json.annotations.some((a) => isRecord(a) && 'uri' in a && 'target' in a))) return json.annotations
  return null
}

/**
 * Hypothesis annotations as incoming ones. Replies (rows whose `references` name a parent) are
 * added to their parent's note, with their date; a page note (no selector) has no quote and is
 * reported as not placeable. The quote is found as Hypothesis itself does: its exact text with
 * prefix and suffix, the position only a hint.
 */
export function readHypothesis(rows: readonly unknown[]): { annotations: IncomingAnnotation[]; problems: string[] } {
  const problems: string[] = []
  const annotations: IncomingAnnotation[] = []
  const byId = new Map<string, IncomingAnnotation>()
  const replies: Array<{ parent: string; text: string; created: string | null; label: string }> = []
  rows.forEach((row, index) => {
    const label = `row ${index + 1}`
    if (!isRecord(row)) return problems.push(`${label}: is not an object`)
    const references = asArray(row.references).filter((r): r is string => typeof r === 'string')
    if (references.length > 0) {
      replies.push({ parent: references.at(-1)!, text: str(row.text) ?? '', created: isoOrNull(row.created), label })
      return
    }
    const target = asArray(row.target).find(isRecord)
    const selectors = target ? asArray(target.selector).filter(isRecord) : []
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector' && typeof s.exact === 'string' && s.exact.length > 0)
    const position = selectors.find((s) => s.type === 'TextPositionSelector' && Number.isInteger(s.start) && Number.isInteger(s.end) && (s.end as number) > (s.start as number))
    if (!quote) return problems.push(`${label}: is a page note with no quoted text, so it marks no passage`)
    const title = asArray(isRecord(row.document) ? row.document.title : undefined).find((t): t is string => typeof t === 'string') ?? null
    // `source` is a string in API results, and a one-item array in the API's own posting example.
    const urls = [str(row.uri), ...asArray(target?.source).map(str), ...asArray(isRecord(row.links) ? row.links.incontext : undefined).map(str)].filter((u): u is string => !!u && /^https?:/i.test(u))
    const note = str(row.text) ?? ''
    const incoming: IncomingAnnotation = {
      label,
      parley: null,
      quote: { exact: quote.exact as string, prefix: str(quote.prefix) ?? '', suffix: str(quote.suffix) ?? '' },
      position: position ? { start: position.start as number, end: position.end as number } : null,
      hints: { parleyDocumentId: null, textHash: null, urls: [...new Set(urls)], title },
      note: note.slice(0, MAX_NOTE_LENGTH),
      tags: [...new Set(asArray(row.tags).filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim()))],
      createdAt: isoOrNull(row.created),
      updatedAt: isoOrNull(row.updated) ?? isoOrNull(row.created),
    }
    annotations.push(incoming)
    if (typeof row.id === 'string') byId.set(row.id, incoming)
  })
  for (const reply of replies) {
    const parent = byId.get(reply.parent)
    if (!parent) {
      problems.push(`${reply.label}: is a reply to an annotation that is not in the file`)
      continue
    }
    const dated = reply.created ? `Reply (${reply.created.slice(0, 10)}): ` : 'Reply: '
    parent.note = [parent.note, `${dated}${reply.text}`].filter(Boolean).join('\n\n').slice(0, MAX_NOTE_LENGTH)
  }
  return { annotations, problems }
}
