import { buildNothingYetSection } from './model-nothing-yet'
import type { Annotation, Claim } from '../domain/annotation'
import type { ContentBlock } from '../domain/content'
import type { ParleyDocument } from '../domain/document'
import type { Issue, Party, Source, Tag } from '../domain/registries'
import { indexById } from '../positions/claim-date'
import { cellKey } from '../positions/types'
import { statementReachIndex } from '../positions/corroboration'
import { independenceIndex } from '../positions/independence'
import { documentText, type DocumentText } from './document-text'
import { buildDocumentEntries, FootnoteCounter } from './model-documents'
import { buildFindingIssues, buildFindingsSection } from './model-findings'
import { buildCover, buildSummarySection, buildToc } from './model-front'
import { buildMatrixSection, reportPositions } from './model-matrix'
import { buildLegendSection, buildSourcesSection } from './model-reference'
import type { ReportOptions } from './report-options'
import { compareDocuments, scopePredicates } from './report-scope'
import type { DocumentsSection, ReportModel, ReportSection } from './report-types'

export interface ReportInput {
  /** The whole library's documents (metadata). */
  documents: ParleyDocument[]
  /** Content blocks of the documents reportDocumentIds() named; others may be absent. */
  texts: Record<string, ContentBlock[]>
  /** All annotations: the builder applies the scope. */
  annotations: Annotation[]
  sources: Source[]
  parties: Party[]
  issues: Issue[]
  tags: Tag[]
  /** ISO timestamp of the export. */
  generatedAt: string
  /** BCP 47 locale the cover's date is written in (the analyst's); the runtime's when absent. */
  locale?: string
}

/** "4 December 2026 at 00:32" in the analyst's locale; the ISO text if the locale is unusable. */
export function readableStamp(iso: string, locale?: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date)
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' }).format(date)
  }
}

/**
 * The report as data, from the library and the builder's options. Sections come in print order
 * (cover, contents, summary, matrix, findings, documents, sources, legend), each only when it is
 * enabled and has something to show. Footnote numbers run through the whole report.
 */
export function buildReportModel(input: ReportInput, options: ReportOptions): ReportModel {
  const { byId: documentsById, annotationInScope } = scopePredicates(options.scope, input.documents)
  const annotations = input.annotations.filter(annotationInScope)
  const claims = annotations.filter((a): a is Claim => a.kind === 'claim')
  const shown = new Set(annotations.map((a) => a.target.documentId))
  const documents = input.documents.filter((d) => shown.has(d.id)).sort(compareDocuments)
  const sections = options.sections

  const texts = new Map<string, DocumentText>()
  for (const document of documents) {
    const blocks = input.texts[document.id]
    if (blocks) texts.set(document.id, documentText(blocks))
  }

  const matrix = reportPositions({ claims, documents: input.documents, sources: input.sources, parties: input.parties, issues: input.issues }, options.scope)
  const issuesWithClaims = matrix.issues.filter((issue) => matrix.parties.some((party) => matrix.cells[cellKey(issue.id, party.id)]))
  const issueAnchors = new Map(issuesWithClaims.map((issue, i) => [issue.id, `issue-${i + 1}`]))
  const documentAnchors = new Map(sections.documents ? documents.map((d, i) => [d.id, `document-${i + 1}`]) : [])

  const findingIssues = buildFindingIssues(
    {
      matrix,
      claims: indexById(claims),
      documents: documentsById,
      sources: indexById(input.sources),
      texts,
      documentAnchors,
      reach: statementReachIndex(input.annotations.filter((a): a is Claim => a.kind === 'claim'), independenceIndex(input.documents)),
    },
    issueAnchors,
  )
  const findings = sections.findings ? buildFindingsSection(findingIssues) : null
  const documentsSection: DocumentsSection | null =
    sections.documents && documents.length > 0
      ? {
          kind: 'documents',
          id: 'documents',
          title: options.documentText === 'full' ? 'Documents' : 'Annotated passages',
          mode: options.documentText,
          documents: buildDocumentEntries(
            { documents, annotations, texts: input.texts, sources: indexById(input.sources), mode: options.documentText, anchors: documentAnchors },
            new FootnoteCounter(),
          ),
        }
      : null

  // With no annotation in scope, every evidence section would be empty: the report says instead
  // what the library holds and how to start. The cover and the analyst's own summary still stand.
  const nothingYet = annotations.length === 0
  const body: (ReportSection | null)[] = nothingYet
    ? [sections.summary ? buildSummarySection(options.summary) : null, buildNothingYetSection(input.documents.length, input.annotations.length)]
    : [
        sections.summary ? buildSummarySection(options.summary) : null,
        sections.matrix ? buildMatrixSection(matrix, findings ? issueAnchors : new Map()) : null,
        findings,
        documentsSection,
        sections.sources ? buildSourcesSection(claims, input.sources, input.parties) : null,
        sections.legend ? buildLegendSection() : null,
      ]
  const present = body.filter((s): s is ReportSection => s !== null)
  const toc = sections.toc && !nothingYet ? buildToc(present) : null
  const counts = { documents: documents.length, claims: claims.length, annotations: annotations.length }
  const cover = sections.cover ? buildCover(options, input, { ...counts, libraryAnnotations: input.annotations.length }) : null
  const footnotes = documentsSection?.documents.reduce((sum, d) => sum + d.footnotes.length, 0) ?? 0

  return {
    meta: {
      title: options.title,
      author: options.author,
      date: options.date,
      classification: options.classification,
      generatedAt: readableStamp(input.generatedAt, input.locale),
      pageSize: options.pageSize,
      documentText: options.documentText,
    },
    sections: [cover, toc, ...present].filter((s): s is ReportSection => s !== null),
    counts: { ...counts, footnotes },
  }
}
