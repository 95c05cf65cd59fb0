import { percentile } from './numbers'
import { columns, endsSentence, firstPieceColumns, isAllCaps, isBulleted, startsLowercase, type SourceLine } from './source-lines'

/**
 * How a text breaks its paragraphs, inferred from its own lines: never announced, and a file can
 * mix forms (a one-line-per-paragraph header, a hard-wrapped body, a pasted tail).
 */
export interface TextShape {
  /**
   * The column at which the text is hard-wrapped (e-mail, news-database exports), or null when
   * each line is a paragraph. Lines are re-joined only up to this width.
   */
  wrapWidth: number | null
  /** Paragraphs start with an indented first line, so an indent breaks a paragraph. */
  indentedParagraphs: boolean
  /** The indent of ordinary lines. */
  baseIndent: number
}

/** Nobody hard-wraps prose narrower than this, or wider than the widest terminal lines. */
const MIN_WRAP = 36
const MAX_WRAP = 140

/**
 * A hard-wrapped text shows it in its line lengths: a sharp edge, with many lines just under one
 * width and almost none beyond it. Text with one paragraph per line has no such edge: its lines
 * run from a few words to whole paragraphs; lists and menus are short everywhere.
 */
export function inferShape(lines: readonly SourceLine[]): TextShape {
  const continued: WrapEvidence[] = []
  for (let i = 0; i + 1 < lines.length; i++) if (lines[i + 1]!.blankBefore === 0) continued.push({ width: columns(lines[i]!.text), midSentence: !endsSentence(lines[i]!.text) })
  // Indented first lines: most lines that follow a sentence's end start with an indent, and some
  // lines at the ordinary indent continue a paragraph. An indented quotation or two is not that.
  const baseIndent = lines.length ? Math.min(...lines.map((line) => line.indent)) : 0
  const indentedStarts = lines.filter((line, i) => line.indent >= baseIndent + 2 && (i === 0 || line.indent > lines[i - 1]!.indent)).length
  const afterSentences = lines.filter((_, i) => i > 0 && endsSentence(lines[i - 1]!.text)).length
  const continuations = lines.filter((line, i) => i > 0 && line.blankBefore === 0 && line.indent === baseIndent).length
  const indentedParagraphs = indentedStarts >= 2 && continuations >= 1 && indentedStarts >= afterSentences * 0.5
  return { wrapWidth: wrapWidthOf(continued), indentedParagraphs, baseIndent }
}

interface WrapEvidence {
  width: number
  midSentence: boolean
}

/**
 * The edge: most lines at most this wide, many of them just under it and most of those cut
 * mid-sentence (a wrapper breaks wherever the width runs out). A file that mixes a wrapped body
 * with long one-paragraph lines has more lines beyond the edge, so it needs a fuller band.
 */
function wrapWidthOf(lines: readonly WrapEvidence[]): number | null {
  if (lines.length < 2) return null
  const lengths = lines.map((line) => line.width)
  for (const quantile of [97, 95, 90, 80, 70]) {
    const edge = percentile(lengths, quantile)
    if (edge < MIN_WRAP || edge > MAX_WRAP) continue
    const band = lines.filter((line) => line.width <= edge * 1.05 && line.width >= edge - Math.max(10, edge * 0.15))
    const beyond = lengths.filter((n) => n > edge * 1.05).length / lines.length
    const share = band.length / lines.length
    // A short text shows few wrapped lines: then all of them must sit at the edge.
    const enough = band.length >= 3 || band.length === lines.length
    const cut = band.filter((line) => line.midSentence).length >= band.length * 0.5
    if (enough && cut && ((share >= 0.3 && beyond <= 0.1) || (share >= 0.45 && beyond <= 0.3))) return Math.max(...lengths.filter((n) => n <= edge * 1.05))
  }
  return null
}

/** A quotation mark opened on the line and not closed after it. */
function opensQuotation(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length
  return straight % 2 === 1 || text.lastIndexOf('“') > text.lastIndexOf('”')
}

/** An interview line ("Q: …", "LAVROV: …") starts its own paragraph. */
const opensSpeech = (text: string) => /^(?:Q|A|Question|Answer)\s*[:.]\s|^[\p{Lu}][\p{Lu}'’.-]+(?:\s+[\p{Lu}][\p{Lu}'’.-]+){0,4}\s*(?:\([^)]{1,60}\))?\s*:\s/u.test(text)

/** Two words in capitals after a full stop open a new paragraph: a speaker header, a dateline. */
const opensWithCapitals = (text: string) => /^["“]?\p{Lu}[\p{Lu}'’.-]+,?\s+\p{Lu}[\p{Lu}'’.-]+\b/u.test(text)

/**
 * A speaker header, or the first line read as a headline: lines a wrapper did not produce. A
 * long headline wrapped in two shows it by its short second line ending the block.
 */
function standsAlone(lines: readonly SourceLine[], index: number, width: number | null): boolean {
  const line = lines[index]!
  if (isAllCaps(line.text)) return true
  if (index !== 0 || endsSentence(line.text) || !/^\p{Lu}/u.test(line.text)) return false
  // Two sentences on a long line are prose, not a headline.
  if (columns(line.text) >= 60 && /\p{Ll}[.!?]\s+\p{Lu}/u.test(line.text)) return false
  const next = lines[1]
  const endsBlock = !lines[2] || lines[2].blankBefore > 0 || (width !== null && columns(next?.text ?? '') < width * 0.85)
  return width === null || !endsBlock
}

/**
 * "… with smooth versions + Added Slime Block + Added …" wrapped so that a line opens with "+":
 * a mark the line above uses between items is a separator there, not a bullet.
 */
function markerInline(above: string, next: string): boolean {
  const mark = /^([-+*•·▪‣◦–])\s/u.exec(next)?.[1]
  return !!mark && above.split(` ${mark} `).length > 2
}

/**
 * Whether the line below continues this one's paragraph. Strong signs work in any shape (a line
 * ending mid-word or mid-sentence, the next starting in lower case); a hard-wrapped text also
 * continues every line that was full, i.e. the next line's first word would not have fitted.
 */
export function continuesParagraph(lines: readonly SourceLine[], index: number, shape: TextShape, isBoilerplateLine: (text: string) => boolean): boolean {
  const line = lines[index]!
  const next = lines[index + 1]
  if (!next || next.blankBefore > 0 || (isBulleted(next.text) && !markerInline(`${lines[index - 1]?.text ?? ''} ${line.text}`, next.text)) || opensSpeech(next.text)) return false
  // Where an indent starts each paragraph, every line that is not indented continues one.
  if (shape.indentedParagraphs) return next.indent <= shape.baseIndent && !isAllCaps(line.text)
  const width = shape.wrapWidth
  // A wrapped line is long; a short line without a full stop is a headline or a label.
  const long = columns(line.text) >= Math.min(40, (width ?? 70) * 0.6)
  const midSentence = !endsSentence(line.text) && long && !standsAlone(lines, index, width)
  // Without a wrap width, a lower-case start alone is weak (list items of user names, tags):
  // the line must read as running prose too.
  const prose = width !== null || (columns(line.text) >= 60 && /[.!?;,]\s/.test(line.text))
  if (midSentence && prose && startsLowercase(next.text)) return true
  // A quotation opened and not closed on a line cut mid-sentence goes on below.
  if (!endsSentence(line.text) && opensQuotation(line.text) && /^\p{Ll}/u.test(next.text)) return true
  // A word broken at a hyphen, a comma or a dash: the sentence goes on, whatever the line's length.
  if ((/\p{L}-$/u.test(line.text) || /(?:[,，、]|\s[-–—])$/u.test(line.text)) && /^["“]?\p{L}/u.test(next.text) && !isAllCaps(line.text)) return true
  // Lines wider than the wrap width were never wrapped: paragraphs one per line (mixed forms).
  if (width === null || columns(line.text) > width + 1 || columns(next.text) > width + 1 || standsAlone(lines, index, width)) return false
  if (isBoilerplateLine(line.text) || isBoilerplateLine(next.text)) return false
  if (endsSentence(line.text) && opensWithCapitals(next.text)) return false
  return columns(line.text) + 1 + firstPieceColumns(next.text) > width
}
