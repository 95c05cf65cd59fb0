import { parseHTML } from 'linkedom'
import type { Removal } from '../../../../../../shared/domain/content'
import type { BlockKind, ParsedBlock } from '../../parsed-document'
import { MARK_REASONS, REMOVED_MARK, sanitizeArticleHtml } from './sanitize'

/* Sanitized article HTML to reading blocks: headings, paragraphs, quotes, list items. */

const HEADING = /^h[1-6]$/
const INLINE = new Set(['a', 'b', 'br', 'code', 'em', 'i', 'span', 'strong'])
const REASONS = new Set<string>(MARK_REASONS)

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
  /** Set while walking inside a boilerplate mark: every block there is kept but removed. */
  private removal: Removal | null = null

  push(kind: BlockKind, raw: string) {
    const text = tidy(raw)
    if (text) this.blocks.push(this.removal ? { kind, text, page: null, removed: this.removal } : { kind, text, page: null })
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

  /** Runs `walk` with every block it pushes marked removed, when the element carries a boilerplate mark. */
  private withMark(element: Element, walk: () => void) {
    const mark = element.getAttribute(REMOVED_MARK)
    if (!mark || !REASONS.has(mark) || this.removal) return walk()
    this.removal = { reason: mark, by: 'importer' }
    walk()
    this.removal = null
  }

  walkBlock(element: Element, inQuote: boolean) {
    this.withMark(element, () => this.walkUnmarked(element, inQuote))
  }

  private walkUnmarked(element: Element, inQuote: boolean) {
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
            this.withMark(element, () => this.push(kind, cells.join(' | ')))
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

/**
 * Sanitizes untrusted HTML and turns what is left into reading blocks. Blocks inside a boilerplate
 * mark (see boilerplate-marks.ts) come out with `removed` set, kept for the analyst to restore.
 */
export function htmlToBlocks(untrustedHtml: string): ParsedBlock[] {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${sanitizeArticleHtml(untrustedHtml)}</body></html>`)
  const collector = new BlockCollector()
  collector.walkChildren(document.body, false)
  return collector.blocks
}
