import type { ImportResult } from '../../../../shared/ipc/contract'

/** Documents an import added, export articles included: their proposals are made right after. */
export function importedDocumentIds(result: ImportResult): string[] {
  const rows = result.articles && result.articles.length > 0 ? result.articles : [result]
  return rows.flatMap((row) => (row.status === 'imported' && row.documentId ? [row.documentId] : []))
}
