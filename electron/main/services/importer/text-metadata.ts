/** Metadata that wire copy and transcripts carry in their text rather than in fields. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

// "SOCHI, Russia, Nov 22 (Caspian Wire Service) - " and "GENEVA, Dec. 14, 2017 (Agency) — "
const DATELINE = /^([A-Z][A-Z.'’ -]+(?:,\s*[A-Z][A-Za-z.'’ -]+)?),\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:,\s*(\d{4}))?\s*\(([^)]{2,60})\)\s*[-–—]/
// "MOSCOW (Agency) - "
const DATELINE_WITHOUT_DATE = /^([A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][A-Za-z.'’ -]+)?)\s*\(([^)]{2,60})\)\s*[-–—]/
// "… EM, CHANNEL SEVEN WORLD, SOCHI."
const SIGN_OFF = /\b([A-Z]{2,4}),\s*([A-Z][A-Z0-9 .'&-]{2,60}?),\s*([A-Z][A-Z .'-]{1,40})\.\s*$/

export interface Dateline {
  outlet: string
  /** YYYY-MM-DD when the year is known, else null. */
  date: string | null
  /** "Nov 22" when the dateline gives no year. */
  dateWithoutYear: string | null
}

/** Years the text mentions; a dateline without a year borrows one only when it is unambiguous. */
function onlyYearMentioned(text: string): number | null {
  const years = new Set([...text.matchAll(/\b(19[89]\d|20\d\d)\b/g)].map((m) => Number(m[1])))
  return years.size === 1 ? [...years][0]! : null
}

export function readDateline(firstBlock: string, wholeText: string): Dateline | null {
  const full = DATELINE.exec(firstBlock)
  if (full) {
    const month = MONTHS.indexOf(full[2]!.slice(0, 3).toLowerCase())
    const day = Number(full[3])
    const year = full[4] ? Number(full[4]) : onlyYearMentioned(wholeText)
    const valid = month !== -1 && day >= 1 && day <= 31
    const date = valid && year ? `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null
    return { outlet: full[5]!.trim(), date, dateWithoutYear: valid && !year ? `${full[2]} ${day}` : null }
  }
  const short = DATELINE_WITHOUT_DATE.exec(firstBlock)
  return short ? { outlet: short[2]!.trim(), date: null, dateWithoutYear: null } : null
}

const titleCase = (words: string) =>
  words
    .toLowerCase()
    .split(/\s+/)
    .map((word) => (word.length <= 3 && /^(of|the|and|for|on|in|at)$/.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ')
    .replace(/^./, (c) => c.toUpperCase())

export interface SignOff {
  outlet: string
  byline: string | null
}

/**
 * A broadcast sign-off names the outlet, and its initials identify the correspondent whose name
 * opens the same block ("ELENA MARKOVA SOCHI … EM, CHANNEL SEVEN WORLD, SOCHI.").
 */
export function readSignOff(lastBlock: string): SignOff | null {
  const match = SIGN_OFF.exec(lastBlock.trim())
  if (!match) return null
  const initials = match[1]!
  const leadingCaps = /^((?:[A-Z][A-Z'’-]+\s+){1,6})/.exec(lastBlock.trim())?.[1]?.trim().split(/\s+/) ?? []
  const nameWords = leadingCaps.slice(0, initials.length)
  const byline = nameWords.length === initials.length && nameWords.every((word, i) => word[0] === initials[i]) ? titleCase(nameWords.join(' ')) : null
  return { outlet: titleCase(match[2]!), byline }
}
