import type { Annotation } from '../domain/annotation'
import type { ParleyDocument } from '../domain/document'
import { claimDate, indexById } from '../positions/claim-date'
import type { ReportOptions, ReportScope } from './report-options'

/**
 * What a report covers. The rules, in one place so the model builder and the caller that loads
 * document texts (reportDocumentIds) always agree:
 * - a document is selected when scope.documentIds is empty or lists it;
 * - a claim is in scope when its document is selected, its claim date (statementDate, else the
 *   document's publishedAt) lies within from/to, its issue is listed (or none are), it names a
 *   listed party (or none are), and it carries a listed tag (or none are);
 * - a highlight or note is in scope when its document is selected, the document's publishedAt
 *   lies within from/to, and it carries a listed tag (or none are);
 * - with a bound set, anything undated drops out: it cannot be shown to fall in the period (the
 *   rule of the Positions page filters). A statement dated in the period counts even when the
 *   article reporting it appeared later, or carries no date;
 * - a document appears in the report when it is selected and carries an annotation in scope.
 */

/** The day of an ISO date or timestamp, or null. */
export const dayOf = (value: string | null | undefined): string | null => value?.slice(0, 10) ?? null

export function withinPeriod(day: string | null, scope: Pick<ReportScope, 'from' | 'to'>): boolean {
  if (!scope.from && !scope.to) return true
  if (day === null) return false
  return (!scope.from || day >= scope.from) && (!scope.to || day <= scope.to)
}

const anyOf = (wanted: ReadonlySet<string> | null, values: readonly string[]) => wanted === null || values.some((v) => wanted.has(v))
const setOrAll = (ids: readonly string[]) => (ids.length > 0 ? new Set(ids) : null)

/** Predicates for one scope, with their id sets built once. */
export function scopePredicates(scope: ReportScope, documents: readonly ParleyDocument[]) {
  const byId = indexById(documents)
  const documentIds = setOrAll(scope.documentIds)
  const issueIds = setOrAll(scope.issueIds)
  const partyIds = setOrAll(scope.partyIds)
  const tagIds = setOrAll(scope.tagIds)

  const selectedDocument = (documentId: string): ParleyDocument | undefined => {
    const document = byId.get(documentId)
    return document && (documentIds === null || documentIds.has(documentId)) ? document : undefined
  }

  const annotationInScope = (annotation: Annotation): boolean => {
    const document = selectedDocument(annotation.target.documentId)
    if (!document || !anyOf(tagIds, annotation.tagIds)) return false
    if (annotation.kind !== 'claim') return withinPeriod(dayOf(document.publishedAt), scope)
    return (
      (issueIds === null || issueIds.has(annotation.issueId)) &&
      anyOf(partyIds, annotation.partyIds) &&
      withinPeriod(claimDate(annotation, document), scope)
    )
  }

  return { byId, selectedDocument, annotationInScope }
}

/** Oldest first, undated last, then by title and id: the order documents appear in the report. */
export function compareDocuments(a: ParleyDocument, b: ParleyDocument): number {
  const da = dayOf(a.publishedAt)
  const db = dayOf(b.publishedAt)
  if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1
  return a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** The annotations in scope, in input order. */
export function scopedAnnotations(documents: readonly ParleyDocument[], annotations: readonly Annotation[], options: ReportOptions): Annotation[] {
  const { annotationInScope } = scopePredicates(options.scope, documents)
  return annotations.filter(annotationInScope)
}

/**
 * The documents the report shows, in report order: selected ones carrying at least one annotation
 * in scope. The caller loads these documents' content blocks for buildReportModel.
 */
export function reportDocumentIds(documents: readonly ParleyDocument[], annotations: readonly Annotation[], options: ReportOptions): string[] {
  const { selectedDocument } = scopePredicates(options.scope, documents)
  const annotated = new Set(scopedAnnotations(documents, annotations, options).map((a) => a.target.documentId))
  return documents
    .filter((d) => annotated.has(d.id) && selectedDocument(d.id))
    .sort(compareDocuments)
    .map((d) => d.id)
}
