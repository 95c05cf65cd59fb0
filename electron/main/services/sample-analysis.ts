import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { colorSchema, reliabilitySchema, sourceKindSchema } from '../../../shared/domain/registries'
import { credibilitySchema, reportingSchema, stanceSchema } from '../../../shared/domain/annotation'
import { AnnotationService } from './annotations/annotation-service'
import { RegistryService } from './annotations/registry-service'
import { StatementLinks } from './annotations/statement-links'
import { UndoHistory } from './annotations/undo-history'
import type { LibraryStore } from './store/library-store'

const key = z.string().min(1).max(60)
const sampleAnalysisSchema = z.object({
  parties: z.array(z.object({ key, name: z.string(), color: colorSchema, aliases: z.array(z.string()) })),
  sources: z.array(z.object({ key, name: z.string(), aliases: z.array(z.string()), kind: sourceKindSchema, parties: z.array(key), reliability: reliabilitySchema })),
  issues: z.array(z.object({ key, title: z.string(), description: z.string(), keywords: z.array(z.string()).default([]) })),
  tags: z.array(z.object({ key, name: z.string(), color: colorSchema })),
  annotations: z.array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('claim'), file: z.string(), quote: z.string().min(1), source: key, parties: z.array(key).min(1), issue: key, stance: stanceSchema, reporting: reportingSchema, date: z.string().nullable(), credibility: credibilitySchema, note: z.string().default(''), statement: key.optional() }),
      z.object({ kind: z.enum(['highlight', 'note']), file: z.string(), quote: z.string().min(1), color: colorSchema, tags: z.array(key).default([]), note: z.string().default('') }),
    ]),
  ),
})

const CLAIM_COLOR = '#ffd43b'

/**
 * Seeds the analysis that goes with the sample articles (resources/sample-analysis.json): parties,
 * sources, issues, tags, claims, a highlight and a note, through the same services the analyst's
 * own work takes; returns the id each key became. It runs right after the sample articles are imported into a new library, and
 * keeps none of it in the undo history: the analyst starts with nothing to undo.
 */
export async function seedSampleAnalysis(store: LibraryStore, file: string): Promise<ReadonlyMap<string, string>> {
  const plan = sampleAnalysisSchema.parse(JSON.parse(await readFile(file, 'utf8')))
  const history = new UndoHistory(store)
  const registries = new RegistryService(store, history)
  const annotations = new AnnotationService(store, history)
  const ids = new Map<string, string>()
  const idOf = (k: string) => {
    const id = ids.get(k)
    if (!id) throw new Error(`The sample analysis names “${k}”, which it does not define.`)
    return id
  }
  for (const p of plan.parties) ids.set(p.key, (await registries.saveParty({ id: null, name: p.name, color: p.color, aliases: p.aliases })).id)
  for (const s of plan.sources) ids.set(s.key, (await registries.saveSource({ id: null, name: s.name, aliases: s.aliases, kind: s.kind, partyIds: s.parties.map(idOf), reliability: s.reliability })).id)
  for (const i of plan.issues) ids.set(i.key, (await registries.saveIssue({ id: null, title: i.title, description: i.description, keywords: i.keywords })).id)
  for (const t of plan.tags) ids.set(t.key, (await registries.saveTag({ id: null, name: t.name, color: t.color, parentId: null })).id)

  const statements = new Map<string, string[]>()
  for (const a of plan.annotations) {
    const document = store.listDocuments().find((d) => d.original.name === a.file)
    if (!document) throw new Error(`The sample analysis refers to ${a.file}, which is not in the library.`)
    const text = await store.readText(document)
    const start = text.indexOf(a.quote)
    if (start < 0) throw new Error(`“${a.quote}” is not in ${a.file}.`)
    const span = { documentId: document.id, start, end: start + a.quote.length }
    const made =
      a.kind === 'claim'
        ? await annotations.create({ ...span, kind: 'claim', color: CLAIM_COLOR, note: a.note, tagIds: [], claim: { sourceId: idOf(a.source), partyIds: a.parties.map(idOf), issueId: idOf(a.issue), stance: a.stance, reporting: a.reporting, statementDate: a.date, credibility: a.credibility } })
        : await annotations.create({ ...span, kind: a.kind, color: a.color, note: a.note, tagIds: a.tags.map(idOf), claim: null })
    if (a.kind === 'claim' && a.statement) statements.set(a.statement, [...(statements.get(a.statement) ?? []), made.id])
  }
  for (const claimIds of statements.values()) if (claimIds.length > 1) await new StatementLinks(store, history).link(claimIds)
  return ids
}
