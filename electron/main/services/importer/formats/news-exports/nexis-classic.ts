import { checkedEntry, emptyArticle, type ExportArticle, type SplitExport } from './export-article'
import { cleanByline, cleanLine, dateIn, isAllRightsReserved, isCopyrightLine, joinWrapped, languageCode, readExportDate, readLabel } from './export-fields'

/**
 * Nexis (nexis.com, LexisNexis Academic) exports in .txt, .rtf and .html: a cover page of search
 * details, then each article after a centred "1 of 10 DOCUMENTS" line: outlet, date (and
 * edition), headline, labelled fields (BYLINE:, SECTION:, LENGTH:, in the Academic flavour also
 * HEADLINE: and BODY:), the body, then more fields (LOAD-DATE:, LANGUAGE:, GRAPHIC: …) and a
 * copyright line. German and French exports use their own words for the separator and labels.
 */

export const NEXIS_SEPARATOR = /^\s*(?:(\d{1,6})\s+of\s+(\d{1,6})\s+DOCUMENTS?|Dokument\s+(\d{1,6})\s+von\s+(\d{1,6})|Document\s+(\d{1,6})\s+de\s+(\d{1,6}))\s*$/

/** Fields that come before the body. */
const HEADER_LABELS = new Set(['BYLINE', 'AUTHOR', 'SECTION', 'LENGTH', 'HEADLINE', 'DATELINE', 'HIGHLIGHT', 'BODY', 'AUTOR', 'VON', 'RUBRIK', 'LÄNGE', 'LAENGE', 'ÜBERSCHRIFT', 'UEBERSCHRIFT', 'AUTEUR', 'RUBRIQUE', 'LONGUEUR', 'TITRE', 'EDITION', 'ZUSAMMENFASSUNG'])
/** Fields that come after it. */
const TRAILING_LABELS = new Set([
  'LOAD-DATE', 'LANGUAGE', 'GRAPHIC', 'PUBLICATION-TYPE', 'JOURNAL-CODE', 'SUBJECT', 'ORGANIZATION', 'PERSON', 'GEOGRAPHIC', 'INDUSTRY',
  'COMPANY', 'TICKER', 'DOCUMENT-TYPE', 'PUB-SUBJECT', 'PHOTOGRAPHER', 'NOTES', 'CORRECTION', 'CORRECTION-DATE', 'URL', 'UPDATE', 'CITY',
  'STATE', 'COUNTRY', 'DISTRIBUTION', 'TYPE', 'SERIES', 'ACC-NO', 'DOCUMENT-ID', 'SPRACHE', 'LANGUE', 'GRAFIK', 'DOKUMENTTYP', 'PUBLIKATIONSTYP',
])
const ALL_LABELS = new Set([...HEADER_LABELS, ...TRAILING_LABELS])

interface Block {
  lines: string[]
}

/** Runs of non-blank lines: the export separates everything with blank lines. */
function blocksOf(lines: readonly string[]): Block[] {
  const blocks: Block[] = []
  let current: string[] = []
  for (const line of lines) {
    if (cleanLine(line) === '') {
      if (current.length > 0) blocks.push({ lines: current })
      current = []
    } else current.push(line)
  }
  if (current.length > 0) blocks.push({ lines: current })
  return blocks
}

/** Nexis writes its labels in capitals; "Source: Reuters" in a story's text is not one. */
function upperLabel(line: string, labels: ReadonlySet<string>) {
  const field = readLabel(line, labels)
  return field && cleanLine(line).slice(0, field.label.length) === field.label ? field : null
}

const firstLabel = (block: Block, labels: ReadonlySet<string>) => upperLabel(block.lines[0]!, labels)

/** Drops copyright notices (and syndication credits) from the masthead: "Copyright …" through "All Rights Reserved" when that follows within two lines. */
function withoutCopyright(lines: readonly string[], article: ExportArticle): string[] {
  const kept: string[] = []
  for (let i = 0; i < lines.length; i++) {
    // "Distributed by Tribune Content Agency" names the syndicator, not the outlet.
    if (/^distributed by\b/i.test(cleanLine(lines[i]!))) continue
    if (!isCopyrightLine(lines[i]!)) {
      kept.push(lines[i]!)
      continue
    }
    const end = lines.slice(i, i + 3).findIndex(isAllRightsReserved)
    const last = end === -1 ? i : i + end
    article.copyright ??= joinWrapped(lines.slice(i, last + 1))
    i = last
  }
  return kept
}

/** Outlet, date, edition and (in the nexis.com flavour) headline: the blocks above the first field. */
function readMasthead(blocks: readonly Block[], article: ExportArticle) {
  const lines: Array<{ text: string; block: number }> = []
  blocks.forEach((block, index) => withoutCopyright(block.lines, article).forEach((text) => lines.push({ text: cleanLine(text), block: index })))
  const dateAt = lines.findIndex((line) => readExportDate(line.text) !== null)
  if (dateAt === -1) {
    article.outlet = lines.filter((line) => line.block === lines[0]?.block).map((line) => line.text).join(' ') || null
    article.headline = lines.filter((line) => line.block !== lines[0]?.block).map((line) => line.text).join(' ') || null
    return
  }
  const date = lines[dateAt]!
  article.dateText = date.text
  article.publishedAt = readExportDate(date.text)
  // The outlet sits just above the date: in its block, else the block before.
  const sameBlock = lines.slice(0, dateAt).filter((line) => line.block === date.block)
  const above = sameBlock.length > 0 ? sameBlock : lines.filter((line) => line.block === lines[dateAt - 1]?.block && line.block !== date.block)
  article.outlet = above.map((line) => line.text).join(' ') || null
  article.edition = lines.filter((line, i) => i > dateAt && line.block === date.block).map((line) => line.text.replace(/;$/, '')).join('; ') || null
  article.headline = joinWrapped(lines.filter((line) => line.block > date.block).map((line) => line.text)) || null
}

/** Without labelled fields, the masthead ends with the headline block under the date. */
function mastheadWithoutFields(blocks: readonly Block[]): number {
  const dateBlock = blocks.slice(0, 4).findIndex((block) => block.lines.some((line) => readExportDate(line) !== null))
  return dateBlock === -1 ? 0 : Math.min(blocks.length, dateBlock + 2)
}

function applyField(article: ExportArticle, label: string, value: string) {
  if (label === 'BYLINE' || label === 'AUTHOR' || label === 'AUTOR' || label === 'VON' || label === 'AUTEUR') article.byline ??= cleanByline(value)
  else if (label === 'SECTION' || label === 'RUBRIK' || label === 'RUBRIQUE') article.section ??= value || null
  else if (label === 'LENGTH' || label === 'LÄNGE' || label === 'LAENGE' || label === 'LONGUEUR') article.length ??= value || null
  else if (label === 'HEADLINE' || label === 'ÜBERSCHRIFT' || label === 'UEBERSCHRIFT' || label === 'TITRE') article.headline = value || article.headline
  else if (label === 'LOAD-DATE') article.loadDate ??= value || null
  else if (label === 'LANGUAGE' || label === 'SPRACHE' || label === 'LANGUE') article.language ??= languageCode(value.split(/[;,]/)[0] ?? '')
}

/** A field's value, with the continuation lines of its block ("BYLINE: A;B;C" wrapped over two lines). */
const fieldValue = (block: Block, first: string) => joinWrapped([first, ...block.lines.slice(1)])

/**
 * One article's lines (after its separator). `wrapped`: lines are hard-wrapped at 80 columns
 * (.txt), so a paragraph is a run of lines; otherwise (.rtf, .html) each line is a paragraph.
 */
export function readClassicArticle(lines: readonly string[], wrapped: boolean): ExportArticle {
  const article = emptyArticle()
  const blocks = blocksOf(lines)
  const fieldsAt = blocks.findIndex((block) => firstLabel(block, HEADER_LABELS) !== null)
  const mastheadEnd = fieldsAt === -1 ? mastheadWithoutFields(blocks) : fieldsAt
  readMasthead(blocks.slice(0, mastheadEnd), article)

  let bodyStart = mastheadEnd
  let highlight: string | null = null
  for (; fieldsAt !== -1 && bodyStart < blocks.length; bodyStart++) {
    const block = blocks[bodyStart]!
    const field = firstLabel(block, HEADER_LABELS)
    if (!field) break
    if (field.label === 'BODY') {
      // The body may follow "BODY:" without a blank line (.rtf): the rest of the block is text.
      if (block.lines.length > 1) blocks[bodyStart] = { lines: block.lines.slice(1) }
      else bodyStart++
      break
    }
    const value = fieldValue(block, field.value)
    if (field.label === 'HIGHLIGHT' || field.label === 'ZUSAMMENFASSUNG') highlight = value
    else applyField(article, field.label, value)
  }
  // Trailing fields and the closing copyright, read from the end back to the last body block.
  let bodyEnd = blocks.length
  while (bodyEnd > bodyStart) {
    const block = blocks[bodyEnd - 1]!
    const field = firstLabel(block, ALL_LABELS)
    if (field) applyField(article, field.label, fieldValue(block, field.value))
    else if (isCopyrightLine(block.lines[0]!) || block.lines.every(isAllRightsReserved)) article.copyright ??= joinWrapped(block.lines)
    else break
    bodyEnd--
  }
  const body = blocks.slice(bodyStart, bodyEnd)
  article.paragraphs = [...(highlight ? [highlight] : []), ...(wrapped ? body.map((block) => joinWrapped(block.lines)) : body.flatMap((block) => block.lines.map(cleanLine)))].filter((p) => p !== '')
  article.publishedAt ??= dateIn(article.loadDate)
  return article
}

interface Separator {
  at: number
  position: number
  declared: number
}

function separatorsOf(lines: readonly string[]): Separator[] {
  const found: Separator[] = []
  lines.forEach((line, at) => {
    const match = NEXIS_SEPARATOR.exec(line)
    if (!match) return
    const numbers = match.slice(1).filter((n) => n !== undefined).map(Number)
    found.push({ at, position: numbers[0]!, declared: numbers[1]! })
  })
  return found
}

/**
 * Whether lines are a Nexis export: separator lines of their own, and at least one article under
 * them carrying the export's labelled fields. A story that mentions "3 of 10 documents" in a
 * sentence, or a list of separators with nothing under them, is not one.
 */
export function isNexisClassic(lines: readonly string[]): boolean {
  const separators = separatorsOf(lines)
  return separators.some((separator, i) => {
    const end = separators[i + 1]?.at ?? lines.length
    return lines.slice(separator.at + 1, end).some((line) => upperLabel(line, ALL_LABELS) !== null)
  })
}

export function splitNexisClassic(lines: readonly string[], wrapped: boolean): SplitExport {
  const separators = separatorsOf(lines)
  const count = separators.length
  const entries = separators.map((separator, i) => {
    const section = lines.slice(separator.at + 1, separators[i + 1]?.at ?? lines.length)
    return checkedEntry(readClassicArticle(section, wrapped), i + 1, count)
  })
  const warnings: string[] = []
  const last = separators[count - 1]
  // Every separator says "n of M": when all agree on M and the last is not M, the file was cut short.
  if (last && separators.every((s) => s.declared === last.declared) && last.position < last.declared) {
    warnings.push(`The export says it holds ${last.declared} articles but ends after article ${last.position}; the file may be cut short.`)
  }
  return { database: 'Nexis', entries, warnings }
}
