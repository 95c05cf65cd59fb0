import { parseHTML } from 'linkedom'
import { ParleyError } from '../../../../../shared/ipc/errors'
import type { FormatParser, ParsedBlock } from '../parsed-document'
import { decodeHtmlBytes } from './decode-html'
import { parsePage } from './html-page'
import { cleanByline, cleanText, extractHtmlMetadata, normaliseDate, normaliseLanguage, stripSiteName } from './html-metadata'
import { candidateFrom, chooseCandidate, needsSecondLook, otherCandidates, type Candidate } from './html/article-candidates'
import { doubtsAbout } from './html/article-doubts'
import { markArticleBoilerplate } from './html/boilerplate-marks'
import { fallbackReader } from './html/fallback-reader'
import { htmlToBlocks } from './html/html-blocks'
import { isFurniture, measureProse } from './html/prose'
import { runReadability, withinReadabilityBudget } from './html/readability-run'

export { htmlToBlocks } from './html/html-blocks'
export { sanitizeArticleHtml } from './html/sanitize'

/*
 * Saved web pages are hostile input. The page is parsed with linkedom, which builds a DOM and
 * nothing else: it runs no script, loads no image, stylesheet or frame, and follows no refresh.
 * Readability (with a second look at other candidates when its article is in doubt) picks the
 * article out of the page, boilerplate inside it is marked, sanitize-html reduces it to a short
 * list of text tags (no attributes except http/https/mailto link targets and the marks), and only
 * the text of that result is kept. Nothing here touches the network or the file system.
 */

/** Page furniture removed from <body> when no candidate found the article. */
const FALLBACK_REMOVE = [
  'script', 'style', 'nav', 'header', 'footer', 'aside', 'form', 'noscript', 'iframe', 'template',
  '[aria-hidden]:not([aria-hidden="false"])', '[hidden]', '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="dialog"]', 'dialog',
  '.share', '.social', '.advert', '.ad', '.cookie', '.comments', '#comments', '.related',
].join(', ')

/** Readability's own default: a shorter first result makes it retry with its filters relaxed. */
const READABILITY_CHAR_THRESHOLD = 500
const MIN_ARTICLE_CHARS = 200

const textLength = (blocks: ParsedBlock[]) => blocks.reduce((sum, block) => sum + (block.removed ? 0 : block.text.length), 0)
const comparable = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase()

/** Removes the headline when it repeats the title, and a "By ..." line near the top when it repeats the byline. */
function dropRepeatedMetadata(blocks: ParsedBlock[], title: string | null, byline: string | null): ParsedBlock[] {
  let result = blocks
  const firstHeading = result.findIndex((block) => block.kind === 'heading' && !block.removed)
  if (title && firstHeading !== -1 && comparable(result[firstHeading]!.text) === comparable(title)) {
    result = result.filter((_, index) => index !== firstHeading)
  }
  if (byline) {
    const name = comparable(byline)
    const bylineIndex = result.slice(0, 3).findIndex((block) => {
      if (block.kind !== 'paragraph' || block.removed) return false
      const text = comparable(block.text).replace(/^(by|from)[:\s]+/, '')
      return text === name || (text.startsWith(name) && text.length <= name.length + 40 && /^[\s,|·•–—-]/.test(text.slice(name.length)))
    })
    if (bylineIndex !== -1) result = result.filter((_, index) => index !== bylineIndex)
  }
  return result
}

/** The chosen article's blocks, with its boilerplate marked (kept, as removed). */
function articleBlocks(candidate: Candidate): ParsedBlock[] {
  markArticleBoilerplate(candidate.root)
  return htmlToBlocks(candidate.root.innerHTML)
}

function fallbackBodyHtml(source: string): string {
  const { document } = parseHTML(source)
  for (const element of Array.from(document.body.querySelectorAll(FALLBACK_REMOVE))) element.remove()
  markArticleBoilerplate(document.body)
  return document.body.innerHTML
}

/** A web page saved from a browser: the article's text and metadata, with everything else left behind. */
export const parseHtml: FormatParser = async (bytes, fileName) => {
  const { html, warnings } = decodeHtmlBytes(bytes, fileName)
  const { document, source } = parsePage(html)
  // Metadata, the page's prose and the fallback reader first: Readability rewrites the document it is given.
  const metadata = extractHtmlMetadata(document)
  const tooDeep = !withinReadabilityBudget(document)
  const pageProse = tooDeep ? 0 : measureProse(document.body, isFurniture).structured
  const fallbackHtml = tooDeep ? null : fallbackReader(document.body)
  const article = tooDeep ? null : runReadability(document, READABILITY_CHAR_THRESHOLD)

  let candidates: Candidate[] = []
  const primary = article ? candidateFrom('readability', article.content) : null
  if (!tooDeep) {
    candidates = primary ? [primary] : []
    // A script-rendered page may hold its article only in JSON-LD: that text counts as the page's too.
    const articleBodyChars = metadata.articleBody?.replace(/\s+/g, ' ').length ?? 0
    if (needsSecondLook(primary, Math.max(pageProse, articleBodyChars))) {
      candidates.push(...otherCandidates({ pageProse, fallbackHtml, articleBody: metadata.articleBody, reparse: () => parsePage(source).document }))
    }
  }
  const chosen = chooseCandidate(candidates)
  let blocks = chosen ? articleBlocks(chosen) : []
  if (chosen && textLength(blocks) >= MIN_ARTICLE_CHARS) {
    warnings.push(...doubtsAbout(chosen, candidates, pageProse).map((doubt) => `${fileName}: the article may be incomplete: ${doubt}`))
  }

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
  if (!blocks.some((block) => !block.removed)) throw new ParleyError('import-failed', `${fileName}: no article text was found in this page.`)
  return { title, outlet, byline, publishedAt, language, url: metadata.url, doi: metadata.doi, blocks, warnings }
}
