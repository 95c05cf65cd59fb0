import Fuse from 'fuse.js'
import type { Source } from '../domain/registries'
import { wordsOf } from './word-sets'

interface NameEntry {
  sourceId: string
  name: string
  lastWord: string
}

/** Body words: a speaker holding one is an organisation, not a person. */
const BODY_WORDS = /\b(ministry|department|office|government|council|committee|party|agency|commission|army|forces|militia|group|movement|front|coalition|alliance|union|observatory|administration|campaign|embassy|kremlin|white house|pentagon|parliament|congress|senate|court|police|spokes\w*|officials?|source|sources|news|times|post|agency|press|television|tv|radio|network|newspaper|statement|report|poll|survey|institute|foundation|organisation|organization|association|center|centre|bank|fund|company|corporation|inc|ltd|university|school|board|authority|service|team)\b/i

/**
 * Finds a proposal's source in the registry by name and aliases with fuse.js: tolerant of
 * spelling ("Erdoğan"/"Erdogan"), of titles ("President Putin"), and of a surname alone when
 * exactly one source carries it. Built once per batch, so a registry of thousands stays fast.
 */
export class SourceMatcher {
  private readonly fuse: Fuse<NameEntry>
  private readonly entries: NameEntry[]
  private readonly byName = new Map<string, string>()
  /** Sources by the last word of a name or alias, for a surname alone. */
  private readonly bySurname = new Map<string, Set<string>>()
  /** A document names the same speakers again and again: each is matched once per batch. */
  private readonly matched = new Map<string, string | null>()

  constructor(sources: readonly Source[]) {
    this.entries = sources.flatMap((s) => [s.name, ...s.aliases].map((name) => ({ sourceId: s.id, name, lastWord: wordsOf(name).at(-1) ?? '' })))
    for (const entry of this.entries) {
      if (!this.byName.has(entry.name.toLowerCase())) this.byName.set(entry.name.toLowerCase(), entry.sourceId)
      this.bySurname.set(entry.lastWord, (this.bySurname.get(entry.lastWord) ?? new Set()).add(entry.sourceId))
    }
    this.fuse = new Fuse(this.entries, { keys: ['name'], includeScore: true, ignoreLocation: true, threshold: 0.25, minMatchCharLength: 3, ignoreDiacritics: true })
  }

  match(mentions: ReadonlyArray<string | null>): string | null {
    const key = mentions.join('\u0000')
    if (!this.matched.has(key)) this.matched.set(key, this.search(mentions))
    return this.matched.get(key)!
  }

  private search(mentions: ReadonlyArray<string | null>): string | null {
    for (const raw of mentions) {
      if (!raw) continue
      const mention = raw.replace(/^(the|a|an)\s+/i, '').trim()
      if (mention.length < 3) continue
      const exact = this.byName.get(mention.toLowerCase())
      if (exact) return exact
      const best = this.fuse.search(mention, { limit: 3 })
      const top = best[0]
      if (top && (top.score ?? 1) <= 0.25 && lengthsAgree(top.item.name, mention)) return top.item.sourceId
      // A surname alone ("Erdogan") names a source when only one source ends with it.
      const words = wordsOf(mention)
      if (words.length === 1) {
        const owners = this.bySurname.get(words[0]!)
        if (owners?.size === 1) return [...owners][0]!
      }
    }
    return null
  }
}

/** Fuse scores a short name inside a long one well; a match must cover most of both. */
function lengthsAgree(name: string, mention: string): boolean {
  const a = wordsOf(name)
  const b = wordsOf(mention)
  const shared = a.filter((w) => b.includes(w)).length
  return shared > 0 && shared >= Math.min(a.length, b.length) * 0.6
}

export function sourceKindOf(name: string): Source['kind'] {
  if (BODY_WORDS.test(name)) return 'organisation'
  const words = name.split(/\s+/)
  return words.length >= 1 && words.length <= 5 && words.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w)) ? 'person' : 'organisation'
}
