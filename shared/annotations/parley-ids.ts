import type { Annotation } from '../domain/annotation'
import { isParleyId } from '../domain/ids'
import type { ImportPlan } from './import-w3c'

/**
 * Gives every annotation and registry entry an import creates an id of the form Parley makes
 * (a UUID), renaming references to match. Ids from other tools, or hostile ones such as
 * "../../x", never become file names or ids the app cannot address.
 */
export function withParleyIds(plan: ImportPlan, newId: () => string): ImportPlan {
  const renamed = new Map<string, string>()
  const fresh = (id: string): string => {
    if (isParleyId(id)) return id
    let next = renamed.get(id)
    if (!next) {
      next = newId()
      renamed.set(id, next)
    }
    return next
  }
  // Only created entries and new annotations are renamed; existing library entries keep their ids.
  const creating = new Set([...plan.create.sources, ...plan.create.parties, ...plan.create.issues, ...plan.create.tags].map((e) => e.id))
  const ref = (id: string) => (creating.has(id) ? fresh(id) : id)
  const refs = (ids: string[]) => ids.map(ref)
  const annotations = plan.annotations.map((a): Annotation => {
    const base = { ...a, id: fresh(a.id), tagIds: refs(a.tagIds) }
    return a.kind === 'claim' && base.kind === 'claim' ? { ...base, sourceId: ref(a.sourceId), partyIds: refs(a.partyIds), issueId: ref(a.issueId) } : base
  })
  return {
    ...plan,
    annotations,
    create: {
      sources: plan.create.sources.map((s) => ({ ...s, id: fresh(s.id), partyIds: refs(s.partyIds) })),
      parties: plan.create.parties.map((p) => ({ ...p, id: fresh(p.id) })),
      issues: plan.create.issues.map((i) => ({ ...i, id: fresh(i.id) })),
      tags: plan.create.tags.map((t) => ({ ...t, id: fresh(t.id), parentId: t.parentId === null ? null : ref(t.parentId) })),
    },
  }
}
