import type { DocumentFormat } from '../../../../shared/domain/document'
import { ParleyError } from '../../../../shared/ipc/errors'
import type { FormatParser, ParsedDocument } from './parsed-document'

interface FormatEntry {
  format: DocumentFormat
  /** Loaded on first use, so heavy parsers (pdf.js) load only where parsing runs. */
  load: () => Promise<FormatParser>
}

const text: FormatEntry = { format: 'txt', load: async () => (await import('./formats/parse-text-formats')).parseTxt }
const markdown: FormatEntry = { format: 'md', load: async () => (await import('./formats/parse-text-formats')).parseMd }
const html: FormatEntry = { format: 'html', load: async () => (await import('./formats/parse-html')).parseHtml }
const pdf: FormatEntry = { format: 'pdf', load: async () => (await import('./formats/parse-pdf')).parsePdf }
const docx: FormatEntry = { format: 'docx', load: async () => (await import('./formats/parse-docx')).parseDocx }

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
}

export const supportedExtensions = Object.keys(formatsByExtension)

export function formatOf(extension: string, fileName: string): DocumentFormat {
  const entry = formatsByExtension[extension]
  if (!entry) {
    throw new ParleyError(
      'import-failed',
      `${fileName}: .${extension || '(no extension)'} files are not supported (Parley imports ${['.txt', '.md', '.html', '.pdf', '.docx'].join(', ')}).`,
    )
  }
  return entry.format
}

export async function parseByExtension(extension: string, bytes: Uint8Array, fileName: string): Promise<ParsedDocument> {
  formatOf(extension, fileName)
  const parser = await formatsByExtension[extension]!.load()
  return parser(bytes, fileName)
}
