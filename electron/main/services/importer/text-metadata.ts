/** Metadata that wire copy and transcripts carry in their text rather than in fields. */
import { findDate, isoDate, monthDay } from './plain-text/dates'
import { titleCaseName } from './plain-text/speaker-names'

// A wire dateline: "SOCHI, Russia, Nov 22 (Caspian Wire Service) - ", "GENEVA, Dec. 14, 2017
// (Agency) — ", "ASTANA, 2017-11-30 - ", "MOSCOW (Agency) - ", in capitals or mixed case.
const PLACE = `[\\p{Lu}][\\p{L}.'’]*(?:\\s+[\\p{Lu}][\\p{L}.'’]*){0,4}`
const DATELINE = new RegExp(`^(${PLACE})((?:,\\s*[^,()–—]{2,40}?){0,3})\\s*(?:\\(([^)]{2,60})\\))?(?:\\s+|(?<=\\)))[-–—]{1,2}\\s`, 'u')
const MONTH_DAY = /(\p{Lu}\p{Ll}{2,8})\.?\s+(\d{1,2})\b/u

export interface Dateline {
  /** The agency in brackets, if the dateline names one. */
  outlet: string | null
  /** YYYY-MM-DD when the year is known, else null. */
  date: string | null
  /** "Nov 22" when the dateline gives no year. */
  dateWithoutYear: string | null
  /** The same day as numbers (month 1–12), so a year can be set for it in one step. */
  monthDay?: { month: number; day: number } | null
}

/** Years the text mentions; a dateline without a year borrows one only when it is unambiguous. */
function onlyYearMentioned(text: string): number | null {
  const years = new Set([...text.matchAll(/\b(19[89]\d|20\d\d)\b/g)].map((m) => Number(m[1])))
  return years.size === 1 ? [...years][0]! : null
}

/**
 * The outlet and date a story's opening dateline gives. A date without a year borrows the one
 * year the text mentions, if only one; otherwise it is reported as missing its year.
 */
export function readDateline(firstBlock: string, wholeText: string): Dateline | null {
  const match = DATELINE.exec(firstBlock)
  // Between the place and the dash: a region and a date, never a clause of a sentence.
  const middle = match?.[2] ?? ''
  if (!match || middle.split(',').some((part) => part.trim().split(/\s+/).length > 4 && !/\d/.test(part))) return null
  const outlet = match[3]?.trim() || null
  const full = findDate(middle)
  if (full) return { outlet, date: full.date, dateWithoutYear: null }
  const short = MONTH_DAY.exec(middle)
  const when = short ? monthDay(short[1]!, Number(short[2])) : null
  if (!when) return outlet ? { outlet, date: null, dateWithoutYear: null } : null
  const year = onlyYearMentioned(wholeText)
  return year
    ? { outlet, date: isoDate(year, when.month, when.day), dateWithoutYear: null }
    : { outlet, date: null, dateWithoutYear: `${short![1]} ${when.day}`, monthDay: { month: when.month + 1, day: when.day } }
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'de', 'du', 'la', 'le'])

/**
 * An outlet or place in capitals in its usual case ("CHANNEL SEVEN WORLD" → "Channel Seven
 * World", "BBC NEWS" → "BBC News"); one already in mixed case is kept as written.
 */
function caseOf(words: string): string {
  if (/\p{Ll}/u.test(words)) return words.trim()
  return words
    .trim()
    .split(/\s+/)
    .map((word, i) => {
      const lower = word.toLowerCase()
      if (i > 0 && SMALL_WORDS.has(lower)) return lower
      if (!/[AEIOUY]/.test(word) || (word.length === 2 && !SMALL_WORDS.has(lower))) return word
      return lower.replace(/(^|[-'’])(\p{L})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase())
    })
    .join(' ')
}

// "… EM, CHANNEL SEVEN WORLD, SOCHI." or "… EM, Channel Seven World, Sochi.": initials, outlet,
// place, after a sentence end (or alone).
const SIGN_OFF = /(?:^|(?<=[.!?"”’]\s+))(\p{Lu}{2,4}),\s*(\p{Lu}[\p{L}\d .'’&-]{1,60}?),\s*(\p{Lu}[\p{L} .'’-]{1,40}?)\.\s*$/u

export interface SignOff {
  outlet: string
  byline: string | null
  initials: string
  place: string
  /** Where the sign-off starts in the block. */
  index: number
}

/** Whether a name's initials are these ("EM" for Elena Markova; particles may be skipped). */
export function hasInitials(name: string, initials: string): boolean {
  const words = name.split(/\s+/).filter(Boolean)
  const all = words.map((w) => w[0]!.toUpperCase()).join('')
  const main = words.filter((w) => !/^\p{Ll}/u.test(w)).map((w) => w[0]!.toUpperCase()).join('')
  return initials === all || initials === main
}

/**
 * A broadcast sign-off names the outlet, and its initials identify the correspondent: the name
 * in capitals that opens the same block ("ELENA MARKOVA SOCHI … EM, CHANNEL SEVEN WORLD, SOCHI."),
 * or one of the names the text gives elsewhere ("Elena Markova reports from Sochi").
 */
export function readSignOff(lastBlock: string, knownNames: readonly string[] = []): SignOff | null {
  const text = lastBlock.trim()
  const match = SIGN_OFF.exec(text)
  if (!match) return null
  const initials = match[1]!
  const leadingCaps = /^((?:[\p{Lu}][\p{Lu}'’-]+\s+){1,6})/u.exec(text)?.[1]?.trim().split(/\s+/) ?? []
  const nameWords = leadingCaps.slice(0, initials.length)
  const opening = nameWords.length === initials.length && nameWords.every((word, i) => word[0] === initials[i]) ? titleCaseName(nameWords) : null
  const byline = opening ?? knownNames.find((name) => hasInitials(name, initials)) ?? null
  return { outlet: caseOf(match[2]!), byline, initials, place: caseOf(match[3]!), index: match.index }
}
