/** Dates as articles print them, in English and the main Western European languages. */

const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'janvier', 'janv', 'enero', 'ene', 'januar', 'jän', 'gennaio', 'gen', 'janeiro'],
  ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'febrero', 'februar', 'febbraio', 'fevereiro', 'fev'],
  ['march', 'mar', 'mars', 'marzo', 'märz', 'marz', 'março', 'marco'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mag'],
  ['june', 'jun', 'juin', 'junio', 'juni', 'giugno', 'junho', 'giu'],
  ['july', 'jul', 'juillet', 'juil', 'julio', 'juli', 'luglio', 'julho', 'lug'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro', 'set'],
  ['october', 'oct', 'octobre', 'octubre', 'oktober', 'okt', 'ottobre', 'outubro', 'ott', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dezember', 'dez', 'dicembre', 'dezembro'],
]

const monthIndex = new Map<string, number>(MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i] as const)))
const MONTH = `(${[...monthIndex.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`

const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\\.?,?\\s+)?'
const YEAR = '((?:19|20)\\d\\d)'
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?'

const ISO = new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})(?![\\d-])`)
const MONTH_FIRST = new RegExp(`\\b${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'iu')
const DAY_FIRST = new RegExp(`(?:^|[^\\p{L}\\d])${WEEKDAY}${DAY}\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?${YEAR}\\b`, 'iu')
const DOTTED = new RegExp(`\\b(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}\\b`)
const SLASHED = new RegExp(`\\b(\\d{1,2})/(\\d{1,2})/${YEAR}\\b`)

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 0 || month > 11 || day < 1) return null
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  if (day > last) return null
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export interface FoundDate {
  /** YYYY-MM-DD */
  date: string
  /** Where the date expression starts in the text. */
  index: number
}

/**
 * The first date written out in a text: "2017-11-22", "Nov 22, 2017", "Wednesday, November 22,
 * 2017 10:41 AM", "22 November 2017", "22 de noviembre de 2017", "22.11.2017". Numbers with
 * slashes count only when the order is certain (one part above 12).
 */
export function findDate(text: string): FoundDate | null {
  const found: FoundDate[] = []
  const iso = ISO.exec(text)
  if (iso) pushDate(found, iso.index, Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))
  const monthFirst = MONTH_FIRST.exec(text)
  if (monthFirst) pushDate(found, monthFirst.index, Number(monthFirst[3]), monthIndex.get(monthFirst[1]!.toLowerCase())!, Number(monthFirst[2]))
  const dayFirst = DAY_FIRST.exec(text)
  if (dayFirst) pushDate(found, dayFirst.index, Number(dayFirst[3]), monthIndex.get(dayFirst[2]!.toLowerCase())!, Number(dayFirst[1]))
  const dotted = DOTTED.exec(text)
  if (dotted) pushDate(found, dotted.index, Number(dotted[3]), Number(dotted[2]) - 1, Number(dotted[1]))
  const slashed = SLASHED.exec(text)
  if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])]
    if (a > 12 !== b > 12) pushDate(found, slashed.index, Number(slashed[3]), (a > 12 ? b : a) - 1, a > 12 ? a : b)
  }
  return found.sort((x, y) => x.index - y.index)[0] ?? null
}

function pushDate(found: FoundDate[], index: number, year: number, month: number, day: number) {
  const date = isoDate(year, month, day)
  if (date) found.push({ date, index })
}

/** A month and day without a year ("Nov 22"), as wire datelines give them. */
export function monthDay(monthName: string, day: number): { month: number; day: number } | null {
  const month = monthIndex.get(monthName.replace(/\.$/, '').toLowerCase())
  return month === undefined || day < 1 || day > 31 ? null : { month, day }
}

export { isoDate }
