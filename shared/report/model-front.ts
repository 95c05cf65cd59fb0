import type { ParleyDocument } from '../domain/document'
import type { Issue, Party, Tag } from '../domain/registries'
import { summaryBlocks } from './plain-text'
import type { ReportOptions } from './report-options'
import type { CoverSection, ReportSection, SummarySection, TocEntry, TocSection } from './report-types'
import { countOf } from '../text/plural'

export interface CoverCounts {
  documents: number
  claims: number
  annotations: number
  /** Annotations in the whole library, to tell "none yet" from "none in this scope". */
  libraryAnnotations: number
}

/** The cover's evidence line; never "0 claims … in 0 documents". */
function evidence(counts: CoverCounts): string {
  if (counts.annotations === 0) return counts.libraryAnnotations === 0 ? 'No annotations yet' : 'No annotations in this scope'
  return `${countOf(counts.claims, 'claim')} and ${countOf(counts.annotations - counts.claims, 'other annotation')} in ${countOf(counts.documents, 'document')}`
}

interface Registries {
  documents: readonly ParleyDocument[]
  issues: readonly Issue[]
  parties: readonly Party[]
  tags: readonly Tag[]
}

/** Names of the listed ids (unknown ids are skipped), or "All" for an empty list. */
function listed<T extends { id: string }>(ids: readonly string[], all: readonly T[], name: (item: T) => string): string {
  if (ids.length === 0) return 'All'
  const wanted = new Set(ids)
  return all.filter((item) => wanted.has(item.id)).map(name).join('; ') || '—'
}

function period(from: string | null, to: string | null): string {
  if (from && to) return `${from} to ${to}`
  if (from) return `from ${from}`
  if (to) return `until ${to}`
  return 'All dates'
}

/** The cover states what the report covers, so a reader knows what was left out. */
export function buildCover(options: ReportOptions, registries: Registries, counts: CoverCounts): CoverSection {
  const scope = options.scope
  return {
    kind: 'cover',
    id: 'cover',
    scope: [
      { label: 'Period', value: period(scope.from, scope.to) },
      { label: 'Issues', value: listed(scope.issueIds, registries.issues, (i) => i.title) },
      { label: 'Parties', value: listed(scope.partyIds, registries.parties, (p) => p.name) },
      { label: 'Tags', value: listed(scope.tagIds, registries.tags, (t) => t.name) },
      { label: 'Documents selected', value: scope.documentIds.length === 0 ? 'All' : String(scope.documentIds.length) },
      { label: 'Evidence', value: evidence(counts) },
    ],
  }
}

export function buildSummarySection(summary: string): SummarySection | null {
  const blocks = summaryBlocks(summary)
  return blocks.length === 0 ? null : { kind: 'summary', id: 'summary', title: 'Executive summary', blocks }
}

/** Entries for every titled section after the contents, with issues and documents beneath. */
export function buildToc(sections: readonly ReportSection[]): TocSection | null {
  const entries: TocEntry[] = []
  for (const section of sections) {
    if (section.kind === 'cover' || section.kind === 'toc') continue
    const children =
      section.kind === 'findings'
        ? section.issues.map((issue) => ({ id: issue.anchor, title: issue.title }))
        : section.kind === 'documents'
          ? section.documents.map((document) => ({ id: document.anchor, title: document.title }))
          : []
    entries.push({ id: section.id, title: section.title, children })
  }
  return entries.length === 0 ? null : { kind: 'toc', id: 'contents', title: 'Contents', entries }
}
