import { findDate } from './dates'

const LABEL = /^(?:published|updated|posted|first published|last (?:modified|updated)|date|dated|issued|released|publié|publicado|veröffentlicht|aggiornato|pubblicato)\b[\s:]*(?:on|at|le|el|am)?\s*/i
/** What may sit beside a date on a date line: weekdays, times, time zones, separators. */
const FILLER = /\b(?:\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?|at|on|by|and|le|à|el|am|um|last modified|last updated|updated|published|first published|posted)(?=\s|$|[,.|])|[|•·,–—-]/gi
const ZONES = /\b(?:[A-Z]{1,4}T|UTC|GMT|ET|PT|CT|MT|[+-]\d{2}:?\d{2})\b/g

/**
 * A line that is only a date ("November 22, 2017", "Wed 22 Nov 2017 10.41 GMT", "Published:
 * 2017-11-22", "Updated November 23, 2017 at 9:15 a.m. ET"): its date, or null for a sentence
 * that merely mentions one.
 */
export function readDateLine(text: string): string | null {
  const trimmed = text.trim()
  if (trimmed.split(/\s+/).length > 16) return null
  const labelled = LABEL.test(trimmed)
  const found = findDate(trimmed)
  if (!found) return null
  if (labelled) return found.date
  const rest = trimmed.replace(/\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/g, ' ').replace(/\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?\p{L}+\.?,?\s+(?:de\s+)?\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4}/gu, ' ').replace(FILLER, ' ').replace(ZONES, ' ')
  return rest.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length <= 2 ? found.date : null
}

/** Whether the first date of a line is a labelled publication date ("Published …", "Posted on …"). */
export const isLabelledDate = (text: string) => LABEL.test(text.trim()) && findDate(text) !== null
