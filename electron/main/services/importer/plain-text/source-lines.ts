/** The raw lines of a plain text, with what a paragraph decision needs to know about each. */
export interface SourceLine {
  /** The line without its indentation and trailing spaces. */
  text: string
  /** Leading spaces (a tab counts as four). */
  indent: number
  /** Blank lines directly above this one. */
  blankBefore: number
}

export function readSourceLines(source: string): SourceLine[] {
  const lines: SourceLine[] = []
  let blanks = 0
  for (const raw of source.replace(/^\uFEFF/, '').replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').split('\n')) {
    const expanded = raw.replace(/\t/g, '    ').replace(/[\u00A0\u2007\u202F]/g, ' ')
    const text = expanded.trim()
    if (text === '') {
      blanks++
      continue
    }
    lines.push({ text, indent: expanded.length - expanded.trimStart().length, blankBefore: lines.length === 0 ? 0 : blanks })
    blanks = 0
  }
  return lines
}

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]/u

/** Width in columns as a terminal or a wrapper counts it: Chinese, Japanese and Korean take two. */
export function columns(text: string): number {
  let width = 0
  for (const char of text) width += WIDE.test(char) ? 2 : 1
  return width
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u
export const startsWithCjk = (text: string) => CJK.test([...text][0] ?? '')
export const endsWithCjk = (text: string) => CJK.test([...text].at(-1) ?? '')

/** Closing quotes and brackets that may follow a sentence's final mark. */
const CLOSERS = /["'”’»)\]*_」』）》〉]+$/u
/** Ends a sentence: . ! ? … and their CJK and Arabic forms, possibly inside a closing quote. */
export const endsSentence = (text: string) => /[.!?…。！？؟:;]$/u.test(text.replace(CLOSERS, '')) && !/\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|No|vs|Lt|Col|Capt|Prof)\.$/.test(text)

export const startsLowercase = (text: string) => /^[\p{Ll}]/u.test(text)

/** A list item: a bullet or a number with a full stop or bracket. */
export const isBulleted = (text: string) => /^(?:[-+*•·▪‣◦–]\s+|\d{1,3}[.)]\s+\S)/u.test(text)

/**
 * How many columns the next line's first piece needs: a word, or the part of a compound word
 * up to its hyphen (wrappers break there), or one character of text without spaces.
 */
export function firstPieceColumns(text: string): number {
  if (startsWithCjk(text)) return 2
  const hyphenated = /^(\p{L}{2,}-)(?=\p{L}{2})/u.exec(text)
  if (hyphenated) return columns(hyphenated[1]!)
  return columns(/^\S+/.exec(text)?.[0] ?? text)
}

/**
 * Words of a line in capitals only (at least two letters each), as in speaker headers. Every
 * letter must be a capital: a Chinese line naming "NASA" has no lower case, yet is not in capitals.
 */
export const isAllCaps = (text: string) => /\p{Lu}.*\p{Lu}/u.test(text) && !/[\p{Ll}\p{Lo}]/u.test(text)
