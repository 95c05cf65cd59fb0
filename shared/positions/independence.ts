import type { Claim } from '../domain/annotation'
import type { ParleyDocument } from '../domain/document'

/** Minimal union-find over string keys. */
class DisjointSets {
  private readonly parent = new Map<string, string>()
  find(key: string): string {
    let root = this.parent.get(key) ?? key
    if (root === key) return key
    root = this.find(root)
    this.parent.set(key, root)
    return root
  }
  union(a: string, b: string): void {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb)
  }
}

/**
 * Documents linked by sameStoryAs, transitively (connected components, either direction of the
 * link), form one report. Returns document id → report id (the smallest document id in the group).
 * Links to ids outside `documents` still join the documents that name them.
 */
export function reportGroups(documents: readonly ParleyDocument[]): Map<string, string> {
  const sets = new DisjointSets()
  for (const document of documents) for (const other of document.sameStoryAs) sets.union(document.id, other)
  const groups = new Map<string, string>()
  for (const document of documents) groups.set(document.id, sets.find(document.id))
  return groups
}

const outletKey = (outlet: string | null | undefined) => {
  const key = outlet?.trim().toLowerCase()
  return key ? `outlet:${key}` : null
}

/** Counts independent reports for many claim sets over one library: groups are computed once. */
export interface IndependenceIndex {
  /** Independent reports behind these document ids (repeats allowed). */
  count(documentIds: Iterable<string>): number
}

export function independenceIndex(documents: readonly ParleyDocument[]): IndependenceIndex {
  const groups = reportGroups(documents)
  const outlets = new Map<string, string | null>()
  for (const document of documents) outlets.set(document.id, outletKey(document.outlet))
  return {
    count(documentIds) {
      // Within the set: one node per report group; groups sharing an outlet merge into one.
      const sets = new DisjointSets()
      const reports = new Set<string>()
      for (const id of documentIds) {
        const report = `report:${groups.get(id) ?? id}`
        reports.add(report)
        const outlet = outlets.get(id)
        if (outlet) sets.union(report, outlet)
      }
      const roots = new Set<string>()
      for (const report of reports) roots.add(sets.find(report))
      return roots.size
    },
  }
}

/**
 * The number of independent reports behind a set of claims: distinct sameStoryAs groups, where
 * documents from the same outlet (trimmed, case-insensitive) also count as one. A claim whose
 * document is unknown counts as its own report.
 */
export function independentOutlets(claims: readonly Claim[], documents: readonly ParleyDocument[]): number {
  return independenceIndex(documents).count(claims.map((claim) => claim.target.documentId))
}
