import type { Annotation } from '../../../../shared/domain/annotation'
import type { ContentBlock } from '../../../../shared/domain/content'
import { buildReportModel } from '../../../../shared/report/report-model'
import type { ReportOptions } from '../../../../shared/report/report-options'
import { reportDocumentIds } from '../../../../shared/report/report-scope'
import type { ReportModel } from '../../../../shared/report/report-types'
import type { LibraryStore } from '../store/library-store'

/** Reports progress while texts load: done of total documents. */
export type AssemblyProgress = (done: number, total: number) => void

/**
 * Gathers what the report needs from the library (registries, every annotation, the texts of the
 * documents it shows) and builds its model with shared/report. Only documents in scope that
 * carry annotations have their texts read, so a large library costs what the report holds.
 */
export async function assembleReport(store: LibraryStore, options: ReportOptions, signal?: AbortSignal, onProgress?: AssemblyProgress): Promise<ReportModel> {
  const data = store.data
  const annotations: Annotation[] = [...(await store.annotations.loadAll()).values()].flat()
  const documentIds = reportDocumentIds(data.documents, annotations, options)
  const texts: Record<string, ContentBlock[]> = {}
  const byId = new Map(data.documents.map((d) => [d.id, d]))
  for (const [index, id] of documentIds.entries()) {
    signal?.throwIfAborted()
    const document = byId.get(id)
    if (document) texts[id] = await store.readBlocks(document).catch(() => [])
    onProgress?.(index + 1, documentIds.length)
  }
  return buildReportModel(
    { documents: [...data.documents], texts, annotations, sources: data.sources, parties: data.parties, issues: data.issues, tags: data.tags, generatedAt: new Date().toISOString() },
    options,
  )
}
