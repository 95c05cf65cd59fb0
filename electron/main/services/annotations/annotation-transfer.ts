import { randomUUID } from 'node:crypto'
import { withParleyIds } from '../../../../shared/annotations/parley-ids'
import type { Annotation } from '../../../../shared/domain/annotation'
import type { AnnotationImportResult } from '../../../../shared/ipc/annotation-contract'
import { ParleyError } from '../../../../shared/ipc/errors'
import { exportW3C } from '../../../../shared/annotations/export-w3c'
import { exportClaimsCsv, CSV_BOM } from '../../../../shared/annotations/export-csv'
import { planW3CImport, type ImportedAnnotation, type ImportedTag } from '../../../../shared/annotations/import-w3c'
import { readAnnotationFile } from '../../../../shared/annotations/read-annotation-file'
import type { IncomingAnnotation } from '../../../../shared/annotations/incoming'
import { placeIn, placeIncoming } from './place-incoming'
import { UnplacedAnnotations } from './unplaced-annotations'
import type { LibraryStore } from '../store/library-store'
import { registriesOf, type UndoHistory } from './undo-history'
import { exportQdpx } from './qdpx-export'
import { claimsMarkdown, documentMarkdown } from '../../../../shared/annotations/export-markdown'
import { exportHypothesis } from '../../../../shared/annotations/export-hypothesis'
import type { AnnotationExportFormat, ImportProgress } from '../../../../shared/ipc/contract'

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
  ) {
    this.unplaced = new UnplacedAnnotations(store.paths)
  }

  /** Imported annotations that found no place, until the analyst assigns or discards them. */
  readonly unplaced: UnplacedAnnotations

  async export(format: AnnotationExportFormat, documentId: string | null): Promise<ExportedAnnotations> {
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
    if (format === 'md') {
      const document = documentId ? documents[0]! : null
      const slug = (document?.title ?? 'claims').normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'document'
      return document
        ? { content: documentMarkdown(document, input), count: annotations.length, suggestedName: `${slug}.md` }
        : { content: claimsMarkdown({ ...input, exportedAt: this.now().toISOString() }), count: annotations.filter((a) => a.kind === 'claim').length, suggestedName: `parley-claims-${day}.md` }
    }
    if (format === 'hypothesis') {
      return { content: JSON.stringify(exportHypothesis({ ...input, exportedAt: this.now().toISOString() }), null, 2), count: annotations.length, suggestedName: `parley-hypothesis-${day}.json` }
    }
    if (format === 'csv') {
      const claims = annotations.filter((a) => a.kind === 'claim').length
      return { content: CSV_BOM + exportClaimsCsv(input), count: claims, suggestedName: `parley-claims-${day}.csv` }
    }
    return { content: JSON.stringify(exportW3C({ ...input, exportedAt: this.now().toISOString() }), null, 2), count: annotations.length, suggestedName: `parley-annotations-${day}.jsonld` }
  }

  /**
   * Brings annotations in from Parley, any W3C Web Annotation tool, Recogito or Hypothesis. Each
   * finds its document (Parley id, text hash, web address, title, or a quote found in one
   * document only) and its words there; registries are merged by name and alias. What cannot be
   * placed is reported with why. All of it is one undoable step, and a failure changes nothing.
   */
  async import(text: string, fileName = 'the file', onProgress?: (progress: ImportProgress) => void): Promise<Omit<AnnotationImportResult, 'chosen'>> {
    let json: unknown
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''))
    } catch {
      throw new ParleyError('import-failed', 'The file is not JSON, so it cannot be an annotation export (W3C Web Annotation or Hypothesis).')
    }
    const read = readAnnotationFile(json)
    return this.importIncoming(read.annotations, { fileName, kind: read.kind, problems: read.problems }, onProgress)
  }

  /** Places, saves and reports incoming annotations from any reader; what finds no place is kept. */
  async importIncoming(incoming: readonly IncomingAnnotation[], file: { fileName: string; kind: string | null; problems: string[] }, onProgress?: (progress: ImportProgress) => void, codebook: readonly ImportedTag[] = []): Promise<Omit<AnnotationImportResult, 'chosen'>> {
    const { fileName } = file
    const placed = await placeIncoming(this.store, incoming, this.newId, this.now, onProgress)
    await this.unplaced.checkRoom(placed.notPlaced.length)
    const plan = await this.save(placed.annotations, (n) => (n > 0 ? `Import ${n} annotations` : `Import the codes of ${fileName.slice(0, 80)}`), codebook)
    // Kept only once the placed ones are saved: a failed import leaves no half-list behind.
    const importedAt = this.now().toISOString()
    await this.unplaced.add(placed.notPlaced.map(({ item, reason }) => ({ id: this.newId(), fileName: fileName.slice(0, 1000), label: item.label, reason, importedAt, incoming: item })))
    return {
      imported: plan.annotations.length,
      needsReview: plan.annotations.filter((a) => a.anchorStatus === 'needs-review').length,
      notPlaced: placed.notPlaced.map(({ item, reason }) => ({ label: item.label, reason })),
      fileKind: file.kind,
      created: { sources: plan.create.sources.length, parties: plan.create.parties.length, issues: plan.create.issues.length, tags: plan.create.tags.length },
      skipped: plan.skipped,
      problems: file.problems,
    }
  }

  /** Places a kept unplaced annotation in the document the analyst chose, or says why it cannot go there. */
  async assignUnplaced(id: string, documentId: string): Promise<{ status: 'anchored' | 'needs-review' }> {
    const item = await this.unplaced.get(id)
    const document = this.store.getDocument(documentId)
    const placed = await placeIn(this.store, item.incoming, document, this.newId, this.now)
    if ('reason' in placed) throw new ParleyError('not-found', `Its words are not in “${document.title.slice(0, 80)}”: choose another document, or discard it.`)
    const plan = await this.save([placed], () => 'Place an imported annotation')
    await this.unplaced.remove(id)
    return { status: plan.annotations[0]?.anchorStatus === 'needs-review' ? 'needs-review' : 'anchored' }
  }

  /** Resolves registries, saves the annotations and records one undo step. */
  private async save(annotations: ImportedAnnotation[], describe: (count: number) => string, codebook: readonly ImportedTag[] = []) {
    // Nothing to add writes nothing: a file that brings no annotation leaves the library byte for byte.
    if (annotations.length === 0 && codebook.length === 0) return { create: { sources: [], parties: [], issues: [], tags: [] }, annotations: [], skipped: [] }
    const all = await this.store.annotations.loadAll()
    const data = this.store.data
    const plan = withParleyIds(planW3CImport(
      annotations,
      {
        sources: data.sources,
        parties: data.parties,
        issues: data.issues,
        tags: data.tags,
        documentIds: new Set(this.store.listDocuments().map((d) => d.id)),
        annotationIds: new Set([...all.values()].flat().map((a) => a.id)),
      },
      this.newId,
      codebook,
    ), this.newId)
    if (plan.annotations.length === 0 && plan.create.tags.length === 0) return plan
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
    this.history.record(describe(plan.annotations.length), { registries: registriesBefore, annotations: annotationsBefore }, { registries: registriesOf(this.store.data), annotations: annotationsAfter })
    return plan
  }
}
