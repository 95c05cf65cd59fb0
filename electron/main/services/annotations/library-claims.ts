import type { Annotation, Claim } from '../../../../shared/domain/annotation'
import type { LibraryStore } from '../store/library-store'

/** The claims among every document's annotations. */
export function claimsIn(lists: ReadonlyMap<string, readonly Annotation[]>): Claim[] {
  const claims: Claim[] = []
  for (const list of lists.values()) for (const a of list) if (a.kind === 'claim') claims.push(a)
  return claims
}

/** Every claim in the library, from the annotation store's cache. */
export async function allClaims(store: LibraryStore): Promise<Claim[]> {
  return claimsIn(await store.annotations.loadAll())
}
