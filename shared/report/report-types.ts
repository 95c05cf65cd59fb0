import type { BlockKind } from '../domain/content'
import type { DocumentTextMode, PageSize } from './report-options'
import type { StanceLook } from '../domain/vocabulary'

/**
 * The report as plain data: every label, number and grade already decided, so the HTML and the
 * Markdown renderers only lay it out (and escape it). Text is raw user text; renderers escape.
 * Anchor ids (`id`, `anchor`) are generated here, never taken from user data.
 */

/** Text split for display: paragraphs of lines (a blank line separates paragraphs). */
export type Paragraphs = string[][]

export type SummaryBlock = { kind: 'paragraph'; lines: string[] } | { kind: 'list'; items: string[] }

export interface ReportMeta {
  title: string
  author: string
  date: string
  classification: string
  /** When the report was made, written for people in the analyst's locale. */
  generatedAt: string
  pageSize: PageSize
  documentText: DocumentTextMode
}

export interface CoverSection {
  kind: 'cover'
  id: 'cover'
  /** What the report covers, as label/value lines ("Period", "1 Nov 2017 – …"). */
  scope: { label: string; value: string }[]
}

export interface TocEntry {
  id: string
  title: string
  children: { id: string; title: string }[]
}

export interface TocSection {
  kind: 'toc'
  id: 'contents'
  title: string
  entries: TocEntry[]
  /**
   * Page numbers by entry id, for a printed report: null on screen and in HTML (no pages there).
   * An empty record reserves their place, so the first print and the numbered one lay out alike.
   */
  pages?: Readonly<Record<string, number>> | null
}

export interface SummarySection {
  kind: 'summary'
  id: 'summary'
  title: string
  blocks: SummaryBlock[]
}

export interface MatrixCell {
  look: StanceLook
  /** Deciding claims disagree on the latest date. */
  mixed: boolean
  shifted: boolean
  claimCount: number
  independentOutlets: number
  firstDate: string | null
  lastDate: string | null
}

export interface MatrixSection {
  kind: 'matrix'
  id: 'positions'
  title: string
  columns: { id: string; name: string; color: string }[]
  /** `cells[i]` belongs to `columns[i]`; null: the party said nothing on the issue in scope. */
  rows: { issueId: string; title: string; findingsAnchor: string | null; cells: (MatrixCell | null)[] }[]
}

export interface FindingClaim {
  id: string
  quote: string
  look: StanceLook
  reporting: string
  sourceName: string
  outlet: string | null
  documentTitle: string
  /** Anchor of the document in the documents section, when that section is shown. */
  documentAnchor: string | null
  date: string | null
  /** "p. 3" or "¶ 4"; null when the passage cannot be placed (unanchored, text unavailable). */
  citation: string | null
  /** Admiralty grade, e.g. "B2", and what it means. */
  grade: string
  gradeMeaning: string
  note: Paragraphs
  needsReview: boolean
  unanchored: boolean
  /** When the claim is linked with others as one statement: how widely it was carried. */
  carriedBy: { claimCount: number; independentOutlets: number } | null
}

export interface FindingParty {
  partyId: string
  name: string
  /** The matrix cell's stance for this party on the issue. */
  look: StanceLook
  shifted: boolean
  claims: FindingClaim[]
}

export interface FindingIssue {
  anchor: string
  issueId: string
  title: string
  description: string
  parties: FindingParty[]
}

export interface FindingsSection {
  kind: 'findings'
  id: 'findings'
  title: string
  issues: FindingIssue[]
}

/** A run of a passage covered by the same annotations. */
export interface TextSegment {
  text: string
  /** Highlight colour (the latest covering annotation's), #rrggbb as stored; null: not annotated. */
  color: string | null
  annotationIds: string[]
  /** Footnotes whose annotation ends here: their markers follow this segment. */
  footnotes: number[]
}

export interface Passage {
  kind: BlockKind
  /** Who speaks a transcript's speech passage ("Vladimir Putin, Russian President"); null elsewhere. */
  speaker: string | null
  /** 1-based number of the kept block (¶), and its page when the original is paged. */
  paragraph: number
  page: number | null
  citation: string
  /** Text is left out between the previous passage and this one. */
  gapBefore: boolean
  segments: TextSegment[]
}

export interface Footnote {
  number: number
  /** "Note", "Highlight", or "Claim — Vladimir Putin, Supports". */
  label: string
  quote: string
  note: Paragraphs
}

export interface UnanchoredAnnotation {
  id: string
  label: string
  quote: string
  color: string
  footnote: number | null
}

export interface ReportDocumentEntry {
  anchor: string
  documentId: string
  title: string
  outlet: string | null
  byline: string | null
  date: string | null
  /** Titles of reprints of the same story that the report also shows or cites. */
  sameStoryAs: string[]
  textAvailable: boolean
  passages: Passage[]
  /** Annotations that could not be placed in the current text (orphaned), with their quotes. */
  unanchored: UnanchoredAnnotation[]
  footnotes: Footnote[]
}

export interface DocumentsSection {
  kind: 'documents'
  id: 'documents'
  title: string
  mode: DocumentTextMode
  documents: ReportDocumentEntry[]
}

export interface SourceEntry {
  name: string
  kind: string
  parties: string[]
  reliability: string
  reliabilityMeaning: string
  claimCount: number
}

export interface SourcesSection {
  kind: 'sources'
  id: 'sources'
  title: string
  sources: SourceEntry[]
}

export interface LegendSection {
  kind: 'legend'
  id: 'legend'
  title: string
  reliability: { grade: string; meaning: string }[]
  credibility: { grade: string; meaning: string }[]
  stances: StanceLook[]
  markers: { marker: string; meaning: string }[]
}

/** What a report with no annotations in its scope says instead of empty sections. */
export interface NothingYetSection {
  kind: 'nothing-yet'
  id: 'nothing-yet'
  title: string
  /** What the library holds, and why nothing is shown: no annotations yet, or none in scope. */
  holds: string
  /** How to start: the steps, in order. */
  steps: string[]
}

export type ReportSection =
  | NothingYetSection
  | CoverSection
  | TocSection
  | SummarySection
  | MatrixSection
  | FindingsSection
  | DocumentsSection
  | SourcesSection
  | LegendSection

export interface ReportModel {
  meta: ReportMeta
  /** In print order; only enabled sections with content. */
  sections: ReportSection[]
  /** What the scope holds: documents carrying annotations, annotations, claims; footnotes printed. */
  counts: { documents: number; annotations: number; claims: number; footnotes: number }
}
