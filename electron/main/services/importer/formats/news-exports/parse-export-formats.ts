import { ParleyError } from '../../../../../../shared/ipc/errors'
import type { FormatParser, ParsedDocument } from '../../parsed-document'
import { decodeText } from '../../read-import-file'
import { parsePlainText } from '../../parse-plain-text'
import { decodeHtmlBytes } from '../decode-html'
import { parsePage } from '../html-page'
import { checkZipLimits, DEFAULT_ZIP_LIMITS, notAWordDocument, readZipEntry } from '../zip-guard'
import { isWellFormedXml } from '../xml-well-formed'
import { docxLines } from './docx-lines'
import { exportDocument } from './export-document'
import { factivaArticles, mayBeFactiva, splitFactivaHtml } from './factiva-html'
import { htmlLines } from './html-lines'
import { splitExportLines } from './detect-export'
import { rtfToText } from './rtf-text'

/**
 * The importer's parsers for the formats news databases export in. Each recognises an export by
 * its structure, never by its file name, and splits it; any other file goes to the format's usual
 * parser, so a plain story in .txt, .docx or .html imports exactly as before.
 */

/** The reader's own warnings (decoding) before the parser's. */
const withWarnings = (parsed: ParsedDocument, warnings: string[]): ParsedDocument => ({ ...parsed, warnings: [...warnings, ...parsed.warnings] })

const linesOf = (text: string) => text.replace(/^\uFEFF/, '').split(/\r\n?|\n|\u2028/)

export const parseTxtOrExport: FormatParser = async (bytes, fileName) => {
  const { text, warnings } = decodeText(bytes, fileName)
  const split = splitExportLines(linesOf(text), true)
  return withWarnings(split ? exportDocument(split, fileName) : parsePlainText(text, fileName), warnings)
}

/** .rtf: an export is split; any other document is read as plain text, one paragraph per RTF paragraph. */
export const parseRtf: FormatParser = async (bytes, fileName) => {
  const { text, warnings } = rtfToText(bytes, fileName)
  const split = splitExportLines(linesOf(text), false)
  if (split) return withWarnings(exportDocument(split, fileName), warnings)
  const paragraphs = text
    .replace(/\u2028/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  if (paragraphs.length === 0) throw new ParleyError('import-failed', `${fileName} contains no text.`)
  return withWarnings(parsePlainText(paragraphs.join('\n\n'), fileName), warnings)
}

/**
 * .docx: Nexis Uni delivers its exports as Word files. The package is checked (zip-guard) before
 * word/document.xml is read; a document that is not an export, or whose XML is damaged, goes to
 * the usual Word parser (which names the damage).
 */
export const parseDocxOrExport: FormatParser = async (bytes, fileName) => {
  const { parseDocx } = await import('../parse-docx')
  const directory = checkZipLimits(bytes, fileName)
  if (!directory.entries.some((entry) => entry.name === 'word/document.xml')) throw notAWordDocument(fileName)
  const documentXml = readZipEntry(bytes, 'word/document.xml', DEFAULT_ZIP_LIMITS.maxUncompressedBytes, fileName)
  const xml = documentXml ? new TextDecoder().decode(documentXml) : ''
  // The line reader is a single linear scan, safe on damaged XML; damage is named by parseDocx.
  const split = splitExportLines(docxLines(xml), false)
  if (split && isWellFormedXml(xml)) return exportDocument(split, fileName)
  return parseDocx(bytes, fileName)
}

/** .html: Factiva's saved results (and Nexis's .HTML download); any other page goes to the web-page parser. */
export const parseHtmlOrExport: FormatParser = async (bytes, fileName) => {
  const { html, warnings } = decodeHtmlBytes(bytes, fileName)
  const factiva = mayBeFactiva(html)
  if (factiva || /\d\s+of\s+\d+\s+DOCUMENTS?\b/.test(html)) {
    const { document } = parsePage(html)
    const split = factiva && factivaArticles(document).length > 0 ? splitFactivaHtml(document) : splitExportLines(htmlLines(document.body), false)
    if (split) return withWarnings(exportDocument(split, fileName), warnings)
  }
  const { parseHtml } = await import('../parse-html')
  return parseHtml(bytes, fileName)
}
