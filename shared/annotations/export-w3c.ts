import type { Annotation } from '../domain/annotation'
import type { ParleyDocument } from '../domain/document'
import type { Issue, Party, Source, Tag } from '../domain/registries'
import { PARLEY_CLAIM_TYPE, PARLEY_CLAIMING, PARLEY_EXPORT_CONTEXT, parleyUrn } from './w3c-context'

/** Everything an export reads: the annotations and the library entries they point at. */
export interface AnnotationExportInput {
  documents: ParleyDocument[]
  annotations: Annotation[]
  sources: Source[]
  parties: Party[]
  issues: Issue[]
  tags: Tag[]
}

/**
 * W3C motivation of each annotation kind. Highlights and notes map onto W3C motivations as they
 * stand; a claim is Parley's own `parley:claiming`, declared in README.md as a narrower
 * oa:classifying (the passage is classified as a statement by a source, on an issue, with a stance).
 */
export const MOTIVATION_OF_KIND = {
  highlight: 'highlighting',
  note: 'commenting',
  claim: PARLEY_CLAIMING,
} as const satisfies Record<Annotation['kind'], string>

/** A tag's ancestors, root first, not including the tag itself. Stops at a missing parent or a cycle. */
export function tagAncestors(tag: Tag, tagsById: ReadonlyMap<string, Tag>): Tag[] {
  const ancestors: Tag[] = []
  const seen = new Set([tag.id])
  let parentId = tag.parentId
  while (parentId !== null && !seen.has(parentId)) {
    const parent = tagsById.get(parentId)
    if (parent === undefined) break
    seen.add(parent.id)
    ancestors.unshift(parent)
    parentId = parent.parentId
  }
  return ancestors
}

/** "Parent/Child": the names from the root of the codebook down to the tag. */
export function tagPath(tag: Tag, tagsById: ReadonlyMap<string, Tag>): string {
  return [...tagAncestors(tag, tagsById), tag].map((t) => t.name).join('/')
}

/** Lookup tables over an export's registries; shared with the CSV export. */
export interface ExportLookups {
  documents: Map<string, ParleyDocument>
  sources: Map<string, Source>
  parties: Map<string, Party>
  issues: Map<string, Issue>
  tags: Map<string, Tag>
}

export function exportLookups(input: AnnotationExportInput): ExportLookups {
  const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((e) => [e.id, e] as const))
  return {
    documents: byId(input.documents),
    sources: byId(input.sources),
    parties: byId(input.parties),
    issues: byId(input.issues),
    tags: byId(input.tags),
  }
}

function partyNode(id: string, lookups: ExportLookups): object {
  const party = lookups.parties.get(id)
  if (party === undefined) return { id: parleyUrn('party', id) }
  return { id: parleyUrn('party', id), type: 'parley:Party', name: party.name, color: party.color, aliases: party.aliases }
}

function sourceNode(id: string, lookups: ExportLookups): object {
  const source = lookups.sources.get(id)
  if (source === undefined) return { id: parleyUrn('source', id) }
  return {
    id: parleyUrn('source', id),
    type: 'parley:Source',
    name: source.name,
    aliases: source.aliases,
    sourceKind: source.kind,
    reliability: source.reliability,
    parties: source.partyIds.map((partyId) => partyNode(partyId, lookups)),
  }
}

function issueNode(id: string, lookups: ExportLookups): object {
  const issue = lookups.issues.get(id)
  if (issue === undefined) return { id: parleyUrn('issue', id) }
  return { id: parleyUrn('issue', id), type: 'parley:Issue', title: issue.title, description: issue.description }
}

function tagBody(tag: Tag, lookups: ExportLookups): object {
  return {
    type: 'TextualBody',
    purpose: 'tagging',
    value: tag.name,
    format: 'text/plain',
    'parley:tag': parleyUrn('tag', tag.id),
    'parley:tagPath': tagPath(tag, lookups.tags),
    'parley:color': tag.color,
    'parley:tagAncestors': tagAncestors(tag, lookups.tags).map((a) => ({
      id: parleyUrn('tag', a.id),
      type: 'parley:Tag',
      name: a.name,
      color: a.color,
    })),
  }
}

function bodiesOf(annotation: Annotation, lookups: ExportLookups): object[] {
  const bodies: object[] = []
  if (annotation.note !== '') {
    bodies.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: 'text/markdown' })
  }
  if (annotation.kind === 'claim') {
    bodies.push({
      type: PARLEY_CLAIM_TYPE,
      source: sourceNode(annotation.sourceId, lookups),
      parties: annotation.partyIds.map((id) => partyNode(id, lookups)),
      issue: issueNode(annotation.issueId, lookups),
      stance: annotation.stance,
      reporting: annotation.reporting,
      statementDate: annotation.statementDate,
      credibility: annotation.credibility,
      statement: annotation.statementId,
    })
  }
  for (const tagId of annotation.tagIds) {
    const tag = lookups.tags.get(tagId)
    // A tag deleted from the codebook has no name to export; the annotation keeps its other tags.
    if (tag !== undefined) bodies.push(tagBody(tag, lookups))
  }
  return bodies
}

/** One annotation as a W3C Annotation with the Parley extension (no @context of its own). */
export function annotationToW3C(annotation: Annotation, lookups: ExportLookups): object {
  const { target } = annotation
  const document = lookups.documents.get(target.documentId)
  const bodies = bodiesOf(annotation, lookups)
  return {
    id: parleyUrn('annotation', annotation.id),
    type: 'Annotation',
    motivation: MOTIVATION_OF_KIND[annotation.kind],
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    // A highlight without note or tags has no body, which the W3C model allows.
    ...(bodies.length > 0 ? { body: bodies } : {}),
    target: {
      type: 'SpecificResource',
      source: parleyUrn('document', target.documentId),
      'parley:textHash': target.textHash,
      ...(document === undefined
        ? {}
        : {
            'parley:document': {
              title: document.title,
              outlet: document.outlet,
              byline: document.byline,
              publishedAt: document.publishedAt,
            },
          }),
      selector: [
        { type: 'TextQuoteSelector', exact: target.quote.exact, prefix: target.quote.prefix, suffix: target.quote.suffix },
        { type: 'TextPositionSelector', start: target.position.start, end: target.position.end },
      ],
    },
    'parley:anchorStatus': annotation.anchorStatus,
    'parley:color': annotation.color,
  }
}

/**
 * A W3C AnnotationCollection (JSON-LD) holding every annotation in one embedded page, in the
 * order given. Each claim embeds its source (with the source's parties), parties and issue, and
 * each tag body embeds the tag's ancestors, so importing into an empty library can recreate the
 * registry entries. The `@context` is inline: nothing needs fetching to read the Parley terms.
 */
export function exportW3C(input: AnnotationExportInput & { exportedAt: string }): object {
  const lookups = exportLookups(input)
  const items = input.annotations.map((a) => annotationToW3C(a, lookups))
  const id = parleyUrn('export', input.exportedAt)
  return {
    '@context': [...PARLEY_EXPORT_CONTEXT],
    id,
    type: 'AnnotationCollection',
    label: 'Parley annotations',
    generator: { type: 'Software', name: 'Parley' },
    generated: input.exportedAt,
    total: items.length,
    first: { id: `${id}:page:1`, type: 'AnnotationPage', startIndex: 0, items },
  }
}
