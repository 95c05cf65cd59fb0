/**
 * The text of an HTML page as lines, the way a browser lays it out: a line break at every <br>
 * and around every block element, so an export saved as HTML (Nexis's .HTML download) can be
 * read by the same line-based reader as its .txt and .rtf siblings.
 */

const BLOCKS = new Set(['p', 'div', 'br', 'tr', 'li', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr', 'center', 'section', 'article', 'header', 'footer'])
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title'])

export function htmlLines(root: Node): string[] {
  const parts: string[] = []
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        parts.push((child.nodeValue ?? '').replace(/\s+/g, ' '))
        continue
      }
      if (child.nodeType !== 1) continue
      const name = (child as Element).localName
      if (HIDDEN.has(name)) continue
      const block = BLOCKS.has(name)
      if (block && name !== 'br') parts.push('\n')
      walk(child)
      if (block) parts.push('\n')
    }
  }
  walk(root)
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
}
