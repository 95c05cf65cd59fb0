import { randomUUID } from 'node:crypto'
import { withParleyIds } from '../../../../shared/annotations/parley-ids'
import type { Annotation } from '../../../../shared/domain/annotation'
import type { AnnotationImportResult } from '../../../../shared/ipc/annotation-contract'
import { ParleyError } from '../../../../shared/ipc/errors'
import { exportW3C } from '../../../../shared/annotations/export-w3c'
import { exportClaimsCsv, CSV_BOM } from '../../../../shared/annotations/export-csv'
import { parseW3C, planW3CImport } from '../../../../shared/annotations/import-w3c'
import type { LibraryStore } from '../store/library-store'
import { registriesOf, type UndoHistory } from './undo-history'
import { exportQdpx } from './qdpx-export'

export interface ExportedAnnotations {
  content: string | Uint8Array
  count: number
  suggestedName: string
}

/**
 * Annotations out of and into the library: W3C Web Annotation JSON-LD (with Parley's claim
 * extension), claims as CSV, and REFI-QDA projects (.qdpx) for QDA packages. The app and the command line both use this.
 */
export class AnnotationTransfer {
  constructor(
    private readonly store: LibraryStore,
    private readonly history: UndoHistory,
    private readonly newId: () => string = randomUUID,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async export(format: 'w3c' | 'csv' | 'qdpx', documentId: string | null): Promise<ExportedAnnotations> {
    const documents = documentId ? [this.store.getDocument(documentId)] : [...this.store.listDocuments()]
    const annotations: Annotation[] = documentId
      ? await this.store.annotations.list(documentId)
      : [...(await this.store.annotations.loadAll()).values()].flat()
    const input = { documents, annotations, ...registriesOf(this.store.data) }
    const day = this.now().toISOString().slice(0, 10)
    if (format === 'qdpx') {
      const content = await exportQdpx(this.store, documents, annotations, { now: this.now(), newGuid: this.newId })
      return { content, count: annotations.length, suggestedName: `parley-project-${day}.qdpx` }
    }
    if (format === 'csv') {
      const claims = annotations.filter((a) => a.kind === 'claim').length
      return { content: CSV_BOM + exportClaimsCsv(input), count: claims, suggestedName: `parley-claims-${day}.csv` }
    }
    return { content: JSON.stringify(exportW3C({ ...input, exportedAt: this.now().toISOString() }), null, 2), count: annotations.length, suggestedName: `parley-annotations-${day}.jsonld` }
  }

  /** Restores annotations from a JSON-LD export, creating the sources, parties, issues and tags they need. */
  async import(text: string): Promise<Omit<AnnotationImportResult, 'chosen'>> {
    let json: unknown
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''))
    } catch {
      throw new ParleyError('import-failed', 'The file is not JSON, so it cannot be a W3C annotation export.')
    }
    const parsed = parseW3C(json)
    const all = await this.store.annotations.loadAll()
    const data = this.store.data
    const plan = withParleyIds(planW3CImport(
      parsed.annotations,
      {
        sources: data.sources,
        parties: data.parties,
        issues: data.issues,
        tags: data.tags,
        documentIds: new Set(this.store.listDocuments().map((d) => d.id)),
        annotationIds: new Set([...all.values()].flat().map((a) => a.id)),
      },
      this.newId,
    ), this.newId)
    const byDocument = new Map<string, Annotation[]>()
    for (const annotation of plan.annotations) byDocument.set(annotation.target.documentId, [...(byDocument.get(annotation.target.documentId) ?? []), annotation])
    const registriesBefore = registriesOf(data)
    const annotationsBefore = new Map<string, Annotation[]>()
    for (const documentId of byDocument.keys()) annotationsBefore.set(documentId, await this.store.annotations.list(documentId))

    await this.store.commit((current) => ({
      ...current,
      sources: [...current.sources, ...plan.create.sources],
      parties: [...current.parties, ...plan.create.parties],
      issues: [...current.issues, ...plan.create.issues],
      tags: [...current.tags, ...plan.create.tags],
    }))
    const annotationsAfter = new Map<string, Annotation[]>()
    for (const [documentId, added] of byDocument) {
      const list = [...annotationsBefore.get(documentId)!, ...added]
      await this.store.annotations.replaceAll(documentId, list)
      annotationsAfter.set(documentId, list)
    }
    if (plan.annotations.length > 0) {
      this.history.record(`Import ${plan.annotations.length} annotations`, { registries: registriesBefore, annotations: annotationsBefore }, { registries: registriesOf(this.store.data), annotations: annotationsAfter })
    }
    return {
      imported: plan.annotations.length,
      created: { sources: plan.create.sources.length, parties: plan.create.parties.length, issues: plan.create.issues.length, tags: plan.create.tags.length },
      skipped: plan.skipped,
      problems: parsed.problems,
    }
  }
}
