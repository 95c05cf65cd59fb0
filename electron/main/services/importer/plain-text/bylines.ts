import { findDate } from './dates'
import { titleCaseName } from './speaker-names'
import { isRoleWord } from './speaker-vocabulary'

/** One capitalised name word, or a particle inside a name ("de", "al-Hariri", "van"). */
const NAME_WORD = `(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]*|(?:al|el|de|da|di|du|la|le|van|von|bin|ibn|abu)(?:-\\p{Lu}[\\p{L}'’-]*)?)`
const NAME = new RegExp(`^${NAME_WORD}(?:\\s+${NAME_WORD}){1,4}$`, 'u')

/** A person's name as written, or in capitals made title case; null for anything else. */
export function personName(raw: string): string | null {
  let words = raw.trim().replace(/[.,;:]+$/, '').split(/\s+/).filter(Boolean)
  // Leading roles and possessives: "correspondent", "Our", "The BBC's".
  while (words.length > 2 && (isRoleWord(words[0]!) || /^(?:our|the|by)$/i.test(words[0]!))) words = words.slice(1)
  const text = words.join(' ')
  if (!NAME.test(text) || words.length > 5) return null
  if (words.filter((w) => /\p{Lu}/u.test(w)).length < 2) return null
  return /\p{Ll}/u.test(text.replace(/\b(?:al|el|de|da|di|du|la|le|van|von|bin|ibn|abu)\b/g, '')) ? text : titleCaseName(words)
}

/** Several names: "Jane Doe and John Smith", "JANE DOE, JOHN SMITH". */
function names(raw: string): string | null {
  const parts = raw.split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*/).filter(Boolean)
  const found = parts.map(personName)
  if (found.length === 0 || found[0] === null) return null
  const valid = found.filter((name): name is string => name !== null)
  return valid.length > 1 ? `${valid.slice(0, -1).join(', ')} and ${valid.at(-1)}` : valid[0]!
}

/**
 * A byline line: "By Jane Doe", "BY JANE DOE", "By Jane Doe and John Smith", "By Jane Doe,
 * Moscow correspondent", "Byline: Jane Doe", "Written by …", "Reporting by X; editing by Y".
 * Returns the names, or null when the line is anything else.
 */
export function readBylineLine(text: string): string | null {
  const trimmed = text.trim()
  if (trimmed.split(/\s+/).length > 16) return null
  const match = /^(?:by(?:line)?\s*[:\s]|(?:written|words|story|text|reporting|report) by\s+|author(?:s)?\s*:\s*|von\s+|par\s+|por\s+)(.+)$/iu.exec(trimmed)
  if (!match) return null
  // The names end where a role, an outlet, a second credit or a date begins.
  const date = findDate(match[1]!)
  const credit = date ? match[1]!.slice(0, date.index) : match[1]!
  const body = credit.split(/\s*[;|•·]\s*|\s+[-–—]\s+|\s*\(/u)[0]!
  const beforeRole = body.split(/,\s*(?=[\p{L}\s]*(?:correspondent|reporter|editor|writer|staff|bureau|in |for |at ))/iu)[0]!
  return names(beforeRole)
}

/**
 * "Elena Markova reports from Sochi.", "Our correspondent Jane Doe reports from Moscow",
 * "correspondent X, reporting from Y": the reporter and the place.
 */
const REPORTS_FROM = new RegExp(
  `((?:${NAME_WORD}\\s+){0,5}\\p{Lu}[\\p{L}'’-]*),?\\s+(?:reports|is reporting|reporting|has been reporting)\\s+(?:for\\s+[\\p{L} ]{2,40}?\\s+)?from\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})`,
  'u',
)

export function readReportsFrom(text: string): { name: string; place: string } | null {
  const match = REPORTS_FROM.exec(text)
  if (!match) return null
  const name = personName(match[1]!)
  return name ? { name, place: match[2]! } : null
}
