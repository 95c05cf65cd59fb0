import { checkedEntry, emptyArticle, type ExportArticle, type SplitExport } from './export-article'
import { cleanByline, cleanLine, dateIn, isCopyrightLine, languageCode, readExportDate, readLabel } from './export-fields'

/**
 * Nexis Uni (Nexis Advance) exports in .docx and .rtf: a cover page (date and time, job number,
 * "Documents (10)", a numbered list of the results with the search terms), then each article as
 * headline, outlet, date, copyright, "Section:", "Length:", "Byline:", a "Body" line, the
 * paragraphs, "Classification" and more fields ("Load-Date:"), and "End of Document". One
 * paragraph per line; the labels carry a no-break space.
 */

const END_OF_DOCUMENT = /^(?:End of Document|Ende des Dokuments|Fin du document|Fin del documento)$/i
const BODY_LINE = /^(?:Body|Text|Texte|Cuerpo)$/i
const CLASSIFICATION_LINE = /^(?:Classification|Klassifikation|Klassifizierung)$/i

const HEADER_LABELS = new Set(['SECTION', 'LENGTH', 'BYLINE', 'AUTHOR', 'DATELINE', 'HIGHLIGHT', 'EDITION', 'RUBRIK', 'LÄNGE', 'AUTOR', 'RUBRIQUE', 'LONGUEUR', 'AUTEUR'])
const TRAILING_LABELS = new Set([
  'LOAD-DATE', 'LANGUAGE', 'GRAPHIC', 'PUBLICATION-TYPE', 'JOURNAL CODE', 'SUBJECT', 'ORGANIZATION', 'PERSON', 'GEOGRAPHIC', 'INDUSTRY',
  'COMPANY', 'TICKER', 'DOCUMENT-TYPE', 'NOTES', 'CORRECTION', 'CORRECTION-DATE', 'URL', 'SERIES', 'SPRACHE', 'LANGUE', 'GRAFIK',
])

/** Where an article's details begin: its first header field ("Section:", "Length:" …). */
const isHeaderField = (line: string) => readLabel(line, HEADER_LABELS) !== null

/**
 * Headline, outlet, date: the lines just above the first field. The date is the nearest date line
 * above it (an edition or copyright line may sit between); the outlet the line above the date;
 * the headline the line above that. Whatever is further up (the cover page) is not read.
 */
function readTop(lines: readonly string[], fieldsAt: number, article: ExportArticle) {
  let dateAt = -1
  for (let i = fieldsAt - 1; i >= Math.max(0, fieldsAt - 6); i--) {
    if (readExportDate(lines[i]!) !== null && !isCopyrightLine(lines[i]!)) {
      dateAt = i
      break
    }
  }
  for (let i = dateAt + 1; i < fieldsAt; i++) {
    if (isCopyrightLine(lines[i]!)) article.copyright ??= lines[i]!
    else if (dateAt !== -1) article.edition ??= lines[i]!
  }
  if (dateAt === -1) {
    article.headline = lines[fieldsAt - 1] ?? null
    return
  }
  article.dateText = lines[dateAt]!
  article.publishedAt = readExportDate(lines[dateAt]!)
  article.outlet = lines[dateAt - 1] ?? null
  article.headline = lines[dateAt - 2] ?? null
}

function applyField(article: ExportArticle, label: string, value: string) {
  if (label === 'BYLINE' || label === 'AUTHOR' || label === 'AUTOR' || label === 'AUTEUR') article.byline ??= cleanByline(value)
  else if (label === 'SECTION' || label === 'RUBRIK' || label === 'RUBRIQUE') article.section ??= value || null
  else if (label === 'LENGTH' || label === 'LÄNGE' || label === 'LONGUEUR') article.length ??= value || null
  else if (label === 'LOAD-DATE') article.loadDate ??= value || null
  else if (label === 'LANGUAGE' || label === 'SPRACHE' || label === 'LANGUE') article.language ??= languageCode(value.split(/[;,]/)[0] ?? '')
}

/** One article's non-empty lines, from wherever its chunk begins to just before "End of Document". */
export function readUniArticle(chunk: readonly string[]): ExportArticle {
  const article = emptyArticle()
  const lines = chunk.map(cleanLine).filter((line) => line !== '')
  const fieldsAt = lines.findIndex(isHeaderField)
  const bodyAt = lines.findIndex((line, i) => i >= Math.max(0, fieldsAt) && BODY_LINE.test(line))
  if (fieldsAt === -1 && bodyAt === -1) return article
  readTop(lines, fieldsAt === -1 ? bodyAt : fieldsAt, article)
  const headerEnd = bodyAt === -1 ? lines.length : bodyAt
  let bodyStart = headerEnd + 1
  for (let i = Math.max(0, fieldsAt); i < headerEnd; i++) {
    const field = readLabel(lines[i]!, HEADER_LABELS)
    if (field) applyField(article, field.label, field.value)
    // Without a "Body" line, the body starts after the last header field.
    if (bodyAt === -1 && field) bodyStart = i + 1
  }
  const classificationAt = lines.findIndex((line, i) => i >= bodyStart && CLASSIFICATION_LINE.test(line))
  let bodyEnd = classificationAt === -1 ? lines.length : classificationAt
  for (const line of lines.slice(bodyEnd)) {
    const field = readLabel(line, TRAILING_LABELS)
    if (field) applyField(article, field.label, field.value)
  }
  while (bodyEnd > bodyStart) {
    const field = readLabel(lines[bodyEnd - 1]!, TRAILING_LABELS)
    if (!field) break
    applyField(article, field.label, field.value)
    bodyEnd--
  }
  article.paragraphs = lines.slice(bodyStart, bodyEnd)
  article.publishedAt ??= dateIn(article.loadDate)
  return article
}

/**
 * Chunks of lines, each ending where an "End of Document" line stands. What follows the last one
 * is an article only if it has an article's fields: then the file was cut short.
 */
function chunksOf(lines: readonly string[]): { chunks: string[][]; cutShort: boolean } {
  const chunks: string[][] = []
  let current: string[] = []
  for (const line of lines) {
    if (END_OF_DOCUMENT.test(cleanLine(line))) {
      chunks.push(current)
      current = []
    } else current.push(line)
  }
  const cutShort = chunks.length > 0 && current.some(isHeaderField)
  if (cutShort) chunks.push(current)
  return { chunks, cutShort }
}

/** "End of Document" lines, with an article's labelled details ("Length:" or "Body") before at least one. */
export function isNexisUni(lines: readonly string[]): boolean {
  return chunksOf(lines).chunks.some((chunk) => chunk.some((line) => isHeaderField(line)) && chunk.some((line) => BODY_LINE.test(cleanLine(line)) || readLabel(line, new Set(['LENGTH'])) !== null))
}

export function splitNexisUni(lines: readonly string[]): SplitExport {
  const { chunks, cutShort } = chunksOf(lines)
  const entries = chunks.map((chunk, i) => checkedEntry(readUniArticle(chunk), i + 1, chunks.length))
  const warnings = cutShort ? ['The last article has no “End of Document”: the file may be cut short, check its end.'] : []
  const declared = /^Documents \((\d+)\)$/i.exec(lines.map(cleanLine).find((line) => /^Documents \(\d+\)$/i.test(line)) ?? '')
  if (declared && Number(declared[1]) > chunks.length) {
    warnings.push(`The export's cover lists ${declared[1]} articles but only ${chunks.length} end in “End of Document”; the file may be cut short.`)
  }
  return { database: 'Nexis Uni', entries, warnings }
}
