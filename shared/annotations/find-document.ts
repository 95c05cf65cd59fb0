import type { IncomingAnnotation } from './incoming'

/** A library document as the import looks for it. */
export interface DocumentForMatching {
  id: string
  textHash: string
  title: string
  url: string | null
  doi?: string | null
  text: string
}

/** Query parameters that only track where a reader came from. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ocid|smid|src)$/i

/**
 * A web address reduced to what names the page: no scheme, no "www.", no fragment, no trailing
 * slash, no tracking parameters, the rest of the query sorted; host in lower case.
 */
export function normaliseUrl(raw: string): string | null {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  const params = [...url.searchParams.entries()].filter(([key]) => !TRACKING.test(key)).sort(([a], [b]) => a.localeCompare(b))
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : ''
  const path = url.pathname.replace(/\/+$/, '').replace(/\/index\.html?$/i, '')
  return `${url.hostname.toLowerCase().replace(/^www\./, '')}${path}${query}`
}

const titleKey = (title: string) => title.normalize('NFC').toLowerCase().replace(/\s*[|–—-]\s*[^|–—-]{1,60}$/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

export type DocumentMatch = { document: DocumentForMatching; via: 'Parley id' | 'text hash' | 'DOI' | 'URL' | 'title' | 'quote' } | { reason: string }

/** A DOI named as "doi:10.1/X", "https://doi.org/10.1/X" or "10.1/X", in lower case; null for anything else. */
export function doiOf(reference: string): string | null {
  const match = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i.exec(reference.trim())
  return match ? decodeURIComponent(match[1]!).toLowerCase() : null
}

/**
 * The document an annotation belongs to, by the strongest evidence the file gives: Parley id,
 * then text hash, then DOI, then web address (normalised), then title (only when one document has it),
 * and last the quote itself, when it occurs in exactly one document.
 */
export function findDocument(incoming: IncomingAnnotation, documents: readonly DocumentForMatching[], index = documentIndex(documents)): DocumentMatch {
  const { hints } = incoming
  const byId = hints.parleyDocumentId ? index.byId.get(hints.parleyDocumentId) : undefined
  if (byId) return { document: byId, via: 'Parley id' }
  const byHash = hints.textHash ? index.byHash.get(hints.textHash) : undefined
  if (byHash) return { document: byHash, via: 'text hash' }
  for (const reference of hints.urls) {
    const doi = doiOf(reference)
    const found = doi ? index.byDoi.get(doi) : undefined
    if (found) return { document: found, via: 'DOI' }
  }
  for (const url of hints.urls) {
    const key = normaliseUrl(url)
    const found = key ? index.byUrl.get(key) : undefined
    if (found) return { document: found, via: 'URL' }
  }
  if (hints.title) {
    const matches = index.byTitle.get(titleKey(hints.title)) ?? []
    if (matches.length === 1) return { document: matches[0]!, via: 'title' }
  }
  const exact = incoming.quote?.exact
  if (exact && exact.trim().length >= 12) {
    const holding = documents.filter((d) => d.text.includes(exact))
    if (holding.length === 1) return { document: holding[0]!, via: 'quote' }
    if (holding.length > 1) return { reason: `its quote occurs in ${holding.length} documents and nothing else says which` }
  }
  const named = hints.title ? `“${hints.title.slice(0, 80)}”` : hints.urls[0] ? hints.urls[0].slice(0, 120) : 'its document'
  return { reason: `${named} is not in this library` }
}

export interface DocumentIndex {
  byId: Map<string, DocumentForMatching>
  byHash: Map<string, DocumentForMatching>
  byUrl: Map<string, DocumentForMatching>
  byDoi: Map<string, DocumentForMatching>
  byTitle: Map<string, DocumentForMatching[]>
}

export function documentIndex(documents: readonly DocumentForMatching[]): DocumentIndex {
  const index: DocumentIndex = { byId: new Map(), byHash: new Map(), byUrl: new Map(), byDoi: new Map(), byTitle: new Map() }
  for (const document of documents) {
    index.byId.set(document.id, document)
    if (!index.byHash.has(document.textHash)) index.byHash.set(document.textHash, document)
    const url = document.url ? normaliseUrl(document.url) : null
    if (url && !index.byUrl.has(url)) index.byUrl.set(url, document)
    if (document.doi && !index.byDoi.has(document.doi)) index.byDoi.set(document.doi, document)
    const key = titleKey(document.title)
    index.byTitle.set(key, [...(index.byTitle.get(key) ?? []), document])
  }
  return index
}
