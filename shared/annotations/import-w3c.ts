import { z } from 'zod'
import { annotationSchema, anchorStatusSchema, credibilitySchema, reportingSchema, stanceSchema } from '../domain/annotation'
import { textPositionSelectorSchema, textQuoteSelectorSchema, type Annotation, type Claim } from '../domain/annotation'
import { sha256HexSchema } from '../domain/document'
import { colorSchema, issueSchema, partySchema, sourceSchema, tagSchema, type Issue, type Party, type Source, type Tag } from '../domain/registries'
import { PARLEY_NS, idFromParleyUrn, type ParleyUrnKind } from './w3c-context'
import { tagPath } from './export-w3c'

/** A tag as an import file names it; `id` is null for a plain W3C tag without a Parley id. */
export interface ImportedTag {
  id: string | null
  name: string
  /** "Parent/Child", from the embedded ancestors. */
  path: string
  color: string
  /** The tag's ancestors, root first, each with the parentId of the one before. */
  ancestors: Tag[]
}

export type ImportedClaim = Pick<Claim, 'stance' | 'reporting' | 'statementDate' | 'credibility' | 'statementId'> & {
  source: Source
  /** The source's own parties, which `source.partyIds` lists. */
  sourceParties: Party[]
  parties: Party[]
  issue: Issue
}

/** One annotation read from a file, with everything needed to restore it. */
export type ImportedAnnotation = Pick<Annotation, 'id' | 'kind' | 'note' | 'color' | 'anchorStatus' | 'createdAt' | 'updatedAt'> &
  Annotation['target'] & {
    /** The document's metadata as the exporting library knew it, to name a missing document. */
    document: { title: string | null; outlet: string | null; byline: string | null; publishedAt: string | null } | null
    tags: ImportedTag[]
    claim: ImportedClaim | null
  }

/** Colour of a tag that arrives without one (a plain W3C tagging body). */
export const IMPORTED_TAG_COLOR = '#868e96'

export class ItemProblem extends Error {}
const fail = (message: string): never => {
  throw new ItemProblem(message)
}
type Json = Record<string, unknown>
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v])
const hasType = (v: Json, ...types: string[]) => asArray(v.type).some((t) => typeof t === 'string' && types.includes(t))
const str = (v: unknown) => (typeof v === 'string' ? v : null)

/** Validates `value` with a domain schema, failing with "<what>: <zod message>". */
function check<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  if (value === undefined) fail(`has no ${what}`)
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  return fail(`${what}${issue.path.length > 0 ? `.${issue.path.join('.')}` : ''}: ${issue.message}`)
}

function urnId(kind: ParleyUrnKind, value: unknown, what: string): string {
  return idFromParleyUrn(kind, value) ?? fail(`${what} ${value === undefined ? 'has no id' : `id ${JSON.stringify(value)} is not a urn:parley:${kind}: IRI`}`)
}

const isoDateTime = z.iso.datetime({ offset: true }).transform((v) => (v.endsWith('Z') ? v : new Date(v).toISOString()))

const MOTIVATIONS: Record<string, Annotation['kind']> = {}
for (const [kind, names] of [
  ['claim', ['parley:claiming', `${PARLEY_NS}claiming`, 'claiming']],
  ['note', ['commenting', 'oa:commenting', 'http://www.w3.org/ns/oa#commenting']],
  ['highlight', ['highlighting', 'oa:highlighting', 'http://www.w3.org/ns/oa#highlighting']],
] as const) for (const name of names) MOTIVATIONS[name] = kind

function kindOf(item: Json): Annotation['kind'] {
  const kinds = asArray(item.motivation).map((m) => (typeof m === 'string' ? MOTIVATIONS[m] : undefined))
  for (const kind of ['claim', 'note', 'highlight'] as const) if (kinds.includes(kind)) return kind
  return fail(item.motivation === undefined ? 'has no motivation' : `motivation ${JSON.stringify(item.motivation)} is not highlighting, commenting or parley:claiming`)
}

function partyOf(node: unknown, what: string): Party {
  if (!isRecord(node)) fail(`${what} is not an object`)
  const n = node as Json
  return check(partySchema, { id: urnId('party', n.id, what), name: n.name, color: n.color, aliases: n.aliases ?? [] }, what)
}

function claimOf(body: Json): ImportedClaim {
  if (!isRecord(body.source)) fail('claim has no source')
  const s = body.source as Json
  const sourceParties = asArray(s.parties).map((p, i) => partyOf(p, `claim source party ${i + 1}`))
  const source = check(
    sourceSchema,
    { id: urnId('source', s.id, 'claim source'), name: s.name, aliases: s.aliases ?? [], kind: s.sourceKind, partyIds: sourceParties.map((p) => p.id), reliability: s.reliability },
    'claim source',
  )
  const parties = asArray(body.parties).map((p, i) => partyOf(p, `claim party ${i + 1}`))
  if (parties.length === 0) fail('claim has no parties')
  if (!isRecord(body.issue)) fail('claim has no issue')
  const i = body.issue as Json
  const issue = check(issueSchema, { id: urnId('issue', i.id, 'claim issue'), title: i.title, description: i.description ?? '' }, 'claim issue')
  return {
    source,
    sourceParties,
    parties,
    issue,
    stance: check(stanceSchema, body.stance, 'claim stance'),
    reporting: check(reportingSchema, body.reporting, 'claim reporting'),
    statementDate: body.statementDate == null ? null : check(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'), body.statementDate, 'claim statementDate'),
    credibility: check(credibilitySchema, body.credibility, 'claim credibility'),
    statementId: body.statement == null ? null : check(z.string().min(1).max(100), body.statement, 'claim statement'),
  }
}

function tagOf(body: Json): ImportedTag {
  const name = check(tagSchema.shape.name, body.value, 'tag value')
  const color = body['parley:color'] === undefined ? IMPORTED_TAG_COLOR : check(colorSchema, body['parley:color'], 'tag parley:color')
  const id = body['parley:tag'] === undefined ? null : urnId('tag', body['parley:tag'], 'tag')
  const ancestors: Tag[] = []
  for (const [n, a] of asArray(body['parley:tagAncestors']).entries()) {
    const what = `tag ancestor ${n + 1}`
    if (!isRecord(a)) fail(`${what} is not an object`)
    const node = a as Json
    const parentId = ancestors.at(-1)?.id ?? null
    ancestors.push(check(tagSchema, { id: urnId('tag', node.id, what), name: node.name, color: node.color, parentId }, what))
  }
  return { id, name, color, ancestors, path: [...ancestors.map((a) => a.name), name].join('/') }
}

export function parseItem(item: unknown, problems: string[], label: string): ImportedAnnotation {
  if (!isRecord(item)) return fail('is not an object')
  if (!hasType(item, 'Annotation')) fail('is not of type Annotation')
  const id = check(z.string().min(1).max(100), urnId('annotation', item.id, 'annotation'), 'id')
  const kind = kindOf(item)

  const targets = asArray(item.target)
  if (targets.length !== 1) fail(targets.length === 0 ? 'has no target' : `has ${targets.length} targets; a Parley annotation has one`)
  const target = targets[0]
  if (!isRecord(target)) return fail('target has no selectors')
  const documentId = check(z.string().min(1).max(100), urnId('document', target.source, 'target source'), 'target source')
  const selectors = asArray(target.selector).filter(isRecord)
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector') ?? fail('target has no TextQuoteSelector')
  const position = selectors.find((s) => s.type === 'TextPositionSelector') ?? fail('target has no TextPositionSelector')
  const meta = isRecord(target['parley:document']) ? target['parley:document'] : null

  const noteParts: string[] = []
  const tags: ImportedTag[] = []
  let claim: ImportedClaim | null = null
  if (typeof item.bodyValue === 'string') noteParts.push(item.bodyValue)
  for (const body of asArray(item.body)) {
    if (isRecord(body) && hasType(body, 'parley:Claim', 'Claim', `${PARLEY_NS}Claim`)) claim = claimOf(body)
    else if (isRecord(body) && (hasType(body, 'TextualBody') || (body.type === undefined && typeof body.value === 'string'))) {
      if (asArray(body.purpose).includes('tagging')) tags.push(tagOf(body))
      else noteParts.push(check(z.string(), body.value, 'note body value'))
    } else problems.push(`${label}: ignored a body Parley cannot represent (${JSON.stringify(body).slice(0, 80)})`)
  }
  if (kind === 'claim' && claim === null) fail('is a parley:claiming annotation without a parley:Claim body')
  if (kind !== 'claim' && claim !== null) fail('has a parley:Claim body but its motivation is not parley:claiming')

  const imported: ImportedAnnotation = {
    id,
    kind,
    documentId,
    textHash: check(sha256HexSchema, target['parley:textHash'], 'target parley:textHash'),
    quote: check(textQuoteSelectorSchema, { type: quote.type, exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' }, 'TextQuoteSelector'),
    position: check(textPositionSelectorSchema, { type: position.type, start: position.start, end: position.end }, 'TextPositionSelector'),
    document: meta && { title: str(meta.title), outlet: str(meta.outlet), byline: str(meta.byline), publishedAt: str(meta.publishedAt) },
    note: noteParts.join('\n\n'),
    color: check(colorSchema, item['parley:color'], 'parley:color'),
    tags,
    anchorStatus: check(anchorStatusSchema, item['parley:anchorStatus'], 'parley:anchorStatus'),
    createdAt: check(isoDateTime, item.created, 'created'),
    updatedAt: check(isoDateTime, item.modified, 'modified'),
    claim,
  }
  // Whole-annotation limits (note length, number of tags …), checked with the ids as given.
  check(annotationSchema, toAnnotation(imported, imported.tags.map((t) => t.id ?? 'new'), claim && { sourceId: claim.source.id, partyIds: claim.parties.map((p) => p.id), issueId: claim.issue.id }), 'annotation')
  return imported
}

type ClaimRefs = { sourceId: string; partyIds: string[]; issueId: string }

function toAnnotation(a: ImportedAnnotation, tagIds: string[], refs: ClaimRefs | null): Annotation {
  const { id, documentId, textHash, quote, position, color, note, anchorStatus, createdAt, updatedAt } = a
  const base = { id, target: { documentId, textHash, quote, position }, color, note, tagIds, anchorStatus, createdAt, updatedAt }
  if (a.kind !== 'claim') return { ...base, kind: a.kind }
  const { stance, reporting, statementDate, credibility, statementId } = a.claim!
  return { ...base, kind: 'claim', ...refs!, stance, reporting, statementDate, credibility, statementId }
}

/** The annotation objects in a collection, a page, an array or a single annotation. */
export function itemsOf(json: unknown, problems: string[]): unknown[] | null {
  if (Array.isArray(json)) return json
  if (!isRecord(json)) return null
  if (hasType(json, 'AnnotationCollection')) {
    const first = json.first
    if (!isRecord(first) || !Array.isArray(first.items)) return (problems.push('the collection has no embedded first page of items'), [])
    if (first.next !== undefined) problems.push('only the first page was read: the file links to further pages')
    if (typeof json.total === 'number' && json.total !== first.items.length) problems.push(`the collection says it holds ${json.total} annotations but its page has ${first.items.length}`)
    return first.items
  }
  if (hasType(json, 'AnnotationPage')) return Array.isArray(json.items) ? json.items : (problems.push('the page has no items'), [])
  if (hasType(json, 'Annotation')) return [json]
  return null
}

/**
 * Reads a W3C Web Annotation file exported by Parley. Never throws: an item that cannot be
 * restored is left out with a problem naming it ("item 3: target has no TextQuoteSelector";
 * items count from 1), and anything that is not annotations gives "not a W3C annotation file".
 */
export function parseW3C(json: unknown): { annotations: ImportedAnnotation[]; problems: string[] } {
  const problems: string[] = []
  const items = itemsOf(json, problems)
  if (items === null) return { annotations: [], problems: ['not a W3C annotation file'] }
  const annotations: ImportedAnnotation[] = []
  items.forEach((item, index) => {
    const label = `item ${index + 1}`
    try {
      annotations.push(parseItem(item, problems, label))
    } catch (error) {
      problems.push(`${label}: ${error instanceof ItemProblem ? error.message : `could not be read (${String(error)})`}`)
    }
  })
  return { annotations, problems }
}

/** What the library already holds, for matching and skipping. */
export interface ExistingLibrary {
  sources: Source[]
  parties: Party[]
  issues: Issue[]
  tags: Tag[]
  documentIds: Set<string>
  annotationIds: Set<string>
}

export interface ImportPlan {
  /** Registry entries to add, before the annotations that use them are saved. */
  create: { sources: Source[]; parties: Party[]; issues: Issue[]; tags: Tag[] }
  /** Annotations ready to save, pointing at existing or created registry entries. */
  annotations: Annotation[]
  skipped: Array<{ id: string; reason: string }>
}

/** How names are compared when matching: Unicode NFC, trimmed, runs of spaces as one, lower case. */
export const matchKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()

const nameWords = (key: string) => key.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1)
/** Every word of the shorter name is in the longer one. */
function sharesNameWords(a: string, b: string): boolean {
  const [short, long] = nameWords(a).length <= nameWords(b).length ? [nameWords(a), new Set(nameWords(b))] : [nameWords(b), new Set(nameWords(a))]
  return short.length > 0 && short.every((word) => long.has(word))
}

/** One registry during an import: what exists, plus what the import creates as it goes. */
class Registry<T extends { id: string }> {
  readonly byId = new Map<string, T>()
  private readonly byKey = new Map<string, string>()
  readonly created: T[] = []
  constructor(
    existing: readonly T[],
    private readonly keyOf: (entry: T, byId: ReadonlyMap<string, T>) => string,
    /** Other names an entry goes by (a source's aliases), matched after the names themselves. */
    private readonly aliasesOf: (entry: T) => readonly string[] = () => [],
  ) {
    for (const entry of existing) this.byId.set(entry.id, entry)
    for (const entry of existing) this.index(entry)
  }
  private readonly byAlias = new Map<string, string>()
  private index(entry: T): void {
    const key = matchKey(this.keyOf(entry, this.byId))
    if (!this.byKey.has(key)) this.byKey.set(key, entry.id)
    for (const alias of this.aliasesOf(entry)) if (!this.byAlias.has(matchKey(alias))) this.byAlias.set(matchKey(alias), entry.id)
  }
  /**
   * The entry with the incoming id, else the one with the same name, else one whose name or
   * aliases match the incoming one's name or aliases, else a new one from `make`.
   */
  resolve(incoming: T, make: () => T = () => incoming): string {
    if (this.byId.has(incoming.id)) return incoming.id
    const key = matchKey(this.keyOf(incoming, this.byId))
    const names = [key, ...this.aliasesOf(incoming).map(matchKey)]
    // An alias link merges only names that share their words ("Lavrov" and "Sergei Lavrov"), so
    // an alias such as "Kremlin" for "Vladimir Putin" cannot silently merge two speakers.
    const linked = names
      .map((name) => this.byAlias.get(name) ?? this.byKey.get(name))
      .find((id) => id !== undefined && sharesNameWords(key, matchKey(this.keyOf(this.byId.get(id)!, this.byId))))
    const match = this.byKey.get(key) ?? linked
    if (match !== undefined) return match
    const entry = make()
    this.byId.set(entry.id, entry)
    this.index(entry)
    this.created.push(entry)
    return entry.id
  }
}

/**
 * Turns parsed annotations into what to save. An annotation is skipped when its id is already in
 * the library ("already in the library", so a second import changes nothing), when its document
 * is not ("document not in this library"), or when the file repeats its id. Registry entries are
 * matched by id first, then by name (sources, parties), title (issues) or full path (tags), using
 * `matchKey`, and sources by their aliases too ("Lavrov" finds "Sergei Lavrov" when it is his alias). An entry that matches nothing is created with
 * its id from the file (a tag without one gets `newId()`). Only kept annotations create entries.
 */
export function planW3CImport(imported: ImportedAnnotation[], existing: ExistingLibrary, newId: () => string, codebook: readonly ImportedTag[] = []): ImportPlan {
  const sources = new Registry(existing.sources, (s) => s.name, (s) => s.aliases)
  const parties = new Registry(existing.parties, (p) => p.name, (p) => p.aliases)
  const issues = new Registry(existing.issues, (i) => i.title)
  const tags = new Registry(existing.tags, (t, byId) => tagPath(t, byId))
  const unique = (ids: string[]) => [...new Set(ids)]
  const party = (p: Party) => parties.resolve(p)
  const tag = (t: ImportedTag): string => {
    if (t.id !== null && tags.byId.has(t.id)) return t.id
    let parentId: string | null = null
    for (const ancestor of t.ancestors) parentId = tags.resolve({ ...ancestor, parentId })
    const incoming = { id: t.id ?? '', name: t.name, color: t.color, parentId }
    return tags.resolve(incoming, () => ({ ...incoming, id: t.id ?? newId() }))
  }

  const annotations: Annotation[] = []
  const skipped: ImportPlan['skipped'] = []
  const seen = new Set<string>()
  for (const a of imported) {
    let reason: string | null = null
    if (seen.has(a.id)) reason = 'appears more than once in the file'
    else if (existing.annotationIds.has(a.id)) reason = 'already in the library'
    else if (!existing.documentIds.has(a.documentId)) reason = 'document not in this library'
    seen.add(a.id)
    if (reason !== null) skipped.push({ id: a.id, reason })
    if (reason !== null) continue
    const c = a.claim
    const refs = c && {
      sourceId: sources.resolve(c.source, () => ({ ...c.source, partyIds: unique(c.sourceParties.map(party)) })),
      partyIds: unique(c.parties.map(party)),
      issueId: issues.resolve(c.issue),
    }
    annotations.push(toAnnotation(a, unique(a.tags.map(tag)), refs))
  }
  // A project's codes come in even where no annotation uses them (a QDA codebook).
  for (const t of codebook) tag(t)
  return { create: { sources: sources.created, parties: parties.created, issues: issues.created, tags: tags.created }, annotations, skipped }
}
