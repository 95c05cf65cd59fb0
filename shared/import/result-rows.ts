import type { ImportResult } from '../ipc/contract'

/**
 * The results as the analyst counts them: one row per document. A news-database export counts
 * as its articles (each imported, a duplicate or failed on its own), not as one file.
 */
export function documentRows(results: readonly ImportResult[]): ImportResult[] {
  return results.flatMap((result) => (result.articles && result.articles.length > 0 ? result.articles : [result]))
}

/** "article 3 of 10 (Nexis, 355 words)": where a row's article sat in its export. */
export function articlePlace(result: ImportResult): string | null {
  const article = result.article
  if (!article) return null
  const details = [article.database, article.statedLength].filter(Boolean).join(', ')
  return `article ${article.position} of ${article.count}${details ? ` (${details})` : ''}`
}
