import { cleanText, type JsonLdArticle } from './json-ld'

/**
 * content of <meta> tags by lower-cased key. `property` (RDFa, Open Graph) may hold several
 * space-separated keys and wins over `name`; a `name` such as "DC.title" is also filed as
 * "dc:title"; `itemprop` and `http-equiv` come last. Within one attribute the first non-empty wins.
 */
export function readMetaTags(document: Document): Map<string, string> {
  const byAttribute: Map<string, string>[] = [new Map(), new Map(), new Map(), new Map()]
  const file = (map: Map<string, string>, key: string, content: string) => {
    if (key && !map.has(key)) map.set(key, content)
  }
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const content = cleanText(meta.getAttribute('content'))
    if (!content) continue
    for (const key of (meta.getAttribute('property') ?? '').toLowerCase().split(/\s+/)) file(byAttribute[0]!, key, content)
    const name = meta.getAttribute('name')?.trim().toLowerCase() ?? ''
    file(byAttribute[1]!, name, content)
    file(byAttribute[1]!, name.replace(/^(dc|dcterms?|og|twitter|article)\./, '$1:'), content)
    file(byAttribute[2]!, meta.getAttribute('itemprop')?.trim().toLowerCase() ?? '', content)
    file(byAttribute[3]!, meta.getAttribute('http-equiv')?.trim().toLowerCase() ?? '', content)
  }
  const tags = new Map<string, string>()
  for (const map of byAttribute) for (const [key, content] of map) if (!tags.has(key)) tags.set(key, content)
  return tags
}

const words = (text: string) => text.toLowerCase().split(/[\s\p{P}\p{S}]+/u).filter(Boolean)

/** How much of `b`'s text is made of words that also occur in `a` (0..1), as Readability measures it. */
export function textSimilarity(a: string, b: string): number {
  const inA = new Set(words(a))
  const bWords = words(b)
  if (inA.size === 0 || bWords.length === 0) return 0
  const unique = bWords.filter((word) => !inA.has(word)).join(' ').length
  return 1 - unique / bWords.join(' ').length
}

/** "Headline - Site" and "Site | Headline" also stand for "Headline": the title with its shorter end part (the site) dropped. */
function withoutAffix(title: string): string[] {
  const parts = title.split(/\s+(?:[|\-–—·»]|::)\s+/)
  if (parts.length < 2) return [title]
  const siteFirst = parts[0]!.length < parts[parts.length - 1]!.length
  return [title, (siteFirst ? parts.slice(1) : parts.slice(0, -1)).join(' - ')]
}

/** How much of `title` (or of it without a site affix) `candidate`'s words cover. */
const covers = (candidate: string, title: string) => Math.max(...withoutAffix(title).map((variant) => textSimilarity(candidate, variant)))

/**
 * The JSON-LD title: `name` and `headline` are normally the same; when they differ (a site's own
 * name, or a topic line, in one of them), the one that matches the page's <title> wins.
 */
function jsonLdTitle(jsonLd: JsonLdArticle | null, pageTitle: string | null): string | null {
  if (!jsonLd) return null
  const { name, headline } = jsonLd
  if (name && headline && name !== headline && pageTitle) {
    const headlineMatches = covers(headline, pageTitle) > 0.75
    const nameMatches = covers(name, pageTitle) > 0.75
    return headlineMatches && !nameMatches ? headline : name
  }
  return headline ?? name
}

/**
 * The article's title, from the most specific declaration: the article's own structured data
 * (JSON-LD), Dublin Core, Open Graph, a plain title tag, Twitter's card, then <title>. JSON-LD
 * can describe another article than the page's (a list of stories), or carry the site's name, so its
 * title counts only when it covers at least half of one of the page's other titles.
 */
export function chooseTitle(document: Document, meta: Map<string, string>, jsonLd: JsonLdArticle | null): string | null {
  const titleTag = cleanText(document.querySelector('head title')?.textContent ?? document.querySelector('title')?.textContent)
  const declared = [
    meta.get('dc:title'),
    meta.get('dcterm:title'),
    meta.get('dcterms:title'),
    meta.get('og:title'),
    meta.get('weibo:article:title'),
    meta.get('weibo:webpage:title'),
    meta.get('title'),
    meta.get('twitter:title'),
    meta.get('parsely-title'),
    titleTag,
  ].filter((title): title is string => !!title)
  const fromJsonLd = jsonLdTitle(jsonLd, titleTag ?? declared[0] ?? null)
  const confirmed = fromJsonLd && (declared.length === 0 || declared.some((title) => covers(fromJsonLd, title) >= 0.5))
  return (confirmed ? fromJsonLd : null) ?? declared[0] ?? null
}
