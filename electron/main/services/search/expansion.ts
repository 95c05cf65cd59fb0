import Fuse from 'fuse.js'
import { maxTypos } from '../../../../shared/text/edit-distance'
import type { Vocabulary } from './vocabulary'

/** One index word a query word stands for. */
export interface Expansion {
  term: number
  /** Edits from the query word (0 for the word itself and for prefix completions). */
  typos: number
  /** Multiplies the word's term frequency: 1 for the word itself, less for near misses. */
  weight: number
}

/** At most this many completions of the last word while typing (the most frequent ones). */
export const MAX_COMPLETIONS = 48
const CACHE_SIZE = 512

/**
 * How alike `word` is to each of `candidates` (1 = same, 0 = nothing alike), graded by Fuse.js:
 * one Fuse instance over the candidate words, searched for the query word (Bitap score). Bitap
 * looks for the pattern INSIDE each word, so "lavorv" would be a perfect match for "lavorvs";
 * the share of letters the candidate has beyond the query word is therefore taken as a floor
 * for the score.
 */
export function fuseSimilarities(word: string, candidates: readonly string[]): number[] {
  const fuse = new Fuse(candidates, { isCaseSensitive: true, ignoreLocation: true, threshold: 0.6, includeScore: true, shouldSort: false })
  const scores = new Array<number>(candidates.length).fill(1)
  for (const result of fuse.search(word)) scores[result.refIndex] = result.score ?? 1
  return candidates.map((candidate, i) => {
    const extra = Math.max(0, candidate.length - word.length) / candidate.length
    return 1 - Math.min(1, Math.max(scores[i]!, extra))
  })
}

/**
 * Turns a query word into the index words it stands for:
 * 1. the bigram filter picks candidate words (lossless for the edit budget),
 * 2. an exact bounded Damerau-Levenshtein check decides (the budget grows with the word's length:
 *    maxTypos in shared/text/edit-distance.ts),
 * 3. Fuse.js scores each accepted near miss; the score sets its weight in ranking (between 0.5
 *    and 0.95), so among equally many typos the closer-looking word counts more.
 * With `prefix`, the most frequent completions are added as well (0 typos, weighted by how much
 * of the word is typed). Results are cached until the vocabulary changes.
 */
export class Expander {
  private readonly cache = new Map<string, Expansion[]>()
  private cacheVersion = -1

  constructor(private readonly vocabulary: Vocabulary) {}

  expand(word: string, prefix: boolean): Expansion[] {
    if (this.cacheVersion !== this.vocabulary.version) {
      this.cache.clear()
      this.cacheVersion = this.vocabulary.version
    }
    const key = (prefix ? '>' : '=') + word
    const cached = this.cache.get(key)
    if (cached) {
      // Refresh its place in the (insertion-ordered) cache.
      this.cache.delete(key)
      this.cache.set(key, cached)
      return cached
    }
    const expansions = this.compute(word, prefix)
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!)
    this.cache.set(key, expansions)
    return expansions
  }

  private compute(word: string, prefix: boolean): Expansion[] {
    const { vocabulary } = this
    const found = new Map<number, Expansion>()
    const nearMisses: Expansion[] = []
    vocabulary.withinDistance(word, maxTypos(word), (term, typos) => {
      const expansion = { term, typos, weight: 1 }
      found.set(term, expansion)
      if (typos > 0) nearMisses.push(expansion)
    })
    if (nearMisses.length > 0) {
      const similarity = fuseSimilarities(word, nearMisses.map((e) => vocabulary.terms[e.term]!))
      nearMisses.forEach((expansion, i) => (expansion.weight = 0.5 + 0.45 * similarity[i]!))
    }
    if (prefix) {
      for (const term of vocabulary.completions(word, MAX_COMPLETIONS)) {
        const weight = 0.5 + (0.45 * word.length) / vocabulary.terms[term]!.length
        const known = found.get(term)
        if (!known || known.typos > 0) found.set(term, { term, typos: 0, weight })
      }
    }
    return [...found.values()]
  }
}
