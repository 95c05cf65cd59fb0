import type { Party } from '../domain/registries'
import { COUNTRY_OF, STOP_WORDS, singular, wordsOf } from './word-sets'

/** Country names and the adjectives for them: a party name's place words, as opposed to its kind ("opposition"). */
const countryWords = new Set([...Object.keys(COUNTRY_OF), ...Object.values(COUNTRY_OF)].flatMap((c) => c.split(' ')))

/** A phrase's words, with each demonym or capital also read as its country ("Turkish" → turkey). */
function phraseWords(phrase: string): Set<string> {
  const words = wordsOf(phrase)
  const out = new Set<string>()
  words.forEach((w, i) => {
    out.add(singular(w))
    for (const key of [w, `${w} ${words[i + 1] ?? ''}`]) {
      const country = COUNTRY_OF[key]
      if (country) for (const c of country.split(' ')) out.add(c)
    }
  })
  return out
}

/**
 * Proposes parties for a new source from its role or name ("Turkish President" → Turkey,
 * "opposition negotiator" → Syrian opposition). A party's name or alias matches when all its
 * words are in the phrase, or when its only missing words are country words and another word
 * matched. Full matches win; a tie between partial matches proposes nothing.
 */
export function partiesFromPhrase(parties: readonly Party[], phrases: ReadonlyArray<string | null>): string[] {
  for (const phrase of phrases) {
    if (!phrase) continue
    const words = phraseWords(phrase)
    const full: Array<{ id: string; size: number }> = []
    const partial: Array<{ id: string; size: number }> = []
    for (const party of parties) {
      for (const name of [party.name, ...party.aliases]) {
        const needed = [...new Set(wordsOf(name).filter((w) => !STOP_WORDS.has(w)).map(singular))]
        if (needed.length === 0) continue
        const missing = needed.filter((w) => !words.has(w))
        if (missing.length === 0) full.push({ id: party.id, size: needed.length })
        else if (missing.every((w) => countryWords.has(w)) && missing.length < needed.length) partial.push({ id: party.id, size: needed.length - missing.length })
      }
    }
    const pick = (list: Array<{ id: string; size: number }>) => {
      const best = Math.max(...list.map((c) => c.size))
      const ids = [...new Set(list.filter((c) => c.size === best).map((c) => c.id))]
      return ids.length === 1 ? ids : []
    }
    if (full.length > 0) {
      const ids = pick(full)
      if (ids.length > 0) return ids
    }
    if (partial.length > 0) {
      const ids = pick(partial)
      if (ids.length > 0) return ids
    }
  }
  return []
}
