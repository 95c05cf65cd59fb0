import { ParleyError } from '../../../../../../shared/ipc/errors'
import type { ImportedArticle, ImportResult } from '../../../../../../shared/ipc/contract'
import type { DocumentFormat } from '../../../../../../shared/domain/document'
import { countOf } from '../../../../../../shared/text/plural'
import type { ParsedDocument } from '../../parsed-document'

/** A read and parsed file, as the importer holds it. */
export interface ReadFile {
  file: { name: string; extension: string; bytes: Uint8Array }
  format: DocumentFormat
  parsed: ParsedDocument
}

/** What the importer imports as one document: a whole file, or one article of an export. */
export type ImportEntry = { read: ReadFile; article: ImportedArticle | null } | { error: unknown; article: ImportedArticle | null }

/**
 * A file becomes one entry; a news-database export one entry per article, each with the
 * article's own small original, in file order. An article that could not be read is an entry
 * that fails with its reason, and so is a file cut short before its announced last article.
 */
export function importEntries(read: ReadFile, fileName: string): ImportEntry[] {
  const split = read.parsed.export
  if (!split) return [{ read, article: null }]
  const count = split.articles.length
  const entries: ImportEntry[] = split.articles.map((article) => {
    const place: ImportedArticle = { database: split.database, position: article.position, count, statedLength: article.statedLength }
    if (!article.parsed || !article.original) return { error: new ParleyError('import-failed', `${fileName}: ${article.failure ?? `article ${article.position} of ${count} could not be read.`}`), article: place }
    return { read: { file: article.original, format: read.format, parsed: article.parsed }, article: place }
  })
  for (const warning of split.warnings) entries.push({ error: new ParleyError('import-failed', `${fileName}: ${warning}`), article: null })
  return entries
}

export const articleLabel = (article: ImportedArticle) => `article ${article.position} of ${article.count}`

/** The words an article was read with, against the length its database states: a far shorter text lost part of the article. */
export function lengthWarning(article: ImportedArticle, countedWords: number): string | null {
  const stated = Number(/^\s*(\d[\d,.\s]*)/.exec(article.statedLength ?? '')?.[1]?.replace(/[,.\s]/g, '') ?? NaN)
  if (!Number.isFinite(stated) || stated < 50 || countedWords >= stated * 0.5) return null
  return `${article.database} gives its length as ${article.statedLength}, but ${countOf(countedWords, 'word')} were read: part of the article may be missing from the export.`
}

/**
 * One result for a call that imported one file (the app imports file by file): the file's row,
 * or for an export a row for the file that carries every article's row in `articles`.
 */
export function oneResult(rows: readonly ImportResult[]): ImportResult {
  if (rows.length === 1 && !rows[0]!.article) return rows[0]!
  const first = rows.find((row) => row.article) ?? rows[0]!
  const count = (status: ImportResult['status']) => rows.filter((row) => row.status === status).length
  const status = count('imported') > 0 ? 'imported' : count('duplicate') > 0 ? 'duplicate' : 'failed'
  const parts = [`${count('imported')} imported`, ...(count('duplicate') > 0 ? [`${count('duplicate')} already in the library`] : []), ...(count('failed') > 0 ? [`${count('failed')} failed`] : [])]
  const articles = first.article?.count ?? rows.length
  return {
    fileName: first.fileName,
    status,
    documentId: rows.find((row) => row.status === status)?.documentId ?? null,
    title: null,
    message: `${first.article?.database ?? 'News'} export of ${countOf(articles, 'article')}: ${parts.join(', ')}.`,
    warnings: [],
    found: null,
    articles: [...rows],
  }
}
