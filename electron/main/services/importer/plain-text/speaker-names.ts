import type { Speaker } from '../../../../../shared/domain/content'
import { CONNECTIVES, isAcronym, isRoleWord, NAME_PARTICLES } from './speaker-vocabulary'

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

/** One word of a name in capitals, in its usual case: "AL-HARIRI" → "al-Hariri", "O'BRIEN" → "O'Brien". */
function nameWord(word: string, first: boolean): string {
  const lower = word.toLowerCase()
  if (!first && NAME_PARTICLES.has(lower)) return lower
  const parts = lower.split('-')
  return parts
    .map((part, i) => (i === 0 && parts.length > 1 && !first && NAME_PARTICLES.has(part) ? part : capitalise(part)))
    .join('-')
    .replace(/^(Mc)(\p{L})/u, (_, mc: string, letter: string) => mc + letter.toUpperCase())
    .replace(/(['’])(\p{L})(?=\p{L}{2})/u, (_, mark: string, letter: string) => mark + letter.toUpperCase())
}

export function titleCaseName(words: readonly string[]): string {
  return words.map((word, i) => nameWord(word, i === 0)).join(' ')
}

/** A role in capitals in title case, acronyms and small connecting words kept as they should be. */
export function titleCaseRole(words: readonly string[]): string {
  return words
    .map((word, i) => {
      if (isAcronym(word)) return word
      const lower = word.toLowerCase()
      if (i > 0 && CONNECTIVES.has(lower)) return lower
      return lower.split('-').map(capitalise).join('-').replace(/(['’])S$/i, "$1s")
    })
    .join(' ')
}

/** Role words that are also common surnames: they start a role only after a full name. */
const WEAK_ROLE_STARTS = new Set(['king', 'major', 'head', 'chief', 'general', 'marshal', 'bishop', 'judge', 'speaker', 'member', 'first', 'second', 'young', 'state', 'national', 'top', 'joint', 'high', 'worker', 'farmer', 'cross'])

const isNameWord = (word: string) => /^[\p{Lu}][\p{Lu}\p{M}'’.-]*$/u.test(word) && /\p{Lu}{2}|^\p{Lu}\.?$/u.test(word)

/**
 * Splits a speaker header in capitals into name and role by general rules: a role begins at the
 * first title, office, body or nationality word after the name ("VLADIMIR PUTIN RUSSIAN
 * PRESIDENT"), or comes first and the name follows ("FOREIGN MINISTER SERGEI LAVROV"). Without
 * any role word, the header is all name. Returns null for text that is not a name at all.
 */
export function splitSpeakerHeader(header: string): Speaker | null {
  const words = header.replace(/[,:;–—-]+\s*$/u, '').trim().split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > 14 || !words.every((w) => /^[\p{Lu}\p{M}\d'’.,()-]+$/u.test(w))) return null
  const clean = words.map((w) => w.replace(/[,()]/g, ''))
  // Role first: leading role words, then the name.
  let leading = 0
  while (leading < clean.length && isRoleWord(clean[leading]!)) leading++
  if (leading > 0 && leading < clean.length) {
    let end = leading
    while (end < clean.length && !isRoleWord(clean[end]!)) end++
    const name = clean.slice(leading, end)
    if (name.length >= 1 && name.every(isNameWord)) return { name: titleCaseName(name), role: titleCaseRole(clean.slice(0, leading)) }
    return null
  }
  if (leading === clean.length) return null
  // Name first: the role starts at the first role word, weak ones only after two name words.
  let split = clean.length
  for (let i = 1; i < clean.length; i++) {
    const lower = clean[i]!.toLowerCase()
    if (!isRoleWord(clean[i]!) || CONNECTIVES.has(lower)) continue
    if (WEAK_ROLE_STARTS.has(lower) && i < 2) continue
    split = i
    break
  }
  const name = clean.slice(0, split)
  if (!name.every(isNameWord)) return null
  const role = clean.slice(split)
  return { name: titleCaseName(name), role: role.length ? titleCaseRole(role) : null }
}
