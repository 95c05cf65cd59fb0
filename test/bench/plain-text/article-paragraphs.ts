import { parseHTML } from 'linkedom'

/** Elements whose start and end break the text into separate paragraphs, as a browser lays them out. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'option', 'legend', 'center',
])
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'iframe', 'object', 'select', 'button', 'input', 'textarea'])

interface Walker {
  skip?: (element: Element) => boolean
}

/**
 * The text paragraphs of an HTML fragment: every block element starts a new paragraph, inline
 * text runs together, whitespace is collapsed. This is what "the article as plain text" means in
 * the plain-text shape evaluation.
 */
export function paragraphsOf(root: Node, walker: Walker = {}): string[] {
  const paragraphs: string[] = []
  let current = ''
  // A single <br> breaks a line inside a paragraph; two in a row separate paragraphs.
  const flush = () => {
    for (const part of current.split(/(?:\s*\u2028\s*){2,}/)) {
      const text = part.replace(/\u2028/g, ' ').replace(/\s+/g, ' ').trim()
      if (text) paragraphs.push(text)
    }
    current = ''
  }
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? ''
      return
    }
    if (node.nodeType !== 1) return
    const element = node as Element
    const tag = element.tagName.toLowerCase()
    if (SKIPPED_TAGS.has(tag) || walker.skip?.(element)) return
    if (tag === 'br') {
      current += '\u2028'
      return
    }
    const block = BLOCK_TAGS.has(tag)
    if (block) flush()
    for (const child of Array.from(element.childNodes)) visit(child)
    if (block) flush()
  }
  visit(root)
  flush()
  return paragraphs
}

export function articleParagraphs(expectedHtml: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${expectedHtml}</body></html>`)
  return paragraphsOf(document.body)
}
