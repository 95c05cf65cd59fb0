import { createHash, randomUUID } from 'node:crypto'
import { basename, extname } from 'node:path'
import { documentSchema, type DocumentFormat, type ParleyDocument } from '../../../../shared/domain/document'
import { countWords, normaliseText } from '../../../../shared/text/normalise'
import { ParleyError } from '../../../../shared/ipc/errors'
import type { ImportResult } from '../../../../shared/ipc/contract'
import type { LibraryStore, NewDocument } from '../store/library-store'
import { decodeText, readImportFile, type ImportFile } from './read-import-file'
import { parseMarkdown } from './parse-markdown'
import { parsePlainText } from './parse-plain-text'
import type { ParsedDocument } from './parsed-document'

type Parser = (file: ImportFile) => { format: DocumentFormat; parsed: ParsedDocument }

const fallbackTitle = (file: ImportFile) => basename(file.name, extname(file.name)).replace(/[-_]+/g, ' ').trim() || file.name

function textParser(format: DocumentFormat, parse: (source: string, title: string) => ParsedDocument): Parser {
  return (file) => {
    const decoded = decodeText(file.bytes, file.name)
    const parsed = parse(decoded.text, fallbackTitle(file))
    return { format, parsed: { ...parsed, warnings: [...decoded.warnings, ...parsed.warnings] } }
  }
}

/** Parsers by file extension. The rich importer (HTML, PDF, DOCX) adds its entries here. */
const parsersByExtension: Record<string, Parser> = {
  txt: textParser('txt', parsePlainText),
  text: textParser('txt', parsePlainText),
  md: textParser('md', parseMarkdown),
  markdown: textParser('md', parseMarkdown),
}

export const supportedExtensions = Object.keys(parsersByExtension)

export interface ImporterDependencies {
  store: LibraryStore
  now?: () => Date
  newId?: () => string
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/**
 * Imports files into the library: each is read, parsed by its format, normalised and hashed.
 * Identical text already in the library (or earlier in the batch) is reported as a duplicate.
 * All new documents are committed together; a file that fails is reported and adds nothing.
 */
export async function importFiles(paths: readonly string[], deps: ImporterDependencies): Promise<ImportResult[]> {
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? randomUUID
  const results: ImportResult[] = []
  const accepted: NewDocument[] = []
  const acceptedResults: ImportResult[] = []
  const batchHashes = new Map<string, string>()

  for (const path of paths) {
    const fileName = basename(path)
    try {
      const file = await readImportFile(path)
      const parser = parsersByExtension[file.extension]
      if (!parser) {
        throw new ParleyError('import-failed', `${fileName}: .${file.extension || '(none)'} files are not supported (use ${supportedExtensions.map((e) => '.' + e).join(', ')}).`)
      }
      const { format, parsed } = parser(file)
      const text = normaliseText(parsed.text)
      if (text === '') throw new ParleyError('import-failed', `${fileName} contains no text.`)
      const textHash = sha256(text)
      const existing = deps.store.findByTextHash(textHash)
      const earlierInBatch = batchHashes.get(textHash)
      if (existing || earlierInBatch) {
        const title = existing?.title ?? earlierInBatch!
        results.push({ fileName, status: 'duplicate', documentId: existing?.id ?? null, title, message: `Already in the library as “${title}”.`, warnings: [] })
        continue
      }
      const document: ParleyDocument = documentSchema.parse({
        id: newId(),
        title: normaliseText(parsed.title).replace(/\s+/g, ' ').slice(0, 1000),
        outlet: parsed.outlet,
        byline: parsed.byline,
        publishedAt: parsed.publishedAt,
        language: parsed.language,
        format,
        wordCount: countWords(text),
        textHash,
        original: { name: fileName, extension: file.extension, sizeBytes: file.bytes.byteLength },
        importedAt: now().toISOString(),
      })
      batchHashes.set(textHash, document.title)
      accepted.push({ document, text, original: file.bytes })
      const result: ImportResult = { fileName, status: 'imported', documentId: document.id, title: document.title, message: `Imported “${document.title}”.`, warnings: parsed.warnings }
      acceptedResults.push(result)
      results.push(result)
    } catch (error) {
      const message = error instanceof ParleyError ? error.message : `${fileName}: ${(error as Error).message}`
      results.push({ fileName, status: 'failed', documentId: null, title: null, message, warnings: [] })
    }
  }

  try {
    await deps.store.addDocuments(accepted)
  } catch (error) {
    for (const result of acceptedResults) {
      Object.assign(result, { status: 'failed', documentId: null, message: `${result.fileName}: the library could not be written (${(error as Error).message}); nothing was added.` })
    }
  }
  return results
}
