import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import sanitizeHtml from 'sanitize-html'
import { ParleyError } from '../../../../../shared/ipc/errors'
import type { BlockKind, FormatParser, ParsedBlock } from '../parsed-document'
import { decodeHtmlBytes } from './decode-html'
import { parsePage } from './html-page'
import { cleanByline, cleanText, extractHtmlMetadata, normaliseDate, normaliseLanguage, stripSiteName } from './html-metadata'

/*
 * Saved web pages are hostile input. The page is parsed with linkedom, which builds a DOM and
 * nothing else: it runs no script, loads no image, stylesheet or frame, and follows no refresh.
 * Readability then picks the article out of the page, sanitize-html reduces it to a short list of
 * text tags (no attributes except http/https/mailto link targets), and only the text of that
 * result is kept. Nothing in this file touches the network or the file system.
 */

const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'blockquote', 'br', 'em', 'strong', 'i', 'b', 'a',
  'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'pre', 'code', 'span', 'div', 'section', 'article',
]

/**
 * Disallowed tags are normally dropped with their text kept (a <font> or <mark> still reads).
 * These go with everything inside them: active content, embedded resources, form controls and
 * markup whose text is not reading text (a <template>, an <svg> label, a <noscript> nag).
 */
const REMOVED_WITH_CONTENT = [
  'script', 'style', 'textarea', 'option', 'noscript', 'template',
  'iframe', 'frame', 'frameset', 'noframes', 'object', 'embed', 'applet', 'param',
  'form', 'input', 'button', 'select', 'datalist', 'meta', 'base', 'link', 'head', 'title',
  'svg', 'math', 'img', 'picture', 'video', 'audio', 'source', 'track', 'canvas', 'map', 'area',
  'noembed', 'xmp', 'plaintext', 'portal',
]

/**
 * Block-level tags outside the allowlist become a neutral block rather than vanishing, so their
 * text does not run into the next block ("Background" + "The round..." -> "BackgroundThe round...").
 */
const BLOCK_TO_DIV = ['main', 'header', 'footer', 'nav', 'aside', 'details', 'dl', 'center', 'hgroup', 'address', 'fieldset', 'dialog', 'menu', 'hr']
const BLOCK_TO_P = ['summary', 'dt', 'dd', 'caption', 'legend']
const transformTags: Record<string, string> = {}
for (const tag of BLOCK_TO_DIV) transformTags[tag] = 'div'
for (const tag of BLOCK_TO_P) transformTags[tag] = 'p'

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  transformTags,
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href'] },
  allowedClasses: {},
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: REMOVED_WITH_CONTENT,
  parseStyleAttributes: false,
  allowVulnerableTags: false,
  // Deeper tags are dropped (their text kept), which bounds the recursion in the block walker.
  nestingLimit: 200,
}

/** Reduces untrusted article HTML to a strict allowlist of text tags. Exported for tests. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS)
}

/** Page furniture removed from <body> when Readability could not find the article. */
const FALLBACK_REMOVE = [
  'script', 'style', 'nav', 'header', 'footer', 'aside', 'form', 'noscript', 'iframe', 'template',
  '[aria-hidden]:not([aria-hidden="false"])', '[hidden]', '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="dialog"]', 'dialog',
  '.share', '.social', '.advert', '.ad', '.cookie', '.comments', '#comments', '.related',
].join(', ')

const MIN_ARTICLE_CHARS = 200

// ---------------------------------------------------------------- blocks from sanitized HTML

const HEADING = /^h[1-6]$/
const INLINE = new Set(['a', 'b', 'br', 'code', 'em', 'i', 'span', 'strong'])

/** Whitespace collapsed per line (a <br> is the only line break), invisible characters dropped, empty lines removed. */
function tidy(text: string): string {
  return text
    .replace(/[\u00AD\u200B\uFEFF]/g, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}

/** Reading text of an element: source whitespace collapsed, <br> as a newline, nested blocks on their own lines. */
function inlineText(node: Node, skip?: (element: Element) => boolean): string {
  let text = ''
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      text += (child.nodeValue ?? '').replace(/\s+/g, ' ')
    } else if (child.nodeType === 1) {
      const element = child as Element
      const name = element.localName
      if (skip?.(element)) continue
      if (name === 'br') text += '\n'
      else if (INLINE.has(name)) text += inlineText(element, skip)
      else text += `\n${inlineText(element, skip)}\n`
    }
  }
  return text
}

/** <pre> keeps its line breaks; runs of spaces inside a line still collapse. */
function preText(node: Node): string {
  let text = ''
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) text += child.nodeValue ?? ''
    else if (child.nodeType === 1) text += (child as Element).localName === 'br' ? '\n' : preText(child)
  }
  return text
}

class BlockCollector {
  readonly blocks: ParsedBlock[] = []

  push(kind: BlockKind, raw: string) {
    const text = tidy(raw)
    if (text) this.blocks.push({ kind, text, page: null })
  }

  /** Loose text directly inside a container; a double <br> separates paragraphs. */
  pushLoose(kind: BlockKind, raw: string) {
    for (const part of raw.split(/\n[ \t]*\n/)) this.push(kind, part)
  }

  walkChildren(parent: Node, inQuote: boolean) {
    const looseKind: BlockKind = inQuote ? 'quote' : 'paragraph'
    let run = ''
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === 3) {
        run += (child.nodeValue ?? '').replace(/\s+/g, ' ')
      } else if (child.nodeType === 1) {
        const element = child as Element
        if (element.localName === 'br') run += '\n'
        else if (INLINE.has(element.localName)) run += inlineText(element)
        else {
          this.pushLoose(looseKind, run)
          run = ''
          this.walkBlock(element, inQuote)
        }
      }
    }
    this.pushLoose(looseKind, run)
  }

  walkBlock(element: Element, inQuote: boolean) {
    const name = element.localName
    const textKind: BlockKind = inQuote ? 'quote' : 'paragraph'
    if (HEADING.test(name)) {
      this.push('heading', inlineText(element))
    } else if (name === 'p' || name === 'figcaption') {
      this.push(textKind, inlineText(element))
    } else if (name === 'pre') {
      this.push(textKind, preText(element))
    } else if (name === 'li') {
      const isList = (child: Element) => child.localName === 'ul' || child.localName === 'ol'
      this.push('list-item', inlineText(element, isList))
      for (const nested of Array.from(element.querySelectorAll('ul, ol'))) {
        if (nested.parentElement?.closest('li') === element) this.walkBlock(nested, inQuote)
      }
    } else if (name === 'blockquote') {
      this.walkChildren(element, true)
    } else if (name === 'table') {
      this.walkTable(element, inQuote)
    } else {
      // div, section, article, figure, ul, ol, and table parts found outside a table.
      this.walkChildren(element, inQuote)
    }
  }

  /** One block per row, cells joined by " | "; stray text in the table (a caption) becomes a paragraph. */
  walkTable(table: Element, inQuote: boolean) {
    const kind: BlockKind = inQuote ? 'quote' : 'paragraph'
    const visit = (node: Element) => {
      for (const child of Array.from(node.childNodes)) {
        if (child.nodeType === 3) {
          this.push(kind, child.nodeValue ?? '')
        } else if (child.nodeType === 1) {
          const element = child as Element
          if (element.localName === 'tr') {
            const cells = Array.from(element.children)
              .filter((cell) => cell.localName === 'td' || cell.localName === 'th')
              .map((cell) => tidy(inlineText(cell)).replace(/\n/g, ' '))
              .filter((cell) => cell !== '')
            this.push(kind, cells.join(' | '))
          } else if (element.localName === 'thead' || element.localName === 'tbody') {
            visit(element)
          } else {
            this.walkBlock(element, inQuote)
          }
        }
      }
    }
    visit(table)
  }
}

/** Sanitizes untrusted HTML and turns what is left into reading blocks. Exported for tests. */
export function htmlToBlocks(untrustedHtml: string): ParsedBlock[] {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${sanitizeArticleHtml(untrustedHtml)}</body></html>`)
  const collector = new BlockCollector()
  collector.walkChildren(document.body, false)
  return collector.blocks
}

const textLength = (blocks: ParsedBlock[]) => blocks.reduce((sum, block) => sum + block.text.length, 0)
const comparable = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase()

/** Removes the headline when it repeats the title, and a "By ..." line near the top when it repeats the byline. */
function dropRepeatedMetadata(blocks: ParsedBlock[], title: string | null, byline: string | null): ParsedBlock[] {
  let result = blocks
  const firstHeading = result.findIndex((block) => block.kind === 'heading')
  if (title && firstHeading !== -1 && comparable(result[firstHeading]!.text) === comparable(title)) {
    result = result.filter((_, index) => index !== firstHeading)
  }
  if (byline) {
    const name = comparable(byline)
    const bylineIndex = result.slice(0, 3).findIndex((block) => {
      if (block.kind !== 'paragraph') return false
      const text = comparable(block.text).replace(/^(by|from)[:\s]+/, '')
      return text === name || (text.startsWith(name) && text.length <= name.length + 40 && /^[\s,|·•–—-]/.test(text.slice(name.length)))
    })
    if (bylineIndex !== -1) result = result.filter((_, index) => index !== bylineIndex)
  }
  return result
}

interface ReadabilityArticle {
  title: string | null
  byline: string | null
  siteName: string | null
  lang: string | null
  publishedTime: string | null
  content: string
}

/**
 * Readability's running time grows with the sum of every element's depth (it walks ancestors and
 * subtrees repeatedly): about 5 µs per unit, so 1000 nested <div>s (a 10 KB file) take ~15 s, and
 * 30 blocks nested 300 deep inside an <article> (40 KB) ~8 s. Real pages stay well below this
 * budget (the news-article fixture is 433; a heavy page of 8 000 elements at an average depth of 18 would be ~150 000);
 * above it the page is read by the linear fallback, so a crafted file costs at most ~2.5 s here.
 */
const READABILITY_DEPTH_BUDGET = 500_000
/**
 * Its text handling grows with each character's depth too (textContent of every ancestor, then
 * whitespace clean-ups): a fuzzed 223 KB page with 57 KB of text ~400 deep took 16-20 s. The
 * heaviest of 130 real pages (a Wikipedia article) sums to about 7 000 000 character-levels.
 */
const READABILITY_TEXT_DEPTH_BUDGET = 12_000_000

function withinReadabilityBudget(document: Document): boolean {
  const root = document.documentElement
  if (!root) return true
  let total = 0
  let textDepth = 0
  const stack: [Element, number][] = [[root, 0]]
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!
    total += depth
    for (const node of Array.from(element.childNodes)) if (node.nodeType === 3) textDepth += (node.textContent?.length ?? 0) * depth
    if (total > READABILITY_DEPTH_BUDGET || textDepth > READABILITY_TEXT_DEPTH_BUDGET) return false
    for (const child of Array.from(element.children)) stack.push([child, depth + 1])
  }
  return true
}

function runReadability(document: Document): ReadabilityArticle | null {
  try {
    const article = new Readability(document, { charThreshold: MIN_ARTICLE_CHARS }).parse()
    if (!article?.content) return null
    return {
      title: article.title ?? null,
      byline: article.byline ?? null,
      siteName: article.siteName ?? null,
      lang: article.lang ?? null,
      publishedTime: article.publishedTime ?? null,
      content: article.content,
    }
  } catch {
    // Readability can throw on pathological markup; the fallback below still reads the page.
    return null
  }
}

function fallbackBodyHtml(source: string): string {
  const { document } = parseHTML(source)
  for (const element of Array.from(document.body.querySelectorAll(FALLBACK_REMOVE))) element.remove()
  return document.body.innerHTML
}

/** A web page saved from a browser: the article's text and metadata, with everything else left behind. */
export const parseHtml: FormatParser = async (bytes, fileName) => {
  const { html, warnings } = decodeHtmlBytes(bytes, fileName)
  const { document, source } = parsePage(html)
  // Metadata first: Readability rewrites the document it is given.
  const metadata = extractHtmlMetadata(document)
  const tooDeep = !withinReadabilityBudget(document)
  const article = tooDeep ? null : runReadability(document)

  let blocks = article ? htmlToBlocks(article.content) : []
  if (textLength(blocks) < MIN_ARTICLE_CHARS) {
    blocks = htmlToBlocks(fallbackBodyHtml(source))
    if (blocks.length > 0) {
      warnings.push(
        tooDeep
          ? `${fileName}: the page is nested too deeply to pick out the article; the whole page text was kept, check it for menus or adverts.`
          : `${fileName}: the article could not be told apart from the rest of the page; check the text for menus or adverts.`,
      )
    }
  }

  const outlet = metadata.outlet ?? cleanText(article?.siteName)
  const readabilityTitle = cleanText(article?.title)
  const title = metadata.title ?? (readabilityTitle ? stripSiteName(readabilityTitle, outlet) : null)
  const byline = metadata.byline ?? cleanByline(article?.byline)
  const publishedAt = metadata.publishedAt ?? normaliseDate(article?.publishedTime)
  const language = metadata.language ?? normaliseLanguage(article?.lang)

  blocks = dropRepeatedMetadata(blocks, title, byline)
  if (blocks.length === 0) throw new ParleyError('import-failed', `${fileName}: no article text was found in this page.`)
  return { title, outlet, byline, publishedAt, language, blocks, warnings }
}

