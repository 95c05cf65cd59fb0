import { getDocument, VerbosityLevel, type PDFDocumentLoadingTask, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
// Loading the worker module here puts its handler on globalThis.pdfjsWorker, and pdfjs then runs it
// in this thread. Without it pdfjs would import './pdf.worker.mjs' at run time, relative to wherever
// pdf.mjs ends up, which breaks once the main process is bundled.
import 'pdfjs-dist/legacy/build/pdf.worker.mjs'
import { ParleyError } from '../../../../../shared/ipc/errors'
import type { BlockKind, FormatParser, ParsedBlock } from '../parsed-document'

/** One visual line of a page, rebuilt from text items. Coordinates are PDF units, y grows upwards. */
interface Line {
  page: number
  text: string
  /** Baseline. */
  y: number
  left: number
  right: number
  /** Font size of most of the line's characters. */
  size: number
}

interface Fragment {
  str: string
  x: number
  y: number
  width: number
  size: number
  rtl: boolean
}

/** Lines that only carry a page number: "3", "Page 3", "p. 3", "3 / 12", "Page 3 of 12", "- 3 -". */
const PAGE_NUMBER = /^(?:(?:page|pg\.?|p\.)\s*)?[-–—]?\s*\d{1,4}\s*(?:(?:\/|of)\s*\d{1,4}\s*)?[-–—]?$/i

export function isPageNumberLine(text: string): boolean {
  return PAGE_NUMBER.test(text.trim())
}

/** How many lines at the top and at the bottom of a page can be a running header or footer. */
const MARGIN_LINES = 3
/** Lines at least this much larger than the body text are headings. */
const HEADING_RATIO = 1.3
/** A line shorter than this share of the column width counts as "clearly shorter". */
const SHORT_LINE = 0.8
/** A gap this much larger than the usual line spacing ends a paragraph. */
const GAP_RATIO = 1.25

const ENDS_SENTENCE = /[.!?…:]["'”’»)\]]*$/

export const parsePdf: FormatParser = async (bytes, fileName) => {
  // pdfjs transfers the buffer it is given to its worker, which detaches it: hand it a copy.
  // A fresh Uint8Array is also what it wants (it refuses a Node Buffer).
  const data = new Uint8Array(bytes)
  let task: PDFDocumentLoadingTask | undefined
  try {
    task = getDocument({
      data,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      // Nothing may be fetched or read: no worker fetches, no font, CMap, ICC or wasm files.
      useWorkerFetch: false,
      useWasm: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      enableXfa: false,
      stopAtErrors: false,
      verbosity: VerbosityLevel.ERRORS,
    })
    const doc = await task.promise
    const info = await readInfo(doc)
    const pages = await readLines(doc)
    // A page whose only text is a running header or a page number (stamped on a scan) has no text layer either.
    const body = dropRunningLines(pages)
    if (body.every((lines) => lines.length === 0)) {
      throw new ParleyError('import-failed', `${fileName}: this PDF has no text layer (it looks scanned); OCR is not supported.`)
    }
    const warnings: string[] = []
    const blank = body.flatMap((lines, i) => (lines.length === 0 ? [i + 1] : []))
    if (blank.length > 0) {
      warnings.push(`${blank.length} of ${body.length} pages have no text layer (they look scanned) and were left out: p. ${blank.join(', ')}.`)
    }

    const blocks = buildBlocks(body)

    const firstTextPage = body.findIndex((lines) => lines.length > 0) + 1
    let title = usableTitle(info.Title)
    const firstHeading = blocks.findIndex((b) => b.kind === 'heading' && b.page === firstTextPage)
    if (title === null && firstHeading !== -1) {
      title = blocks[firstHeading]!.text
      blocks.splice(firstHeading, 1)
    } else if (title !== null && firstHeading !== -1 && sameText(blocks[firstHeading]!.text, title)) {
      // The info Title repeats the first heading: keep it once, as the title.
      blocks.splice(firstHeading, 1)
    }

    return {
      title,
      outlet: null,
      byline: nonEmpty(info.Author),
      publishedAt: pdfDate(info.CreationDate),
      language: languageTag(info.Language),
      blocks,
      warnings,
    }
  } catch (error) {
    if (error instanceof ParleyError) throw error
    if ((error as { name?: unknown } | null)?.name === 'PasswordException') {
      throw new ParleyError('import-failed', `${fileName}: this PDF is encrypted or password-protected; remove the protection and import it again.`)
    }
    throw new ParleyError('import-failed', `${fileName}: this is not a readable PDF (it is damaged or not a PDF).`)
  } finally {
    // Destroys the document, its pages and the in-process worker port.
    await task?.destroy()
  }
}

async function readInfo(doc: PDFDocumentProxy): Promise<Record<string, unknown>> {
  try {
    const { info } = await doc.getMetadata()
    return info && typeof info === 'object' ? (info as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** Every page's lines, top to bottom. Pages are read one at a time and released after. */
async function readLines(doc: PDFDocumentProxy): Promise<Line[][]> {
  const pages: Line[][] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    try {
      const content = await page.getTextContent()
      const fragments: Fragment[] = []
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue
        const [a, b, c, d, x, y] = item.transform as number[]
        // Rotated text (margin notes, watermarks) is not part of the reading text.
        if (Math.abs(b ?? 0) > 0.01 * Math.abs(a ?? 1) || Math.abs(c ?? 0) > 0.01 * Math.abs(d ?? 1)) continue
        const size = Math.abs(d ?? 0) || item.height
        if (!size) continue
        fragments.push({ str: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size, rtl: item.dir === 'rtl' })
      }
      pages.push(linesOf(fragments, n))
    } finally {
      page.cleanup()
    }
  }
  return pages
}

/** Groups fragments into lines by baseline, then orders each line along x. */
function linesOf(fragments: Fragment[], page: number): Line[] {
  const sorted = [...fragments].sort((p, q) => q.y - p.y || p.x - q.x)
  const groups: Fragment[][] = []
  for (const fragment of sorted) {
    const group = groups.at(-1)
    const anchor = group?.[0]
    if (group && anchor && Math.abs(anchor.y - fragment.y) <= 0.35 * Math.min(anchor.size, fragment.size)) group.push(fragment)
    else groups.push([fragment])
  }
  const lines: Line[] = []
  for (const group of groups) {
    const rtlChars = group.reduce((n, f) => n + (f.rtl ? f.str.length : 0), 0)
    const allChars = group.reduce((n, f) => n + f.str.length, 0)
    const rtl = rtlChars * 2 > allChars
    group.sort((p, q) => (rtl ? q.x - p.x : p.x - q.x))
    let text = ''
    let edge = 0
    const sizes = new Map<number, number>()
    for (const f of group) {
      const gap = rtl ? edge - (f.x + f.width) : f.x - edge
      if (text && gap > 0.15 * f.size && !/\s$/.test(text) && !/^\s/.test(f.str)) text += ' '
      text += f.str
      edge = rtl ? f.x : f.x + f.width
      const key = Math.round(f.size * 10) / 10
      sizes.set(key, (sizes.get(key) ?? 0) + f.str.replace(/\s/g, '').length)
    }
    text = text.replace(/\s+/g, ' ').trim()
    if (!text) continue
    const size = [...sizes.entries()].sort((p, q) => q[1] - p[1])[0]![0]
    const left = Math.min(...group.map((f) => f.x))
    const right = Math.max(...group.map((f) => f.x + f.width))
    lines.push({ page, text, y: group[0]!.y, left, right, size })
  }
  return lines
}

/** Drops running headers and footers, and page-number lines, from the top and bottom of each page. */
function dropRunningLines(pages: Line[][]): Line[][] {
  const key = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()
  const inMargin = (lines: Line[], i: number) => i < MARGIN_LINES || i >= lines.length - MARGIN_LINES
  const pagesWithKey = new Map<string, Set<number>>()
  pages.forEach((lines, p) =>
    lines.forEach((line, i) => {
      if (!inMargin(lines, i)) return
      const k = key(line.text)
      pagesWithKey.set(k, (pagesWithKey.get(k) ?? new Set()).add(p))
    }),
  )
  const textPages = pages.filter((lines) => lines.length > 0).length
  const needed = Math.max(2, Math.ceil(textPages / 2))
  return pages.map((lines) =>
    lines.filter((line, i) => !(inMargin(lines, i) && (isPageNumberLine(line.text) || (pagesWithKey.get(key(line.text))?.size ?? 0) >= needed))),
  )
}

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const sameSize = (a: number, b: number) => Math.abs(a - b) <= 0.05 * Math.max(a, b)

/** Rebuilds paragraphs and headings from the lines of all pages. */
function buildBlocks(pages: Line[][]): ParsedBlock[] {
  const all = pages.flat()
  if (all.length === 0) return []

  // Body size: the median font size over characters, so a long paragraph outweighs a headline.
  const weighted = all.flatMap((line) => Array<number>(Math.min(line.text.length, 500)).fill(line.size))
  const bodySize = median(weighted)!

  // Usual line spacing per font size, from consecutive lines of one size on one page.
  const gaps = new Map<number, number[]>()
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const [prev, line] = [lines[i - 1]!, lines[i]!]
      const dy = prev.y - line.y
      if (dy > 0 && sameSize(prev.size, line.size)) {
        const k = Math.round(line.size)
        gaps.set(k, [...(gaps.get(k) ?? []), dy])
      }
    }
  }
  const spacing = (size: number) => median(gaps.get(Math.round(size)) ?? []) ?? 1.2 * size

  // Column width: what the long body lines reach (ragged-right text rarely fills the column).
  const widths = all.filter((l) => sameSize(l.size, bodySize)).map((l) => l.right - l.left).sort((a, b) => a - b)
  const column = widths[Math.floor(0.9 * (widths.length - 1))] ?? Math.max(...all.map((l) => l.right - l.left))
  const isShort = (line: Line) => line.right - line.left < SHORT_LINE * column

  const kindOf = (line: Line): BlockKind => (line.size >= HEADING_RATIO * bodySize ? 'heading' : 'paragraph')

  const blocks: ParsedBlock[] = []
  let current: { kind: BlockKind; page: number; text: string; last: Line } | null = null
  const flush = () => {
    if (current) blocks.push({ kind: current.kind, text: current.text, page: current.page })
    current = null
  }
  pages.forEach((lines, p) =>
    lines.forEach((line, i) => {
      const kind = kindOf(line)
      if (current && current.kind === kind && sameSize(current.last.size, line.size)) {
        const prev = current.last
        const brokenSentence = kind === 'paragraph' && ENDS_SENTENCE.test(prev.text) && isShort(prev)
        let continues: boolean
        if (prev.page === line.page) {
          const dy = prev.y - line.y
          continues = dy > 0 && dy <= GAP_RATIO * spacing(line.size) && !brokenSentence
        } else {
          // Across a page break only a paragraph cut mid-sentence at the foot of the page continues.
          const prevLines = pages[prev.page - 1]!
          continues =
            kind === 'paragraph' && line.page === prev.page + 1 && i === 0 && prevLines.at(-1) === prev && !ENDS_SENTENCE.test(prev.text) && !isShort(prev)
        }
        if (continues) {
          current.text = joinLines(current.text, line.text)
          current.last = line
          return
        }
      }
      flush()
      current = { kind, page: line.page, text: line.text, last: line }
    }),
  )
  flush()
  return blocks
}

/** Joins a line to the text before it: one space, or nothing at a line-final hyphen. */
function joinLines(text: string, next: string): string {
  if (text.endsWith('\u00AD')) return text.slice(0, -1) + next
  // Hyphen dropped only for all-lowercase "negoti-" + lowercase "ations" ("de-" + "escalation" loses it too; "UN-" + "sponsored" keeps it).
  if (/(?:^|[^\p{L}\-‐])\p{Ll}+[-‐]$/u.test(text) && /^\p{Ll}/u.test(next)) return text.slice(0, -1) + next
  if (/\S[-‐]$/.test(text)) return text + next
  return `${text} ${next}`
}

function nonEmpty(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const trimmed = value.replace(/\s+/g, ' ').trim()
  return trimmed === '' ? null : trimmed
}

/** The info Title, unless it is empty or a file name that the producing program put there. */
export function usableTitle(value: unknown): string | null {
  const title = nonEmpty(value)
  if (title === null) return null
  if (/^(?:microsoft\s+(?:word|powerpoint|excel)\s+-\s+)/i.test(title)) return null
  if (/\.(?:docx?|odt|rtf|pages|txt|md|html?|pdf|indd|tex|pptx?|xlsx?|qxp)$/i.test(title)) return null
  if (/^(?:untitled|untitled document|document\d*)$/i.test(title)) return null
  return title
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase()

/** PDF date "D:YYYYMMDDHHmmSSOHH'mm'" to YYYY-MM-DD (the date as written, without time zone arithmetic). */
export function pdfDate(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const m = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value.trim())
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${m[1]}-${m[2]}-${m[3]}`
}

function languageTag(value: unknown): string | null {
  const tag = nonEmpty(value)
  return tag !== null && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag) ? tag : null
}
