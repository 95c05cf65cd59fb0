import type { ParleyDocument } from '../../../../shared/domain/document'
import { boundedDamerau, maxTypos } from '../../../../shared/text/edit-distance'

/** Lowercase words without accents: "Doha", "doha" and "Dóha" are one word. */
export function filterWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

interface Occurrence {
  document: number
  inTitle: boolean
}

interface WordMatch {
  typos: number
  inTitle: boolean
}

/**
 * Typo-tolerant filtering over the short fields of the library (title, outlet, byline), word by
 * word and in any order: every query word must match a word of the document, exactly, as the
 * start of a word (while typing), or within the typo budget for its length (shared with search).
 * "Ceasfire Dhoa" finds "Doha talks on a ceasefire". Matches rank by fewest typos, then by
 * how many words are in the title. Full-text search of bodies is a separate index.
 */
export function createDocumentFilter(documents: readonly ParleyDocument[]): (query: string) => ParleyDocument[] {
  const vocabulary = new Map<string, Occurrence[]>()
  documents.forEach((document, index) => {
    const add = (text: string | null, inTitle: boolean) => {
      for (const word of filterWords(text ?? '')) {
        const list = vocabulary.get(word) ?? []
        if (list.at(-1)?.document !== index || (inTitle && !list.at(-1)!.inTitle)) list.push({ document: index, inTitle })
        vocabulary.set(word, list)
      }
    }
    add(document.title, true)
    add(document.outlet, false)
    add(document.byline, false)
  })

  const matchesOf = (queryWord: string): Map<number, WordMatch> => {
    const budget = maxTypos(queryWord)
    const found = new Map<number, WordMatch>()
    for (const [word, occurrences] of vocabulary) {
      let typos: number
      if (word.startsWith(queryWord)) typos = 0
      else if (Math.abs(word.length - queryWord.length) > budget) continue
      else typos = boundedDamerau(queryWord, word, budget)
      if (typos > budget) continue
      for (const { document, inTitle } of occurrences) {
        const best = found.get(document)
        if (!best || typos < best.typos || (typos === best.typos && inTitle && !best.inTitle)) found.set(document, { typos, inTitle })
      }
    }
    return found
  }

  return (query) => {
    const words = [...new Set(filterWords(query))]
    if (words.length === 0) return [...documents]
    let candidates: Map<number, { typos: number; inTitle: number }> | null = null
    for (const word of words) {
      const matches = matchesOf(word)
      const next = new Map<number, { typos: number; inTitle: number }>()
      for (const [document, match] of matches) {
        const previous: { typos: number; inTitle: number } | undefined = candidates ? candidates.get(document) : { typos: 0, inTitle: 0 }
        if (previous) next.set(document, { typos: previous.typos + match.typos, inTitle: previous.inTitle + (match.inTitle ? 1 : 0) })
      }
      candidates = next
      if (candidates.size === 0) break
    }
    return [...candidates!]
      .sort(([a, x], [b, y]) => x.typos - y.typos || y.inTitle - x.inTitle || a - b)
      .map(([document]) => documents[document]!)
  }
}
