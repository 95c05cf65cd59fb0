import type { DocumentFormat } from '../../../../shared/domain/document'
import { ParleyError } from '../../../../shared/ipc/errors'
import type { FormatParser, ParsedDocument } from './parsed-document'

interface FormatEntry {
  format: DocumentFormat
  /** Loaded on first use, so heavy parsers (pdf.js) load only where parsing runs. */
  load: () => Promise<FormatParser>
}

// .txt, .docx, .rtf and .html may be news-database exports (Nexis, Factiva): those parsers tell an
// export by its structure and split it into articles, and hand any other file to the usual parser.
const exports = () => import('./formats/news-exports/parse-export-formats')
const text: FormatEntry = { format: 'txt', load: async () => (await exports()).parseTxtOrExport }
const markdown: FormatEntry = { format: 'md', load: async () => (await import('./formats/parse-text-formats')).parseMd }
const html: FormatEntry = { format: 'html', load: async () => (await exports()).parseHtmlOrExport }
const pdf: FormatEntry = { format: 'pdf', load: async () => (await import('./formats/parse-pdf')).parsePdf }
const docx: FormatEntry = { format: 'docx', load: async () => (await exports()).parseDocxOrExport }
// Rich Text has no document format of its own: a new value would make older Parleys refuse the library.
const rtf: FormatEntry = { format: 'txt', load: async () => (await exports()).parseRtf }

/** Every extension the importer takes, and its parser. */
export const formatsByExtension: Readonly<Record<string, FormatEntry>> = {
  txt: text,
  text,
  md: markdown,
  markdown,
  html,
  htm: html,
  xhtml: html,
  pdf,
  docx,
  rtf,
}

export const supportedExtensions = Object.keys(formatsByExtension)

export function formatOf(extension: string, fileName: string): DocumentFormat {
  const entry = formatsByExtension[extension]
  if (!entry) {
    throw new ParleyError(
      'import-failed',
      `${fileName}: .${extension || '(no extension)'} files are not supported (Parley imports ${['.txt', '.md', '.html', '.pdf', '.docx', '.rtf'].join(', ')}).`,
    )
  }
  return entry.format
}

export async function parseByExtension(extension: string, bytes: Uint8Array, fileName: string): Promise<ParsedDocument> {
  formatOf(extension, fileName)
  const parser = await formatsByExtension[extension]!.load()
  return parser(bytes, fileName)
}
