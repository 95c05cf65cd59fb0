import { endsSentence } from './source-lines'

export const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean)

const CJK_CHARS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu

/** Words, with each Chinese or Japanese character counted as half a word. */
export function weightOf(text: string): number {
  const cjk = text.match(CJK_CHARS)?.length ?? 0
  return cjk > text.length / 3 ? Math.round(cjk / 2) : wordsOf(text).length
}

/**
 * Reads as running prose: several words, mostly not capitalised (menus and headlines capitalise
 * every word), ending a sentence or long enough to be one. Script-neutral: texts without case
 * count by length.
 */
export function isProse(text: string): boolean {
  // The opening of a long paragraph tells as much as all of it, and costs far less.
  const sample = text.length > 4000 ? text.slice(0, 4000) : text
  const weight = weightOf(sample)
  if (weight < 8) return false
  const words = wordsOf(sample)
  const cased = words.filter((w) => /^\p{L}/u.test(w) && /\p{Lu}|\p{Ll}/u.test(w))
  const lower = cased.filter((w) => /^\p{Ll}/u.test(w)).length
  const caseless = cased.length < words.length / 2
  const proseCase = caseless || lower >= cased.length * 0.35
  return proseCase && (endsSentence(text) || weight >= 20)
}
