import { parseHTML } from 'linkedom'
import { isFurniture, measureProse } from './prose'

/*
 * The fallback reader: a second opinion on where the article is, independent of Readability. The
 * article is taken to be the one container whose own paragraphs hold the most prose. Only direct
 * paragraphs count (or a wrapper holding a single paragraph), so a long list of teasers, each
 * paragraph in its own item, never outweighs an article whose paragraphs stand side by side.
 */

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote'])
const WRAPPER_TAGS = new Set(['div', 'section', 'span'])

/** A <div> or <section> that only wraps one paragraph (some sites wrap every paragraph). */
function wrappedParagraph(element: Element): Element | null {
  if (!WRAPPER_TAGS.has(element.localName)) return null
  const children = Array.from(element.children)
  if (children.length !== 1 || !PARAGRAPH_TAGS.has(children[0]!.localName)) return null
  const loose = Array.from(element.childNodes).some((node) => node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '')
  return loose ? null : children[0]!
}

/** Prose held by the container's own paragraphs and by its loose text (pages that break paragraphs with <br>). */
function ownProse(container: Element): number {
  let prose = 0
  let hasLooseText = false
  for (const child of Array.from(container.childNodes)) {
    if (child.nodeType === 3) {
      if ((child.nodeValue ?? '').trim() !== '') hasLooseText = true
      continue
    }
    if (child.nodeType !== 1) continue
    const element = child as Element
    if (isFurniture(element)) continue
    const paragraph = PARAGRAPH_TAGS.has(element.localName) ? element : wrappedParagraph(element)
    if (paragraph) prose += measureProse(paragraph, isFurniture).prose
  }
  if (hasLooseText) {
    // Loose text is measured on a shallow copy holding only the container's text and inline children.
    const copy = container.cloneNode(false) as Element
    for (const child of Array.from(container.childNodes)) {
      if (child.nodeType === 3 || (child.nodeType === 1 && ['a', 'b', 'i', 'em', 'strong', 'span', 'br', 'font'].includes((child as Element).localName))) copy.appendChild(child.cloneNode(true))
    }
    prose += splitByBreaks(copy)
  }
  return prose
}

/** Loose text separated by double <br>s counts paragraph by paragraph. */
function splitByBreaks(copy: Element): number {
  let prose = 0
  for (const part of copy.innerHTML.split(/(?:<br\s*\/?>\s*){2,}/i)) {
    // Each part in a document of its own: tag soup in one (a stray <html>) cannot upset the next.
    const body = parseHTML(`<!DOCTYPE html><html><body><p>${part}</p></body></html>`).document.body
    prose += measureProse(body, isFurniture).prose
  }
  return prose
}

/** The container with the most paragraph prose under `body`, as HTML without its furniture; null when there is none. */
export function fallbackReader(body: Element): string | null {
  let best: Element | null = null
  let bestProse = 0
  const stack: Element[] = [body]
  while (stack.length > 0) {
    const element = stack.pop()!
    if (element !== body && isFurniture(element)) continue
    const prose = ownProse(element)
    if (prose > bestProse) {
      best = element
      bestProse = prose
    }
    for (const child of Array.from(element.children)) stack.push(child)
  }
  if (!best) return null
  const copy = best.cloneNode(true) as Element
  for (const element of Array.from(copy.querySelectorAll('*'))) if (copy.contains(element) && isFurniture(element)) element.remove()
  return copy.outerHTML
}
