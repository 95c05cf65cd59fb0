import mammoth from 'mammoth'
import { DOMParser, parseHTML } from 'linkedom'
import { ParleyError } from '../../../../../shared/ipc/errors'
import type { BlockKind, FormatParser, ParsedBlock } from '../parsed-document'
import { checkZipLimits, DEFAULT_ZIP_LIMITS, notAWordDocument, readZipEntry, verifyDeclaredSizes } from './zip-guard'
import { isWellFormedXml } from './xml-well-formed'

/** Word's built-in quote styles become <blockquote>; mammoth's default map covers the rest. */
const STYLE_MAP = ["p[style-name='Quote'] => blockquote > p:fresh", "p[style-name='Intense Quote'] => blockquote > p:fresh"]

/** docProps/core.xml is a few hundred bytes; anything near this is not document properties. */
const CORE_XML_MAX_BYTES = 1024 * 1024

const TEXT_NODE = 3
const ELEMENT_NODE = 1

/** Elements whose text must not run into the text around it. */
const SEPARATED = new Set(['p', 'div', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

/** mammoth's "↑" links from a footnote back to its reference: navigation, not text. */
const isBackLink = (element: Element) => element.localName === 'a' && /^#(footnote|endnote)-ref-/.test(element.getAttribute('href') ?? '')

/** Text of a node with a space at every line break and block boundary (textContent fuses them). */
function textOf(node: Node, skip: (element: Element) => boolean = () => false): string {
  let text = ''
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      text += child.textContent ?? ''
    } else if (child.nodeType === ELEMENT_NODE) {
      const element = child as Element
      if (element.localName === 'br') text += ' '
      else if (!skip(element) && !isBackLink(element)) text += SEPARATED.has(element.localName) ? ` ${textOf(element, skip)} ` : textOf(element, skip)
    }
  }
  return text
}

interface Found {
  block: ParsedBlock
  /** 1-6 for headings, so the title fallback can prefer a level-1 heading. */
  level: number
}

class BlockCollector {
  readonly found: Found[] = []
  /** mammoth numbers note references [1], [2]… in one sequence and lists the notes in that order. */
  private notes = 0

  add(kind: BlockKind, raw: string, level = 0) {
    const text = collapse(raw)
    if (text !== '') this.found.push({ block: { kind, text, page: null }, level })
  }

  /** Every list item is one block, nested lists flattened after their parent item. */
  list(list: Element) {
    for (const item of Array.from(list.children)) {
      if (item.localName !== 'li') {
        this.walk(item, false)
        continue
      }
      const ownText = textOf(item, (element) => element.localName === 'ul' || element.localName === 'ol')
      // Footnotes and endnotes come last as <li id="footnote-…">: a paragraph that keeps the
      // number its "[n]" reference in the text points to.
      if (/^(footnote|endnote)-/.test(item.getAttribute('id') ?? '')) this.add('paragraph', `[${++this.notes}] ${collapse(ownText)}`)
      else this.add('list-item', ownText)
      for (const nested of Array.from(item.querySelectorAll('ul, ol'))) {
        // Only lists whose nearest enclosing item is this one; deeper ones are reached recursively.
        if (nested.parentElement?.closest('li') === item) this.list(nested)
      }
    }
  }

  /** One paragraph per row, cells joined by " | "; empty cells keep their place. */
  table(table: Element) {
    const rows: Element[] = []
    for (const child of Array.from(table.children)) {
      if (child.localName === 'tr') rows.push(child)
      else if (['thead', 'tbody', 'tfoot'].includes(child.localName)) rows.push(...Array.from(child.children).filter((row) => row.localName === 'tr'))
    }
    for (const row of rows) {
      const cells = Array.from(row.children).filter((cell) => cell.localName === 'td' || cell.localName === 'th')
      const texts = cells.map((cell) => collapse(textOf(cell)))
      if (texts.some((text) => text !== '')) this.add('paragraph', texts.join(' | '))
    }
  }

  walk(parent: Element, inQuote: boolean) {
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        this.add(inQuote ? 'quote' : 'paragraph', child.textContent ?? '')
        continue
      }
      if (child.nodeType !== ELEMENT_NODE) continue
      const element = child as Element
      const name = element.localName
      const heading = /^h([1-6])$/.exec(name)
      if (heading) this.add('heading', textOf(element), Number(heading[1]))
      else if (name === 'p') this.add(inQuote ? 'quote' : 'paragraph', textOf(element))
      else if (name === 'ul' || name === 'ol') this.list(element)
      else if (name === 'li') this.add('list-item', textOf(element))
      else if (name === 'blockquote') this.walk(element, true)
      else if (name === 'table') this.table(element)
      else if (element.querySelector('p, h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote')) this.walk(element, inQuote)
      else this.add(inQuote ? 'quote' : 'paragraph', textOf(element))
    }
  }
}

interface CoreProperties {
  title: string | null
  byline: string | null
  publishedAt: string | null
  language: string | null
}

const NO_PROPERTIES: CoreProperties = { title: null, byline: null, publishedAt: null, language: null }

function isoDate(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim())
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${match[1]}-${match[2]}-${match[3]}`
}

function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  return new TextDecoder('utf-8').decode(bytes) // drops a UTF-8 BOM
}

/**
 * Title, author, creation date and language from the package's core properties, matched by
 * local name so an unusual namespace prefix still reads.
 */
function readCoreProperties(bytes: Uint8Array, fileName: string, warnings: string[]): CoreProperties {
  let xml: Uint8Array | null
  try {
    xml = readZipEntry(bytes, 'docProps/core.xml', CORE_XML_MAX_BYTES, fileName)
  } catch (error) {
    // Oversized or unreadable properties cost the metadata, not the document's text.
    if (!(error instanceof ParleyError)) throw error
    warnings.push(`${fileName}: the document properties could not be read; title, author and date were not taken from them.`)
    return NO_PROPERTIES
  }
  if (!xml) return NO_PROPERTIES
  const fields = new Map<string, string>()
  try {
    const document = new DOMParser().parseFromString(decodeXml(xml), 'text/xml')
    for (const element of Array.from(document.documentElement?.children ?? [])) {
      const local = element.localName.split(':').pop()!.toLowerCase()
      const value = collapse(element.textContent ?? '')
      if (value !== '' && !fields.has(local)) fields.set(local, value)
    }
  } catch {
    return NO_PROPERTIES
  }
  const language = fields.get('language') ?? null
  return {
    title: fields.get('title') ?? null,
    byline: fields.get('creator') ?? null,
    publishedAt: isoDate(fields.get('created') ?? ''),
    language: language && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(language) ? language : null,
  }
}

/**
 * Word (.docx). The archive is checked before anything is inflated (zip-guard), mammoth turns
 * the document into HTML with images dropped (never embedded, never fetched), and the HTML is
 * walked into blocks. Any failure inside mammoth or JSZip reads as "not a valid Word document".
 */
export const parseDocx: FormatParser = async (bytes, fileName) => {
  const directory = checkZipLimits(bytes, fileName)
  if (!directory.entries.some((entry) => entry.name === 'word/document.xml')) throw notAWordDocument(fileName)
  await verifyDeclaredSizes(bytes, fileName, directory)
  // A damaged document.xml can stall mammoth's XML parser for minutes: refuse it up front.
  const documentXml = readZipEntry(bytes, 'word/document.xml', DEFAULT_ZIP_LIMITS.maxUncompressedBytes, fileName)
  if (!documentXml || !isWellFormedXml(new TextDecoder().decode(documentXml))) {
    throw new ParleyError('import-failed', `${fileName}: this is not a valid Word document (its text, word/document.xml, is damaged).`)
  }

  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        // A style map embedded in the file could hide or relabel text; ours is the only one.
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        // Never reads the image: an <img src=""> that the walk below ignores.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    )
    html = result.value
  } catch {
    throw notAWordDocument(fileName)
  }

  const collector = new BlockCollector()
  try {
    const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`)
    collector.walk(document.body, false)
  } catch {
    throw notAWordDocument(fileName)
  }

  const warnings: string[] = []
  const properties = readCoreProperties(bytes, fileName, warnings)
  const found = collector.found
  let title = properties.title
  if (!title) {
    // The first level-1 heading; failing that, a heading that opens the document. A lower
    // heading further down ("Background") names a section, not the document.
    let index = found.findIndex((entry) => entry.block.kind === 'heading' && entry.level === 1)
    if (index === -1 && found[0]?.block.kind === 'heading') index = 0
    if (index !== -1) title = found.splice(index, 1)[0]!.block.text
  }

  return {
    title,
    outlet: null,
    byline: properties.byline,
    publishedAt: properties.publishedAt,
    language: properties.language,
    blocks: found.map((entry) => entry.block),
    warnings,
  }
}
