/**
 * The Parley extension of the W3C Web Annotation JSON-LD context. Exported files embed it inline
 * after the W3C context, so a JSON-LD processor needs nothing from the network to understand the
 * Parley terms (it may still need its cached copy of anno.jsonld, which every processor ships):
 *
 *   "@context": ["http://www.w3.org/ns/anno.jsonld", PARLEY_CONTEXT]
 *
 * The terms are documented one by one in README.md beside this file.
 */

/** Namespace of every Parley term: `parley:anchorStatus` expands to `${PARLEY_NS}anchorStatus`. */
export const PARLEY_NS = 'https://parley.app/ns/annotation#'

/** Where the context below would be published; exports embed it rather than referencing it. */
export const PARLEY_CONTEXT_URL = 'https://parley.app/ns/annotation.jsonld'

/** The W3C Web Annotation context, which comes first in every exported `@context`. */
export const W3C_ANNO_CONTEXT_URL = 'http://www.w3.org/ns/anno.jsonld'

/** Motivation of a claim annotation: a refinement of oa:classifying (see README.md). */
export const PARLEY_CLAIMING = 'parley:claiming'

/** `type` of the body that carries a claim's attribution, stance and grading. */
export const PARLEY_CLAIM_TYPE = 'parley:Claim'

export const PARLEY_CONTEXT = {
  '@version': 1.1,
  parley: PARLEY_NS,
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dcterms: 'http://purl.org/dc/terms/',

  // Classes and the claiming motivation.
  Claim: 'parley:Claim',
  Source: 'parley:Source',
  Party: 'parley:Party',
  Issue: 'parley:Issue',
  Tag: 'parley:Tag',
  claiming: 'parley:claiming',
  /**
   * The claim body. anno.jsonld already uses `source` for oa:hasSource (the annotated document of
   * a target), so inside a claim body a type-scoped context gives `source` its Parley meaning.
   * Type-scoped contexts do not propagate, so nested objects see the W3C `source` again.
   */
  'parley:Claim': {
    '@id': `${PARLEY_NS}Claim`,
    '@context': { source: { '@id': 'parley:source', '@type': '@id' } },
  },

  // Claim fields (inside a parley:Claim body).
  parties: { '@id': 'parley:party', '@type': '@id', '@container': '@list' },
  issue: { '@id': 'parley:issue', '@type': '@id' },
  stance: 'parley:stance',
  reporting: 'parley:reporting',
  statementDate: { '@id': 'parley:statementDate', '@type': 'xsd:date' },
  credibility: { '@id': 'parley:credibility', '@type': 'xsd:integer' },
  /** Claims sharing this value are one statement carried by several reports. */
  statement: 'parley:statement',

  // Registry entries (sources, parties, issues) embedded in claims. `name` is foaf:name from
  // anno.jsonld; `id` and `type` are the W3C aliases of @id and @type.
  reliability: 'parley:reliability',
  sourceKind: 'parley:sourceKind',
  aliases: { '@id': 'parley:alias', '@container': '@list' },
  color: 'parley:color',
  title: 'dcterms:title',
  description: 'dcterms:description',

  // Extension properties of W3C objects. Exported files write them with the parley: prefix
  // (`parley:anchorStatus`), which expands through the prefix above; the bare terms are there
  // for hand-written files. Keys that need a type or a container get a term definition of their
  // own, with a full IRI so the definition is not cyclic.
  anchorStatus: 'parley:anchorStatus',
  textHash: 'parley:textHash',
  document: 'parley:document',
  outlet: 'parley:outlet',
  byline: 'parley:byline',
  publishedAt: 'parley:publishedAt',
  tag: { '@id': 'parley:tag', '@type': '@id' },
  'parley:tag': { '@id': `${PARLEY_NS}tag`, '@type': '@id' },
  tagPath: 'parley:tagPath',
  tagAncestors: { '@id': 'parley:tagAncestors', '@container': '@list' },
  'parley:tagAncestors': { '@id': `${PARLEY_NS}tagAncestors`, '@container': '@list' },
} as const

/** The `@context` value of every exported Parley file. */
export const PARLEY_EXPORT_CONTEXT = [W3C_ANNO_CONTEXT_URL, PARLEY_CONTEXT] as const

/** `urn:parley:<kind>:<id>`; ids are percent-encoded so any stored id survives the round trip. */
export type ParleyUrnKind = 'annotation' | 'document' | 'source' | 'party' | 'issue' | 'tag' | 'export'

export function parleyUrn(kind: ParleyUrnKind, id: string): string {
  return `urn:parley:${kind}:${encodeURIComponent(id)}`
}

/** The id inside a Parley URN of the given kind, or null when the value is not one. */
export function idFromParleyUrn(kind: ParleyUrnKind, urn: unknown): string | null {
  const prefix = `urn:parley:${kind}:`
  if (typeof urn !== 'string' || !urn.startsWith(prefix) || urn.length === prefix.length) return null
  try {
    return decodeURIComponent(urn.slice(prefix.length))
  } catch {
    return null
  }
}
