import type { Issue, Party, Source, Tag } from '../../../../shared/domain/registries'
import type { RegistryName } from '../../../../shared/ipc/annotation-contract'

export type RegistryEntry = Source | Party | Issue | Tag

/** The registries shown as tables; tags are shown as a tree. */
export type TableRegistry = Exclude<RegistryName, 'tags'>

/** How the interface names each registry and its entries. */
export const registryNouns: Record<RegistryName, { title: string; singular: string; plural: string }> = {
  sources: { title: 'Sources', singular: 'source', plural: 'sources' },
  parties: { title: 'Parties', singular: 'party', plural: 'parties' },
  issues: { title: 'Issues', singular: 'issue', plural: 'issues' },
  tags: { title: 'Tags', singular: 'tag', plural: 'tags' },
}

/** An entry's display name: issues have a title, everything else a name. */
export const entryName = (entry: RegistryEntry): string => ('title' in entry ? entry.title : entry.name)

/** "1 claim", "3 claims", "1,204 annotations". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? singular : plural}`
}

/** Entries in the order the analyst looks for them: by name, ignoring case and accents. */
export function sortByName<E extends RegistryEntry>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => entryName(a).localeCompare(entryName(b), undefined, { sensitivity: 'base' }))
}

/** Aliases as typed: trimmed, without blanks, repeats (ignoring case) or the entry's own name. */
export function cleanAliases(aliases: readonly string[], name: string): string[] {
  const seen = new Set([name.trim().toLocaleLowerCase()])
  const kept: string[] = []
  for (const alias of aliases.map((a) => a.trim())) {
    const key = alias.toLocaleLowerCase()
    if (alias === '' || seen.has(key)) continue
    seen.add(key)
    kept.push(alias)
  }
  return kept
}
