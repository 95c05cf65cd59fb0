/**
 * The article node of a page's JSON-LD (schema.org NewsArticle, BlogPosting, …). Parsed with
 * JSON.parse and nothing else; broken blocks are skipped, as they are common on real pages.
 */

type JsonObject = Record<string, unknown>

const MAX_FIELD_CHARS = 1000
const MAX_JSON_LD_CHARS = 2_000_000
/** An articleBody is the whole article, so it may be long; longer than this is not an article. */
const MAX_BODY_CHARS = 500_000

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)
export const isUrl = (value: string) => /^(https?:)?\/\//i.test(value) || /^www\./i.test(value)

/** Collapses whitespace; empty or absurdly long values count as absent. */
export function cleanText(value: unknown, maxChars = MAX_FIELD_CHARS): string | null {
  if (typeof value !== 'string') return null
  const text = value.replace(/[\u00AD\u200B\uFEFF]/g, '').replace(/\s+/g, ' ').trim()
  return text === '' || text.length > maxChars ? null : text
}

const ARTICLE_TYPE = /^(\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle)$/

function typesOf(node: JsonObject): string[] {
  const type = node['@type']
  const list = Array.isArray(type) ? type : [type]
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^(https?:\/\/schema\.org\/|schema:)/i, ''))
}

/** Every object in every JSON-LD script, with @graph arrays and top-level arrays flattened. */
function readJsonLd(document: Document): JsonObject[] {
  const nodes: JsonObject[] = []
  const collect = (value: unknown, depth: number) => {
    if (depth > 4) return
    if (Array.isArray(value)) {
      for (const item of value) collect(item, depth + 1)
    } else if (isObject(value)) {
      nodes.push(value)
      if (Array.isArray(value['@graph'])) collect(value['@graph'], depth + 1)
    }
  }
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue
    const source = (script.textContent ?? '')
      .replace(/^\s*(<!--|\/\*\s*<!\[CDATA\[\s*\*\/|<!\[CDATA\[)/, '')
      .replace(/(-->|\/\*\s*\]\]>\s*\*\/|\]\]>)\s*$/, '')
    if (source.length > MAX_JSON_LD_CHARS) continue
    try {
      collect(JSON.parse(source), 0)
    } catch {
      // Broken JSON-LD is common on real pages; the other sources still count.
    }
  }
  return nodes
}

export interface JsonLdArticle {
  headline: string | null
  /** Usually the headline again; some sites put their own name here, some the topic. */
  name: string | null
  author: string | null
  publisher: string | null
  datePublished: string | null
  /** The article's text as the publisher declares it (plain text; line breaks kept). */
  articleBody: string | null
}

function joinNames(names: string[]): string | null {
  const unique = [...new Set(names)]
  if (unique.length === 0) return null
  if (unique.length === 1) return unique[0]!
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`
}

function bodyText(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_BODY_CHARS) return null
  const text = value.replace(/\r\n?/g, '\n').replace(/[\u00AD\u200B\uFEFF]/g, '').trim()
  return text === '' ? null : text
}

export function readJsonLdArticle(document: Document): JsonLdArticle | null {
  const nodes = readJsonLd(document)
  const byId = new Map<string, JsonObject>()
  for (const node of nodes) if (typeof node['@id'] === 'string' && !byId.has(node['@id'])) byId.set(node['@id'], node)
  // A reference such as { "@id": "#org" } points at a node elsewhere in the graph.
  const resolve = (value: unknown): unknown => {
    if (isObject(value) && typeof value['@id'] === 'string' && value['name'] === undefined) return byId.get(value['@id']) ?? value
    return value
  }
  const nameOf = (value: unknown): string | null => {
    const resolved = resolve(value)
    if (typeof resolved === 'string') return cleanText(resolved)
    if (isObject(resolved)) return cleanText(resolved['name'])
    return null
  }

  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)))
  if (!article) return null
  const authors = (Array.isArray(article['author']) ? article['author'] : [article['author']]).map(nameOf).filter((name): name is string => name !== null && !isUrl(name))
  return {
    headline: cleanText(article['headline']),
    name: cleanText(article['name']),
    author: joinNames(authors),
    publisher: nameOf(article['publisher']),
    datePublished: cleanText(article['datePublished']),
    articleBody: bodyText(article['articleBody']),
  }
}
