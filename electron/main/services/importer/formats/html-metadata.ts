/**
 * Article metadata from a saved web page: Open Graph and other <meta> tags, JSON-LD, and a few
 * structural hints. Reads the document only (it must run before Readability mutates it), and
 * never executes anything: JSON-LD is parsed with JSON.parse and nothing else.
 */
import { cleanText, isUrl, readJsonLdArticle } from './html/json-ld'
import { chooseTitle, readMetaTags } from './html/page-title'

export { cleanText }

export interface HtmlMetadata {
  title: string | null
  byline: string | null
  outlet: string | null
  /** YYYY-MM-DD, or a full ISO timestamp matching ISO_DATE. */
  publishedAt: string | null
  /** BCP 47, e.g. "en" or "en-GB". */
  language: string | null
  /** The article's text as its JSON-LD declares it, a candidate when the page's article is in doubt. */
  articleBody: string | null
  /** Where the page lives (canonical link, og:url), to find it again from other tools' annotations. */
  url: string | null
  /** The article's DOI ("10.1234/abc"), from citation, Dublin Core or PRISM tags. */
  doi: string | null
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:\d{2})?)?$/

const first = (...values: (string | null | undefined)[]): string | null => {
  for (const value of values) if (value) return value
  return null
}

// ---------------------------------------------------------------- normalisers

export function cleanByline(value: string | null | undefined): string | null {
  const text = cleanText(value)?.replace(/^by[:\s]+/i, '').trim()
  if (!text || isUrl(text) || text.length > 200) return null
  return text
}

const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ', ' » ']

/** "Headline | The Levant Ledger" -> "Headline", but only when the affix really is the site's name. */
export function stripSiteName(title: string, siteName: string | null): string {
  if (!siteName) return title
  const site = siteName.toLowerCase()
  for (const separator of TITLE_SEPARATORS) {
    const at = title.lastIndexOf(separator)
    if (at > 0 && title.slice(at + separator.length).trim().toLowerCase() === site) return title.slice(0, at).trim()
    const start = title.indexOf(separator)
    if (start > 0 && title.slice(0, start).trim().toLowerCase() === site && title.length > start + separator.length) {
      return title.slice(start + separator.length).trim()
    }
  }
  return title
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?'

function ymd(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Publication dates as the page gives them, to YYYY-MM-DD or a full ISO timestamp; null when unreadable. */
export function normaliseDate(value: string | null | undefined): string | null {
  const text = cleanText(value)
  if (!text) return null
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(text)
  if (iso) {
    const date = ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    if (!date) return null
    if (!iso[4] || iso[0].length !== text.length) return date
    const zone = iso[5] ? (iso[5].toUpperCase() === 'Z' ? 'Z' : iso[5].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')) : ''
    const full = `${date}T${iso[4]}${zone}`
    return ISO_DATE.test(full) && !Number.isNaN(Date.parse(full)) ? full : date
  }
  const slashed = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(text)
  if (slashed) return ymd(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]))
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text)
  if (compact) return ymd(Number(compact[1]), Number(compact[2]), Number(compact[3]))
  const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i').exec(text)
  if (dayFirst) return ymd(Number(dayFirst[3]), MONTHS.indexOf(dayFirst[2]!.toLowerCase()) + 1, Number(dayFirst[1]))
  const monthFirst = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i').exec(text)
  if (monthFirst) return ymd(Number(monthFirst[3]), MONTHS.indexOf(monthFirst[1]!.toLowerCase()) + 1, Number(monthFirst[2]))
  return null
}

/** "en_GB" / "EN-gb" / "en-GB, fr" -> "en-GB"; null for anything that is not a language tag. */
export function normaliseLanguage(value: string | null | undefined): string | null {
  const tag = cleanText(value)?.split(/[,;]/)[0]?.trim().replace(/_/g, '-')
  if (!tag || !/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(tag)) return null
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null
  } catch {
    return null
  }
}

// ---------------------------------------------------------------- extraction

function firstText(document: Document, selector: string): string | null {
  for (const element of Array.from(document.querySelectorAll(selector))) {
    const text = cleanText(element.textContent)
    if (text) return text
  }
  return null
}

function articleTimes(document: Document): string[] {
  const selectors = ['article time[datetime]', 'main time[datetime]', '[itemprop="datePublished"][datetime]', '[itemprop="datePublished"][content]']
  const values: string[] = []
  for (const selector of selectors) {
    for (const element of Array.from(document.querySelectorAll(selector))) {
      const value = element.getAttribute('datetime') ?? element.getAttribute('content')
      if (value) values.push(value)
    }
  }
  return values
}

export function extractHtmlMetadata(document: Document): HtmlMetadata {
  const meta = readMetaTags(document)
  const jsonLd = readJsonLdArticle(document)

  const outlet = first(meta.get('og:site_name'), jsonLd?.publisher, meta.get('application-name'))

  const rawTitle = chooseTitle(document, meta, jsonLd)
  const title = rawTitle ? stripSiteName(rawTitle, outlet) : null

  const articleAuthor = meta.get('article:author')
  const byline = first(
    cleanByline(meta.get('author')),
    articleAuthor && !isUrl(articleAuthor) ? cleanByline(articleAuthor) : null,
    cleanByline(jsonLd?.author),
    cleanByline(firstText(document, 'a[rel~="author"], [rel="author"]')),
  )

  const dateCandidates = [
    meta.get('article:published_time'),
    jsonLd?.datePublished,
    meta.get('date'),
    meta.get('pubdate'),
    meta.get('dc.date'),
    meta.get('dc.date.issued'),
    meta.get('dcterms.issued'),
    meta.get('datepublished'),
    ...articleTimes(document),
  ]
  let publishedAt: string | null = null
  for (const candidate of dateCandidates) {
    publishedAt = normaliseDate(candidate)
    if (publishedAt) break
  }

  const language = first(
    normaliseLanguage(document.documentElement?.getAttribute('lang')),
    normaliseLanguage(meta.get('og:locale')),
    normaliseLanguage(meta.get('content-language')),
  )

  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href')
  const url = first(webAddress(canonical), webAddress(meta.get('og:url')), webAddress(meta.get('citation_public_url')))
  const doi = first(...['citation_doi', 'prism.doi', 'bepress_citation_doi', 'dc.identifier', 'dc.identifier.doi'].map((name) => doiIn(meta.get(name))))
  return { title, byline, outlet, publishedAt, language, articleBody: jsonLd?.articleBody ?? null, url, doi }
}

/** "doi:10.1/X", "https://doi.org/10.1/X" or "10.1/X" → "10.1/x"; anything else null. */
export function doiIn(value: string | null | undefined): string | null {
  const match = /(?:^|doi:\s*|doi\.org\/)(10\.\d{4,9}\/[^\s"<>]+)$/i.exec(value?.trim() ?? '')
  return match ? match[1]!.toLowerCase() : null
}

/** An absolute http(s) address, at most 2,000 characters; anything else (relative, javascript:) is not kept. */
function webAddress(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? ''
  return /^https?:\/\/[^\s]+$/i.test(trimmed) && trimmed.length <= 2000 ? trimmed : null
}
