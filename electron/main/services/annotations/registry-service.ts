import { randomUUID } from 'node:crypto'
import type { Annotation } from '../../../../shared/domain/annotation'
import type { Issue, Party, Source, Tag } from '../../../../shared/domain/registries'
import type { RegistriesView, RegistryName } from '../../../../shared/ipc/annotation-contract'
import { ParleyError } from '../../../../shared/ipc/errors'
import type { LibraryStore } from '../store/library-store'
import { registriesOf, type Registries, type UndoHistory } from './undo-history'
import { countOf } from '../../../../shared/text/plural'

type Entry = Source | Party | Issue | Tag
const singular: Record<RegistryName, string> = { sources: 'source', parties: 'party', issues: 'issue', tags: 'tag' }
const entryName = (entry: Entry) => ('title' in entry ? entry.title : entry.name)
const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

/** Which registry entries an annotation uses. */
function uses(annotation: Annotation, registry: RegistryName, id: string): boolean {
  if (registry === 'tags') return annotation.tagIds.includes(id)
  if (annotation.kind !== 'claim') return false
  if (registry === 'sources') return annotation.sourceId === id
  if (registry === 'issues') return annotation.issueId === id
  return annotation.partyIds.includes(id)
}

/** An annotation with `fromIds` replaced by `toId` (merges), or with them removed (toId null). */
function remap(annotation: Annotation, registry: RegistryName, fromIds: ReadonlySet<string>, toId: string | null): Annotation {
  const swap = (ids: string[]) => [...new Set(ids.flatMap((id) => (fromIds.has(id) ? (toId ? [toId] : []) : [id])))]
  if (registry === 'tags') return { ...annotation, tagIds: swap(annotation.tagIds) }
  if (annotation.kind !== 'claim') return annotation
  if (registry === 'sources') return fromIds.has(annotation.sourceId) && toId ? { ...annotation, sourceId: toId } : annotation
  if (registry === 'issues') return fromIds.has(annotation.issueId) && toId ? { ...annotation, issueId: toId } : annotation
  return { ...annotation, partyIds: swap(annotation.partyIds) }
}

/**
 * Sources, parties, issues and the tag codebook: create, edit, merge (claims follow the merge)
 * and delete, each one undoable. Usage counts come from every annotation in the library.
 */
export class RegistryService {
  constructor(
    private readonly store: LibraryStore,
    private readonly history: UndoHistory,
    private readonly newId: () => string = randomUUID,
  ) {}

  async view(): Promise<RegistriesView> {
    const data = this.store.data
    const usage: RegistriesView['usage'] = { sources: {}, parties: {}, issues: {}, tags: {} }
    const count = (registry: RegistryName, id: string) => (usage[registry][id] = (usage[registry][id] ?? 0) + 1)
    for (const list of (await this.store.annotations.loadAll()).values()) {
      for (const annotation of list) {
        for (const tagId of annotation.tagIds) count('tags', tagId)
        if (annotation.kind !== 'claim') continue
        count('sources', annotation.sourceId)
        count('issues', annotation.issueId)
        for (const partyId of annotation.partyIds) count('parties', partyId)
      }
    }
    return { sources: data.sources, parties: data.parties, issues: data.issues, tags: data.tags, usage }
  }

  async saveSource(input: Omit<Source, 'id'> & { id: string | null }): Promise<Source> {
    for (const partyId of input.partyIds) this.find('parties', partyId)
    return this.save('sources', input)
  }

  async saveParty(input: Omit<Party, 'id'> & { id: string | null }): Promise<Party> {
    return this.save('parties', input)
  }

  async saveIssue(input: Omit<Issue, 'id'> & { id: string | null }): Promise<Issue> {
    return this.save('issues', input)
  }

  async saveTag(input: Omit<Tag, 'id'> & { id: string | null }): Promise<Tag> {
    if (input.parentId !== null) {
      // A tag cannot sit below itself or its own descendants.
      let cursor: string | null = input.parentId
      while (cursor !== null) {
        if (cursor === input.id) throw new ParleyError('invalid-arguments', 'A tag cannot be moved under itself or one of its own sub-tags.')
        cursor = (this.find('tags', cursor) as Tag).parentId
      }
    }
    return this.save('tags', input)
  }

  /** Deleting a tag takes it off every annotation and lifts its sub-tags; other entries must be unused. */
  async delete(registry: RegistryName, id: string): Promise<void> {
    const entry = this.find(registry, id)
    const all = await this.store.annotations.loadAll()
    const affected = new Map([...all].filter(([, list]) => list.some((a) => uses(a, registry, id))))
    if (registry !== 'tags' && affected.size > 0) {
      const claims = [...affected.values()].flat().filter((a) => uses(a, registry, id)).length
      throw new ParleyError('invalid-arguments', `“${entryName(entry)}” is used by ${countOf(claims, 'claim')}; merge it into another ${singular[registry]} instead.`)
    }
    const parentId = registry === 'tags' ? (entry as Tag).parentId : null
    await this.change(`Delete ${singular[registry]} “${entryName(entry)}”`, affected, (data) => ({
      ...data,
      [registry]: (data[registry] as Entry[]).filter((e) => e.id !== id),
      ...(registry === 'tags' ? { tags: data.tags.filter((t) => t.id !== id).map((t) => (t.parentId === id ? { ...t, parentId } : t)) } : {}),
      // Sources no longer speak for a deleted party.
      ...(registry === 'parties' ? { sources: data.sources.map((s) => ({ ...s, partyIds: s.partyIds.filter((p) => p !== id) })) } : {}),
    }), (annotation) => remap(annotation, registry, new Set([id]), null))
  }

  /** Merges duplicates into `keepId`: their annotations, aliases and sub-tags follow. */
  async merge(registry: RegistryName, keepId: string, mergeIds: string[]): Promise<void> {
    const keep = this.find(registry, keepId)
    const merged = mergeIds.map((id) => this.find(registry, id))
    if (registry === 'tags') {
      // Merging a tag into one of its own sub-tags would make that sub-tag its own parent.
      for (let cursor = (keep as Tag).parentId; cursor !== null; cursor = (this.find('tags', cursor) as Tag).parentId) {
        if (mergeIds.includes(cursor)) throw new ParleyError('invalid-arguments', 'A tag cannot be merged into one of its own sub-tags.')
      }
    }
    const from = new Set(mergeIds)
    const all = await this.store.annotations.loadAll()
    const affected = new Map([...all].filter(([, list]) => list.some((a) => mergeIds.some((id) => uses(a, registry, id)))))
    const absorbed = (entry: Entry): Entry => {
      if (!('aliases' in entry)) return entry
      const names = merged.flatMap((m) => [entryName(m), ...('aliases' in m ? m.aliases : [])]).filter((name) => !sameName(name, entryName(entry)))
      const aliases = [...entry.aliases]
      for (const name of names) if (!aliases.some((alias) => sameName(alias, name))) aliases.push(name)
      const partyIds = 'partyIds' in entry ? [...new Set([...entry.partyIds, ...merged.flatMap((m) => ('partyIds' in m ? m.partyIds : []))])] : undefined
      return { ...entry, aliases, ...(partyIds ? { partyIds } : {}) }
    }
    await this.change(`Merge ${merged.length + 1} ${registry} into “${entryName(keep)}”`, affected, (data) => {
      const next: Registries = { ...registriesOf(data) }
      const list = (next[registry] as Entry[]).filter((e) => !from.has(e.id)).map((e) => (e.id === keepId ? absorbed(e) : e))
      ;(next as Record<RegistryName, Entry[]>)[registry] = list
      if (registry === 'parties') next.sources = next.sources.map((s) => ({ ...s, partyIds: [...new Set(s.partyIds.map((p) => (from.has(p) ? keepId : p)))] }))
      if (registry === 'tags') next.tags = next.tags.map((t) => (t.parentId && from.has(t.parentId) ? { ...t, parentId: keepId } : t))
      return { ...data, ...next }
    }, (annotation) => remap(annotation, registry, from, keepId))
  }

  private async save<E extends Entry>(registry: RegistryName, input: Omit<E, 'id'> & { id: string | null }): Promise<E> {
    const list = this.store.data[registry] as Entry[]
    const existing = input.id === null ? null : this.find(registry, input.id)
    const clash = list.find((e) => e.id !== input.id && sameName(entryName(e), entryName(input as unknown as Entry)))
    if (clash) throw new ParleyError('invalid-arguments', `There is already a ${singular[registry]} named “${entryName(clash)}”.`)
    const entry = { ...input, id: input.id ?? this.newId() } as E
    const label = `${existing ? 'Edit' : 'Create'} ${singular[registry]} “${entryName(entry)}”`
    await this.change(label, new Map(), (data) => ({
      ...data,
      [registry]: existing ? (data[registry] as Entry[]).map((e) => (e.id === entry.id ? entry : e)) : [...(data[registry] as Entry[]), entry],
    }))
    return entry
  }

  private async change(
    label: string,
    affected: Map<string, Annotation[]>,
    update: Parameters<LibraryStore['commit']>[0],
    rewrite: (annotation: Annotation) => Annotation = (a) => a,
  ): Promise<void> {
    const before = registriesOf(this.store.data)
    const after = new Map([...affected].map(([documentId, list]) => [documentId, list.map(rewrite)]))
    await this.store.commit(update)
    for (const [documentId, list] of after) await this.store.annotations.replaceAll(documentId, list)
    this.history.record(label, { registries: before, annotations: affected }, { registries: registriesOf(this.store.data), annotations: after })
  }

  private find(registry: RegistryName, id: string): Entry {
    const entry = (this.store.data[registry] as Entry[]).find((e) => e.id === id)
    if (!entry) throw new ParleyError('not-found', `No ${singular[registry]} with id ${id}.`)
    return entry
  }
}
