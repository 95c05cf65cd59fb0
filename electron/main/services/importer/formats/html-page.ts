import { parseHTML } from 'linkedom'
import sanitizeHtml from 'sanitize-html'

/*
 * Turning untrusted page source into a document linkedom can work with: pages without html/body
 * are rebuilt the way a browser would, and pathological nesting (which makes linkedom and
 * Readability slow down sharply) is flattened first, keeping the text.
 */

// ---------------------------------------------------------------- document structure

const HEAD_TAGS = new Set(['title', 'meta', 'link', 'base', 'style', 'script', 'noscript', 'template'])
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** True when linkedom built <html> with <head>/<body> and nothing outside them. */
function isWellFormed(document: Document): boolean {
  const root = document.documentElement
  if (root?.localName !== 'html') return false
  let hasBody = false
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeType !== 1) continue
    const name = (node as Element).localName
    if (name === 'body') hasBody = true
    else if (name !== 'head') return false
  }
  if (!hasBody) return false
  for (const node of Array.from(document.childNodes)) {
    if (node !== root && node.nodeType !== 8 && node.nodeType !== 10 && (node.nodeType !== 3 || (node.nodeValue ?? '').trim() !== '')) return false
  }
  return true
}

/**
 * linkedom takes time proportional to depth for every element it adds: 40 000 nested tags take
 * 3.5 s to parse and 100 000 (a 500 KB file) tens of seconds. A linear scan estimates the nesting first; a page
 * deeper than MAX_NESTING is flattened by htmlparser2 (via sanitize-html, all tags and attributes
 * kept, tags beyond the limit dropped with their text kept) before linkedom sees it. Unclosed <p>
 * and <li> can make the estimate too high; that costs only the flattening pass, which measures
 * depth exactly.
 */
const MAX_NESTING = 400
const NOT_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th'])

function estimateNesting(html: string): number {
  let depth = 0
  let max = 0
  let at = html.indexOf('<')
  while (at !== -1) {
    const end = html.indexOf('>', at + 1)
    if (end === -1) break
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(at, Math.min(end, at + 40)))
    if (tag) {
      if (tag[1]) depth = Math.max(0, depth - 1)
      else if (!NOT_NESTING.has(tag[2]!.toLowerCase()) && html[end - 1] !== '/' && ++depth > max) max = depth
    }
    at = html.indexOf('<', end + 1)
  }
  return max
}

const FLATTEN_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: false,
  allowedAttributes: false,
  allowVulnerableTags: true,
  disallowedTagsMode: 'discard',
  nestingLimit: MAX_NESTING,
}

/**
 * linkedom does not repair documents the way a browser does: a page without <html>/<body> tags
 * (a saved fragment, "Save as" from some tools) or with content after </html> would leave
 * document.body empty or missing. Such pages are re-assembled the browser's way: head-only
 * elements before the first content go to <head>, everything else to <body>.
 */
export function parsePage(untrusted: string): { document: Document; source: string } {
  const html = estimateNesting(untrusted) > MAX_NESTING ? sanitizeHtml(untrusted, FLATTEN_OPTIONS) : untrusted
  const first = parseHTML(html).document
  if (isWellFormed(first)) return { document: first, source: html }
  const head: string[] = []
  const body: string[] = []
  let rootAttributes = ''
  let inBody = false
  const place = (node: Node) => {
    if (node.nodeType === 10) return
    if (node.nodeType === 1) {
      const element = node as Element
      const name = element.localName
      if (name === 'html') {
        for (const attribute of ['lang', 'dir', 'xml:lang']) {
          const value = element.getAttribute(attribute)
          if (value !== null && !rootAttributes.includes(` ${attribute}=`)) rootAttributes += ` ${attribute}="${escapeAttribute(value)}"`
        }
        for (const child of Array.from(element.childNodes)) place(child)
        return
      }
      if (name === 'head') {
        for (const child of Array.from(element.childNodes)) head.push(child.toString())
        return
      }
      if (name === 'body') {
        inBody = true
        for (const child of Array.from(element.childNodes)) body.push(child.toString())
        return
      }
      if (!inBody && HEAD_TAGS.has(name)) {
        head.push(element.toString())
        return
      }
    } else if (!inBody && (node.nodeType === 8 || (node.nodeType === 3 && (node.nodeValue ?? '').trim() === ''))) {
      return
    }
    inBody = true
    body.push(node.toString())
  }
  for (const node of Array.from(first.childNodes)) place(node)
  const source = `<!DOCTYPE html><html${rootAttributes}><head>${head.join('')}</head><body>${body.join('')}</body></html>`
  return { document: parseHTML(source).document, source }
}

