import type { Annotation } from '../../../../shared/domain/annotation'
import type { ParleyDocument } from '../../../../shared/domain/document'
import type { LibraryData } from '../../../../shared/domain/library-data'
import type { SearchRecord } from '../search/search-index'

/** What the search index holds for each kind of thing in the library. */

export const recordId = {
  document: (id: string) => `document:${id}`,
  annotation: (id: string) => `annotation:${id}`,
  source: (id: string) => `source:${id}`,
  party: (id: string) => `party:${id}`,
}

const day = (date: string | null) => date?.slice(0, 10) ?? null

export function documentRecord(document: ParleyDocument, text: string): SearchRecord {
  return {
    id: recordId.document(document.id),
    kind: 'document',
    title: document.title,
    body: [document.byline ?? '', document.outlet ?? '', text].join('\n'),
    date: day(document.publishedAt),
    documentId: document.id,
    facets: { outlet: document.outlet ? [document.outlet] : [] },
  }
}

type Registries = Pick<LibraryData, 'sources' | 'parties' | 'issues' | 'tags'>

export function annotationRecord(annotation: Annotation, document: ParleyDocument, registries: Registries): SearchRecord {
  const tags = registries.tags.filter((t) => annotation.tagIds.includes(t.id)).map((t) => t.name)
  const base = { id: recordId.annotation(annotation.id), documentId: document.id, date: day(document.publishedAt) }
  if (annotation.kind !== 'claim') {
    return { ...base, kind: 'annotation', title: document.title, body: [annotation.target.quote.exact, annotation.note, tags.join(' ')].join('\n'), facets: { tag: tags, outlet: document.outlet ? [document.outlet] : [] } }
  }
  const source = registries.sources.find((s) => s.id === annotation.sourceId)
  const parties = registries.parties.filter((p) => annotation.partyIds.includes(p.id))
  const issue = registries.issues.find((i) => i.id === annotation.issueId)
  return {
    ...base,
    date: annotation.statementDate ?? base.date,
    kind: 'claim',
    title: `${source?.name ?? 'Unknown source'}: ${issue?.title ?? 'unknown issue'}`,
    body: [annotation.target.quote.exact, annotation.note, annotation.stance, ...(source?.aliases ?? []), ...parties.flatMap((p) => [p.name, ...p.aliases]), tags.join(' ')].join('\n'),
    facets: {
      party: parties.map((p) => p.name),
      source: source ? [source.name] : [],
      issue: issue ? [issue.title] : [],
      tag: tags,
      outlet: document.outlet ? [document.outlet] : [],
    },
  }
}

export function registryRecords(registries: Registries): SearchRecord[] {
  const partyName = (id: string) => registries.parties.find((p) => p.id === id)?.name ?? ''
  return [
    ...registries.sources.map((source) => ({
      id: recordId.source(source.id),
      kind: 'source' as const,
      title: source.name,
      body: [...source.aliases, source.kind, ...source.partyIds.map(partyName)].join('\n'),
      date: null,
      documentId: null,
      facets: { party: source.partyIds.map(partyName).filter(Boolean) },
    })),
    ...registries.parties.map((party) => ({
      id: recordId.party(party.id),
      kind: 'party' as const,
      title: party.name,
      body: party.aliases.join('\n'),
      date: null,
      documentId: null,
      facets: {},
    })),
  ]
}
