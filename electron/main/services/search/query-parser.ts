import { queryWords, tokenize } from './tokenize'

/**
 * The search box syntax:
 *   words                 fuzzy words (typos allowed), ranked by how many of them a record has
 *   "exact phrase"        words in this order, exactly; "one" alone means that word exactly
 *   -word  -"a phrase"    records containing the word (exactly) or the phrase are left out
 *   party: source: issue: tag: outlet:   value, or "two words"; case-insensitive; commas give
 *                         alternatives (party:russia,turkey). Values of one field are
 *                         alternatives (OR); different fields must all hold (AND).
 *   type:                 document | annotation | claim | source | party (plurals accepted)
 *   before: after:        YYYY, YYYY-MM or YYYY-MM-DD. Both exclude the period named:
 *                         before:2017-03 ends on 28 February, after:2017-03 starts on 1 April.
 * Anything else that looks like `foo:bar` is searched as the words "foo bar" and reported in
 * `problems`. The parser never throws.
 */

export const FACET_FIELDS = ['party', 'source', 'issue', 'tag', 'outlet'] as const
export type FacetField = (typeof FACET_FIELDS)[number]
export const RECORD_TYPES = ['document', 'annotation', 'claim', 'source', 'party'] as const

export interface QueryFilters {
  party?: string[]
  source?: string[]
  issue?: string[]
  tag?: string[]
  outlet?: string[]
  type?: string[]
  before?: string
  after?: string
}

export interface ParsedQuery {
  /** Normalised free words (a hyphenated word is one term, joined: "deescalation"). */
  terms: string[]
  /** Quoted phrases, as normalised words (parts of compounds separately). */
  phrases: string[][]
  /** Words whose records are left out (exact, normalised). */
  excluded: string[]
  /** Phrases whose records are left out. */
  excludedPhrases?: string[][]
  filters: QueryFilters
  /** Human-readable notes on what was not understood or ignored. */
  problems: string[]
  /** True when the input ends inside a free word: while typing, it may be a prefix. */
  lastTermOpen?: boolean
}

const MAX_INPUT = 2000
const MAX_TERMS = 32
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c)
const phraseWords = (text: string) => tokenize(text, { compounds: false }).map((t) => t.word)
const datePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** Checks YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date). */
export function isValidDateFilter(value: string): boolean {
  const match = datePattern.exec(value)
  if (!match) return false
  const [, year, month, day] = match
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false
  if (day === undefined) return true
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1
}

/** First and last possible YYYYMMDD keys of a date filter value (month/day 00 and 99 pad). */
export const dateFilterStart = (value: string) => Number(`${value}-00-00`.slice(0, 10).replace(/-/g, ''))
export const dateFilterEnd = (value: string) => Number(`${value}-99-99`.slice(0, 10).replace(/-/g, ''))

function typeValue(value: string): string | null {
  const lower = value.toLowerCase()
  const singular = lower === 'parties' ? 'party' : lower.endsWith('s') ? lower.slice(0, -1) : lower
  return (RECORD_TYPES as readonly string[]).includes(lower) ? lower : (RECORD_TYPES as readonly string[]).includes(singular) ? singular : null
}

export function parseQuery(input: string): ParsedQuery {
  const parsed: ParsedQuery = { terms: [], phrases: [], excluded: [], excludedPhrases: [], filters: {}, problems: [], lastTermOpen: false }
  try {
    parseInto(parsed, typeof input === 'string' ? input : String(input ?? ''))
  } catch (error) {
    parsed.problems.push(`The query could not be read completely (${error instanceof Error ? error.message : String(error)}).`)
  }
  return parsed
}

function parseInto(parsed: ParsedQuery, raw: string): void {
  let text = raw
  if (text.length > MAX_INPUT) {
    text = text.slice(0, MAX_INPUT)
    parsed.problems.push(`Only the first ${MAX_INPUT} characters were searched.`)
  }
  const addTerms = (words: string[]) => {
    for (const word of words) {
      if (parsed.terms.includes(word)) continue
      if (parsed.terms.length === MAX_TERMS) {
        parsed.problems.push(`Only the first ${MAX_TERMS} words were searched.`)
        return
      }
      parsed.terms.push(word)
    }
  }
  /** Reads a quoted string opening at `i`; returns its content and the index after it. */
  const readQuoted = (i: number): [string, number] => {
    const close = text.indexOf('"', i + 1)
    if (close < 0) {
      parsed.problems.push('A quote was not closed; the phrase runs to the end of the query.')
      return [text.slice(i + 1), text.length]
    }
    return [text.slice(i + 1, close), close + 1]
  }
  let i = 0
  while (i < text.length) {
    if (isSpace(text[i])) {
      i++
      continue
    }
    parsed.lastTermOpen = false
    let negated = false
    if (text[i] === '-') {
      i++
      if (i >= text.length || isSpace(text[i]) || text[i] === '-') continue
      negated = true
    }
    if (text[i] === '"') {
      const [content, next] = readQuoted(i)
      i = next
      const words = phraseWords(content)
      if (words.length === 0) {
        if (content.trim() === '') parsed.problems.push('Empty quotes were ignored.')
        continue
      }
      if (negated && words.length === 1) parsed.excluded.push(words[0]!)
      else if (negated) parsed.excludedPhrases!.push(words)
      else parsed.phrases.push(words)
      continue
    }
    let end = i
    while (end < text.length && !isSpace(text[end]) && text[end] !== '"') end++
    const field = /^([A-Za-z]+):/.exec(text.slice(i, end + 1))
    const name = field?.[1]!.toLowerCase()
    if (field && name && (name === 'before' || name === 'after' || name === 'type' || (FACET_FIELDS as readonly string[]).includes(name))) {
      let value: string
      let quoted = false
      const valueStart = i + field[0].length
      if (text[valueStart] === '"') {
        ;[value, i] = readQuoted(valueStart)
        quoted = true
      } else {
        while (end < text.length && !isSpace(text[end])) end++
        value = text.slice(valueStart, end)
        i = end
      }
      if (negated) parsed.problems.push(`Leaving out by ${name}: is not supported; -${name}:${value} was ignored.`)
      else addFilter(parsed, name, value, quoted)
      continue
    }
    const chunk = text.slice(i, end)
    i = end
    if (field) parsed.problems.push(`"${field[1]}:" is not a search field; "${chunk}" was searched as words.`)
    const words = queryWords(chunk)
    if (words.length === 0) continue
    if (negated && words.length === 1) parsed.excluded.push(words[0]!)
    else if (negated) parsed.excludedPhrases!.push(phraseWords(chunk))
    else {
      addTerms(words)
      parsed.lastTermOpen = end === text.length && !field
    }
  }
  const { before, after } = parsed.filters
  if (before && after && dateFilterStart(before) <= dateFilterEnd(after) + 1) {
    parsed.problems.push(`Nothing can be both before:${before} and after:${after}.`)
  }
}

function addFilter(parsed: ParsedQuery, name: string, rawValue: string, quoted: boolean): void {
  const values = (quoted ? [rawValue] : rawValue.split(',')).map((v) => v.trim()).filter(Boolean)
  if (values.length === 0) {
    parsed.problems.push(`${name}: needs a value.`)
    return
  }
  const { filters } = parsed
  if (name === 'before' || name === 'after') {
    for (const value of values) {
      if (!isValidDateFilter(value)) {
        parsed.problems.push(`${name}:${value} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD); it was ignored.`)
        continue
      }
      // Several bounds: the strictest one holds.
      if (name === 'before' && (!filters.before || dateFilterStart(value) < dateFilterStart(filters.before))) filters.before = value
      if (name === 'after' && (!filters.after || dateFilterEnd(value) > dateFilterEnd(filters.after))) filters.after = value
    }
    return
  }
  if (name === 'type') {
    for (const value of values) {
      const type = typeValue(value)
      if (type) (filters.type ??= []).includes(type) || filters.type.push(type)
      else parsed.problems.push(`type:${value} is not a type (use ${RECORD_TYPES.join(', ')}); it was ignored.`)
    }
    return
  }
  const list = (filters[name as FacetField] ??= [])
  for (const value of values) if (!list.some((v) => v.toLowerCase() === value.toLowerCase())) list.push(value)
}
