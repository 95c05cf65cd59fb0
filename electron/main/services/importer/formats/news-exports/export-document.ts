import { ParleyError } from '../../../../../../shared/ipc/errors'
import { countOf } from '../../../../../../shared/text/plural'
import type { ParsedBlock, ParsedDocument, ParsedExportArticle } from '../../parsed-document'
import { isUnreadable, type ExportArticle, type SplitExport } from './export-article'

/**
 * A split export as the importer takes it: one ParsedDocument per article (in `export`), each with
 * a small file of its own to keep as its original, plus the whole file read as one document for
 * callers that know nothing of exports (re-reading a document imported before exports were split).
 */

/** "The Guardian(London)", as Nexis Uni writes it, reads "The Guardian (London)". */
export const spacedOutlet = (outlet: string | null) => outlet?.replace(/(\p{L})\(/gu, '$1 (') ?? null

const articleDocument = (article: ExportArticle): ParsedDocument => ({
  title: article.headline,
  outlet: spacedOutlet(article.outlet),
  byline: article.byline,
  publishedAt: article.publishedAt,
  language: article.language,
  blocks: article.paragraphs.map((text): ParsedBlock => ({ kind: 'paragraph', text, page: null })),
  warnings: [],
})

/**
 * The article alone, written the way Nexis writes a one-article .txt export. It is what the
 * document keeps as its original: small (the whole export is not copied into every article),
 * readable, and read back by the same importer into the same article.
 */
export function articleAsNexisText(article: ExportArticle): string {
  const out = ['1 of 1 DOCUMENT', '']
  if (article.copyright) out.push(article.copyright, '')
  if (article.outlet) out.push(article.outlet, '')
  if (article.dateText) out.push(article.dateText, ...(article.edition ? [article.edition] : []), '')
  if (article.headline) out.push(article.headline, '')
  const field = (label: string, value: string | null) => value && out.push(`${label}: ${value}`, '')
  field('BYLINE', article.byline)
  field('SECTION', article.section)
  field('LENGTH', article.length ?? 'not stated')
  for (const paragraph of article.paragraphs) out.push(paragraph, '')
  field('LOAD-DATE', article.loadDate ?? (article.dateText ? null : article.publishedAt))
  field('LANGUAGE', article.language)
  field('DOCUMENT-ID', article.documentId)
  return `${out.join('\r\n')}\r\n`
}

export function exportDocument(split: SplitExport, fileName: string): ParsedDocument {
  const count = split.entries.length
  if (count === 0) throw new ParleyError('import-failed', `${fileName}: this ${split.database} export holds no articles.`)
  if (split.entries.every(isUnreadable)) {
    throw new ParleyError('import-failed', `${fileName}: this looks like a ${split.database} export, but none of its ${countOf(count, 'article')} could be read; the file may be damaged.`)
  }
  const stem = fileName.replace(/\.[^.]+$/, '')
  const articles = split.entries.map((entry, i): ParsedExportArticle => {
    const position = i + 1
    if (isUnreadable(entry)) return { position, parsed: null, failure: entry.failure, headline: entry.headline, statedLength: null, original: null }
    const bytes = new TextEncoder().encode(articleAsNexisText(entry))
    return { position, parsed: articleDocument(entry), failure: null, headline: entry.headline, statedLength: entry.length, original: { name: `${stem} — article ${position} of ${count}.txt`, extension: 'txt', bytes } }
  })
  const readable = split.entries.filter((entry): entry is ExportArticle => !isUnreadable(entry))
  // Read as one document: the article itself when there is one, else every article under its headline.
  const whole: ParsedDocument =
    count === 1 && readable.length === 1
      ? articleDocument(readable[0]!)
      : {
          title: `${split.database} export: ${countOf(count, 'article')}`,
          outlet: null,
          byline: null,
          publishedAt: null,
          language: null,
          blocks: readable.flatMap((article, i) => [{ kind: 'heading' as const, text: article.headline ?? `Article ${i + 1}`, page: null }, ...articleDocument(article).blocks]),
          warnings: [],
        }
  return { ...whole, warnings: [...split.warnings], export: { database: split.database, articles, warnings: split.warnings } }
}
