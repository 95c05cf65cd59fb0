import { parseHTML } from 'linkedom'

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol',
  'pre', 'section', 'summary', 'table', 'tr', 'ul', 'option', 'legend', 'center', 'menu',
])
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'select', 'textarea', 'input', 'svg', 'math', 'title', 'meta', 'link'])

const hidden = (element: Element) =>
  element.hasAttribute('hidden') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '') || element.getAttribute('type') === 'hidden'

/**
 * Roughly what select-all and copy gives on a saved page (the browser's innerText): visible text,
 * a line break around every block, a blank line around paragraphs, cells separated by tabs.
 * Styles from stylesheets are unknown here, so menus hidden by CSS are copied too, as they are
 * by some browsers' reader-less copy.
 */
export function visibleText(html: string): string {
  const { document } = parseHTML(html)
  let out = ''
  const breakLine = (count: number) => {
    const trailing = /\n*$/.exec(out)![0].length
    if (out.length > 0 && trailing < count) out += '\n'.repeat(count - trailing)
  }
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ')
      if (text.trim() === '') {
        if (text && !/[\s]$/.test(out)) out += ' '
        return
      }
      if (/\n$/.test(out) || out === '') out += text.replace(/^ /, '')
      else out += text
      return
    }
    if (node.nodeType !== 1) return
    const element = node as Element
    const tag = element.tagName.toLowerCase()
    if (SKIPPED_TAGS.has(tag) || hidden(element)) return
    if (tag === 'br') {
      out = out.replace(/ +$/, '') + '\n'
      return
    }
    // As the innerText algorithm does: two line breaks around a paragraph, one around other blocks.
    const lines = tag === 'p' ? 2 : BLOCK_TAGS.has(tag) || /^h[1-6]$/.test(tag) ? 1 : 0
    if (lines) breakLine(lines)
    if (tag === 'td' || tag === 'th') out += '\t'
    for (const child of Array.from(element.childNodes)) visit(child)
    if (lines) breakLine(lines)
  }
  visit(document.body ?? document.documentElement)
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, (m) => (m.includes('\t') ? '\t' : ' ')).trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
