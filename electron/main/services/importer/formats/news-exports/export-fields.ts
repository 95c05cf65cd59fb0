import { findDate } from '../../plain-text/dates'
import { readDateLine } from '../../plain-text/date-lines'

/** Export lines carry no-break spaces after labels ("Length:\u00a0355 words") and stray padding. */
export const cleanLine = (line: string) => line.replace(/[\u00a0\u2007\u202f\t]/g, ' ').replace(/\s+/g, ' ').trim()

/** A labelled line, "BYLINE: Jane Doe" or "Length: 355 words": its label (upper-cased) and value. */
export interface LabelledLine {
  label: string
  value: string
}

/**
 * Reads "LABEL: value" when the label is one of `known` (compared upper-case). Only known labels
 * count: body text starts lines with "KANPUR:" or "Q:" too.
 */
export function readLabel(line: string, known: ReadonlySet<string>): LabelledLine | null {
  const match = /^([\p{L}][\p{L}/ -]{0,30}?)\s?:(?:\s+|$)(.*)$/u.exec(cleanLine(line))
  if (!match) return null
  const label = match[1]!.toUpperCase()
  return known.has(label) ? { label, value: match[2]!.trim() } : null
}

/** "Copyright 2010 Guardian Unlimited", "© 2017 …", "(c) 2018 …", "All Rights Reserved". */
export const isCopyrightLine = (line: string) => /^(?:copyright\b|©|\(c\)\s|all rights reserved\b)/i.test(cleanLine(line))
export const isAllRightsReserved = (line: string) => /^all rights reserved\.?$/i.test(cleanLine(line))

/** "2018 年 10 月 1 日", as Factiva's Chinese and Japanese interfaces print dates. */
const CJK_DATE = /((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/

/**
 * The date a database prints on its own line: "January 11, 2010 Monday", "July 1, 2019 Monday
 * 9:20 AM GMT", "13 November 2017", "9 Januar 1993", "1. April 2017", "2018 年 10 月 1 日".
 */
export function readExportDate(line: string): string | null {
  const text = cleanLine(line)
  const cjk = CJK_DATE.exec(text)
  if (cjk) return `${cjk[1]}-${cjk[2]!.padStart(2, '0')}-${cjk[3]!.padStart(2, '0')}`
  return readDateLine(text)
}

/** A date anywhere in a field value ("LOAD-DATE: January 11, 2010"). */
export const dateIn = (value: string | null) => (value ? (findDate(value)?.date ?? readExportDate(value)) : null)

/** "355 words", "2,968 words", "877 Wörter", "295 mots", "6957 字": the stated word count line. */
export const WORD_COUNT = /^(\d[\d,.\u00a0 ]*)\s*(?:words?|wörter|wort|mots?|palabras|parole|palavras|woorden|ord|sanaa|słów|slov|слов[ао]?|字|語|단어)\.?$/iu

export const isWordCountLine = (line: string) => WORD_COUNT.test(cleanLine(line))

const LANGUAGES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['en', ['english', 'englisch', 'anglais', 'inglés', 'ingles', 'inglese', '英文', '英語', '영어']],
  ['de', ['german', 'deutsch', 'allemand', 'alemán', 'tedesco', '德文', 'ドイツ語']],
  ['fr', ['french', 'französisch', 'français', 'francais', 'francés', 'francese', '法文']],
  ['es', ['spanish', 'spanisch', 'espagnol', 'español', 'espanol', 'spagnolo', '西班牙文']],
  ['it', ['italian', 'italienisch', 'italien', 'italiano']],
  ['pt', ['portuguese', 'portugiesisch', 'portugais', 'português', 'portugues']],
  ['nl', ['dutch', 'niederländisch', 'néerlandais', 'nederlands']],
  ['ru', ['russian', 'russisch', 'russe', 'русский', '俄文']],
  ['ar', ['arabic', 'arabisch', 'arabe', 'العربية']],
  ['tr', ['turkish', 'türkisch', 'turc', 'türkçe']],
  ['zh', ['chinese', 'chinesisch', 'chinois', '中文']],
  ['ja', ['japanese', 'japanisch', 'japonais', '日文', '日本語']],
  ['ko', ['korean', 'koreanisch', 'coréen', '韩文', '한국어']],
]
const languageByName = new Map<string, string>(LANGUAGES.flatMap(([code, names]) => [code, ...names].map((name) => [name, code] as const)))

/** "ENGLISH", "Englisch", "英文" → "en"; null for a name we do not know. */
export const languageCode = (name: string | null) => (name ? (languageByName.get(cleanLine(name).toLowerCase()) ?? null) : null)

/** A line that names a language and nothing else (Factiva prints the language on its own line). */
export const isLanguageLine = (line: string) => languageCode(line) !== null

/** "BY STEPHEN POLLARD" → "STEPHEN POLLARD"; "Wesley Lowery;Kimberly Kindy" → "Wesley Lowery; Kimberly Kindy". */
export const cleanByline = (value: string | null) => {
  const cleaned = value ? cleanLine(value).replace(/^by\s+/i, '').replace(/\s*;\s*(?:and\s+)?/g, '; ') : ''
  return cleaned === '' ? null : cleaned
}

/** Joins the lines of one paragraph of a hard-wrapped export: "self-" + "driving" stays one word. */
export function joinWrapped(lines: readonly string[]): string {
  let text = ''
  for (const raw of lines) {
    const line = cleanLine(raw)
    if (line === '') continue
    text = text === '' ? line : /\p{L}-$/u.test(text) ? text + line : `${text} ${line}`
  }
  return text
}
