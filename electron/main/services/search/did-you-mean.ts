import type { Expander } from './expansion'
import { normalizeTerms } from './query-exec'
import type { ParsedQuery } from './query-parser'
import { queryWords } from './tokenize'
import type { Vocabulary } from './vocabulary'

/**
 * "Did you mean": for each query word that is not itself in the library but is within its typo
 * budget of words that are, the most frequent of the closest ones. Null when every word was found
 * as typed (or nothing close exists). The original text is kept; only the misspelt words change.
 */
export function didYouMean(text: string, query: ParsedQuery, vocabulary: Vocabulary, expander: Expander, prefixLast = false): string | null {
  const replacements = new Map<string, string>()
  const words = normalizeTerms(query.terms)
  for (const [i, word] of words.entries()) {
    const exact = vocabulary.idOf(word)
    if (exact && vocabulary.df[exact]! > 0) continue
    // A word still being typed is fine while it begins some word of the library.
    if (prefixLast && i === words.length - 1 && query.lastTermOpen !== false && vocabulary.completions(word, 1).length > 0) continue
    let best: { term: number; typos: number } | null = null
    for (const e of expander.expand(word, false)) {
      if (vocabulary.df[e.term] === 0 || e.typos === 0) continue
      if (!best || e.typos < best.typos || (e.typos === best.typos && vocabulary.df[e.term]! > vocabulary.df[best.term]!)) best = e
    }
    if (best) replacements.set(word, vocabulary.terms[best.term]!)
  }
  if (replacements.size === 0) return null
  // Replace whole typed words whose normalised form was corrected, leaving filters and quotes alone.
  const corrected = text.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (typed) => {
    const typedWords = queryWords(typed)
    const fixed = typedWords.length === 1 ? replacements.get(typedWords[0]!) : undefined
    if (!fixed) return typed
    return /^\p{Lu}/u.test(typed) ? fixed.charAt(0).toUpperCase() + fixed.slice(1) : fixed
  })
  return corrected.trim()
}
