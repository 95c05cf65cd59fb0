/**
 * How much article-like prose a part of a page holds. A block of text counts as prose when it is
 * long enough to be a sentence or more, ends or contains sentence punctuation, and is mostly not
 * link text (menus, link lists and tag clouds are links). The measure is the same for a whole page
 * and for each article candidate, so the two can be compared.
 */

/** Subtrees that are never reading text: code, hidden parts, page furniture, forms, comments. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'iframe', 'object', 'select', 'textarea', 'button', 'nav', 'footer', 'aside', 'form', 'dialog'])
const COMMENT_HINT = /(?:^|[\s_-])(?:comments?|disqus|respond|replies)(?:$|[\s_-])/i

export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true
  const ariaHidden = element.getAttribute('aria-hidden')
  if (ariaHidden !== null && ariaHidden !== 'false') return true
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(element.getAttribute('style') ?? '')
}

/** Page furniture, hidden parts and comment sections: left out of the page's readable text. */
export function isFurniture(element: Element): boolean {
  const role = element.getAttribute('role')
  return (
    SKIPPED_TAGS.has(element.localName) ||
    isHidden(element) ||
    role === 'navigation' ||
    role === 'contentinfo' ||
    role === 'complementary' ||
    COMMENT_HINT.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`)
  )
}

/** Tags whose text runs on inside the surrounding block. */
const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'img', 'label'])

export const MIN_PROSE_CHARS = 60
/** A block this long is article prose on its own (pages that separate paragraphs with <br> hold one such block). */
const LONG_BLOCK_CHARS = 800
const SENTENCE_PUNCTUATION = /[.!?;:,。！？；：，、…]/
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Length in Latin-script characters: a Chinese, Japanese or Korean character carries about as much as three. */
function weightedLength(text: string): number {
  return text.length + 2 * (text.match(WIDE)?.length ?? 0)
}

/** A block is prose when long enough, mostly not links, and punctuated like sentences (or written in a script that often is not). */
function isProse(text: string, linkChars: number, length: number): boolean {
  if (length < MIN_PROSE_CHARS || linkChars / Math.max(1, text.length) >= 0.5) return false
  return SENTENCE_PUNCTUATION.test(text) || (text.match(WIDE)?.length ?? 0) * 2 > text.length
}

export interface ProseMeasure {
  /** Weighted characters of prose blocks. */
  prose: number
  /**
   * Weighted characters of prose that stands the way an article's does: paragraphs side by side
   * (two or more prose blocks in one container), or one long block. A teaser, a caption or a
   * slide legend is one short paragraph per item, and does not count.
   */
  structured: number
  /** Characters of all text, prose or not. */
  text: number
}

/**
 * Prose and text under `root`. Each block element contributes its own inline text (nested blocks
 * count for themselves); a wrapper holding nothing but one block passes that block's prose on to
 * its parent, so paragraphs wrapped one by one in <div>s still stand side by side. `skip` leaves
 * whole subtrees out.
 */
export function measureProse(root: Element, skip: (element: Element) => boolean = () => false): ProseMeasure {
  const measure: ProseMeasure = { prose: 0, structured: 0, text: 0 }
  /** Returns the block's prose as its parent sees it. */
  const visitBlock = (block: Element): number => {
    let own = ''
    let links = 0
    const children: number[] = []
    const visitInline = (node: Node, inLink: boolean) => {
      for (const child of Array.from(node.childNodes)) {
        if (child.nodeType === 3) {
          const value = child.nodeValue ?? ''
          own += value
          if (inLink) links += collapse(value).length
        } else if (child.nodeType === 1) {
          const element = child as Element
          if (skip(element)) continue
          if (INLINE_TAGS.has(element.localName)) visitInline(element, inLink || element.localName === 'a')
          else {
            own += ' '
            children.push(visitBlock(element))
          }
        }
      }
    }
    visitInline(block, false)
    const text = collapse(own)
    const length = weightedLength(text)
    measure.text += text.length
    const ownProse = isProse(text, links, length) ? length : 0
    measure.prose += ownProse
    if (text === '' && children.length === 1) return children[0]!
    const proseChildren = children.filter((prose) => prose > 0)
    if (proseChildren.length >= 2) measure.structured += proseChildren.reduce((sum, prose) => sum + prose, 0)
    else if (proseChildren.length === 1 && proseChildren[0]! >= LONG_BLOCK_CHARS) measure.structured += proseChildren[0]!
    return ownProse
  }
  if (!skip(root)) {
    const rootProse = visitBlock(root)
    if (rootProse >= LONG_BLOCK_CHARS) measure.structured += rootProse
  }
  return measure
}
