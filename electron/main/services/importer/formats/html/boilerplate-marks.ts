import { REMOVED_MARK, type MarkReason } from './sanitize'

/*
 * Boilerplate inside an extracted article (captions, related-story lists, newsletter boxes, share
 * bars, author bios, comment threads, promotions) is marked, not deleted: the marked blocks are
 * kept as removed, so the analyst sees them under "Show removed text" and can restore them.
 * Only general structural signals count: <figcaption>, class and id words, a label such as
 * "Related" above a list of links, a bar made of share buttons. A mark never covers a large part
 * of the article, so a container whose class merely mentions "share" cannot take the text with it.
 */

/** Words of class and id attributes: "c-newsletter__cta", "relatedStories" -> c, newsletter, cta, related, stories. */
function hintWords(element: Element): Set<string> {
  const raw = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
  return new Set(
    raw
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  )
}

const has = (words: Set<string>, list: readonly string[]) => list.some((word) => words.has(word))
const textOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()
const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length

function linkDensity(element: Element, text: string): number {
  const links = Array.from(element.querySelectorAll('a')).reduce((sum, link) => sum + textOf(link).length, 0)
  return text.length ? links / text.length : 0
}

const CAPTION_WORDS = ['caption', 'figcaption', 'credit', 'credits']
const RELATED_WORDS = ['related', 'recirc', 'recirculation', 'outbrain', 'taboola', 'trending', 'popular']
const NEWSLETTER_WORDS = ['newsletter', 'newsletters', 'signup', 'subscribe', 'subscription', 'optin']
const SHARE_WORDS = ['share', 'sharing', 'sharebar', 'social', 'sharetools', 'addthis', 'sharethis']
const PROMO_WORDS = ['promo', 'promotion', 'sponsor', 'sponsored', 'advert', 'advertisement', 'ad', 'ads', 'adslot', 'dfp']
const BIO_WORDS = ['bio', 'biography', 'authorbio']
const COMMENT_WORDS = ['comment', 'comments', 'disqus', 'replies']

const RELATED_LABEL = /^(?:related(?:\s+\w+)?|more (?:on|from|about|stories|news|coverage)\b.*|read (?:more|also|next)|see also|also read|recommended(?: for you)?|you (?:may|might) (?:also )?like|most (?:read|popular)|trending|latest (?:news|stories))\s*:?$/i
const SHARE_BAR = /^(?:(?:share(?: this)?|tweet|pin it|email|e-mail|print|copy link|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|messenger|flipboard|tumblr|save|comments?|\d+)[\s,|·•/]*)+$/i
/** A share bar names at least one network or says "share": a bare number or "Save" is something else. */
const SHARE_WORD = /\b(?:share|tweet|facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|messenger|flipboard)\b/i
const ABOUT_AUTHOR = /^about the authors?\b/i
/** A block that only names the medium above it ("Photo", "Image"), left where the picture was. */
const MEDIA_LABEL = /^(?:photo|image|picture|video|graphic|gallery|foto|bild|imagen)$/i
/** Picture credits: "Photo by …", "Image: …", "Credit: …", or a line ending in a picture agency. */
const CREDIT_PREFIX = /^(?:(?:photo|image|picture|foto|bild|illustration|graphic)s?(?: credit)?\s*(?:by\b|:|©)|credit\s*:|©)/i
/** "CreditKevin Frayer/Getty Images": a credit label run into the name. */
const CREDIT_RUN_ON = /^Credit(?=\p{Lu})/u
const CREDIT_AGENCY = /(?:getty images|shutterstock|istock(?:photo)?|reuters|\bafp\b|ap photo|\bepa\b)\)?\.?$/i

/** The text of an element's first child, where a box says what it is ("About the author"). */
const openingText = (element: Element) => (element.firstElementChild ? textOf(element.firstElementChild) : '')

/**
 * Why the element is boilerplate, judged on its own hints and text, or null. Size limits keep
 * article prose out. Text is only read for elements with a hint or of a telling kind, so the walk
 * stays linear on deep pages.
 */
function reasonFor(element: Element): MarkReason | null {
  const name = element.localName
  const hints = hintWords(element)
  const isList = name === 'ul' || name === 'ol'
  const aboutAuthor = (name === 'div' || name === 'section' || name === 'aside') && ABOUT_AUTHOR.test(openingText(element))
  const bare = (name === 'div' || name === 'figure') && element.childElementCount === 0
  if (hints.size === 0 && name !== 'figcaption' && !isList && name !== 'p' && !bare && !aboutAuthor) return null
  const text = textOf(element)
  if (!text) return null
  const words = wordCount(text)
  if (name === 'figcaption' || (has(hints, CAPTION_WORDS) && words <= 80)) return words <= 120 ? 'caption' : null
  if ((name === 'p' || bare) && (MEDIA_LABEL.test(text) || ((CREDIT_PREFIX.test(text) || CREDIT_RUN_ON.test(text)) && words <= 25) || (CREDIT_AGENCY.test(text) && words <= 10))) return 'caption'
  if (has(hints, COMMENT_WORDS) && !has(hints, ['count', 'link'])) return 'comments'
  if (has(hints, RELATED_WORDS) && linkDensity(element, text) >= 0.3) return 'related links'
  if (has(hints, NEWSLETTER_WORDS) && words <= 80) return 'newsletter prompt'
  if ((has(hints, SHARE_WORDS) && (words <= 30 || linkDensity(element, text) >= 0.6)) || (words <= 12 && SHARE_BAR.test(text) && SHARE_WORD.test(text))) return 'share prompt'
  if (has(hints, PROMO_WORDS) && words <= 60) return 'advertising'
  if ((has(hints, BIO_WORDS) || aboutAuthor) && words <= 150) return 'author bio'
  if (isList && linkDensity(element, text) >= 0.5 && RELATED_LABEL.test(labelBefore(element))) return 'related links'
  return null
}

/** The short text just above an element (a heading or a one-line paragraph), which often says what a list is. */
function labelBefore(element: Element): string {
  let previous = element.previousElementSibling
  while (previous && textOf(previous) === '') previous = previous.previousElementSibling
  const text = previous ? textOf(previous) : ''
  return text.length <= 60 ? text : ''
}

const BLOCKS = new Set(['div', 'section', 'aside', 'figure', 'figcaption', 'p', 'ul', 'ol', 'li', 'table', 'tr', 'blockquote', 'header', 'footer', 'dl', 'h2', 'h3', 'h4', 'h5', 'h6'])
/** A mark may cover at most this share of the article's text. */
const MAX_SHARE = 0.3

/**
 * Marks the boilerplate under `root` with REMOVED_MARK. Any mark already in the page is cleared
 * first: only the importer says what is removed. A related list's label is marked with it.
 */
export function markArticleBoilerplate(root: Element): void {
  for (const element of Array.from(root.querySelectorAll(`[${REMOVED_MARK}]`))) element.removeAttribute(REMOVED_MARK)
  const total = textOf(root).length
  const visit = (element: Element) => {
    for (const child of Array.from(element.children)) {
      const name = child.localName
      const reason = BLOCKS.has(name) || name === 'td' || name === 'th' ? reasonFor(child) : null
      if (reason && textOf(child).length <= total * MAX_SHARE) {
        markElement(child, reason)
        if (reason === 'related links' && (name === 'ul' || name === 'ol')) {
          const label = child.previousElementSibling
          if (label && RELATED_LABEL.test(textOf(label))) label.setAttribute(REMOVED_MARK, reason)
        }
        continue
      }
      visit(child)
    }
  }
  visit(root)
}

/** Table cells cannot carry a block of their own: a cell's mark goes on its row when it is the row's only text. */
function markElement(element: Element, reason: MarkReason) {
  if (element.localName === 'td' || element.localName === 'th') {
    const row = element.parentElement
    if (row?.localName === 'tr' && textOf(row) === textOf(element)) row.setAttribute(REMOVED_MARK, reason)
    return
  }
  element.setAttribute(REMOVED_MARK, reason)
}
