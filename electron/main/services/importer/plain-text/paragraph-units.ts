import { continuesParagraph, type TextShape } from './paragraph-shape'
import { endsWithCjk, startsWithCjk, type SourceLine } from './source-lines'

/** A run of source lines that reads as one paragraph (or one header, one boilerplate line). */
export interface Unit {
  text: string
  /** Index of its first source line, and how many lines it took. */
  firstLine: number
  lineCount: number
  blankBefore: number
  indent: number
}

/** The words of the whole text, to tell a wrapper's hyphen ("negoti-/ations") from a compound's. */
function vocabulary(lines: readonly SourceLine[]): Set<string> {
  const words = new Set<string>()
  for (const line of lines) for (const word of line.text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) words.add(word)
  return words
}

/**
 * Joins a line to the one before. A hyphen at the end of a line is kept (compounds such as
 * "de-escalation" or "al-Assad" are what plain-text wrappers break at) unless the text itself
 * spells the word elsewhere without it. Text without spaces (Chinese, Japanese) joins directly.
 */
function join(before: string, after: string, words: Set<string>): string {
  const hyphen = /(\p{L}+)-$/u.exec(before)
  if (hyphen && /^\p{L}/u.test(after)) {
    const head = hyphen[1]!.toLowerCase()
    const tail = /^\p{L}+/u.exec(after)![0].toLowerCase()
    const unhyphenated = /^\p{Ll}/u.test(after) && words.has(head + tail) && !words.has(`${head}-${tail}`)
    return unhyphenated ? before.slice(0, -1) + after : before + after
  }
  if (endsWithCjk(before) && startsWithCjk(after)) return before + after
  return `${before} ${after}`
}

export function formUnits(lines: readonly SourceLine[], shape: TextShape, isBoilerplateLine: (text: string) => boolean): Unit[] {
  const words = vocabulary(lines)
  const units: Unit[] = []
  let current: Unit | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (current) current.text = join(current.text, line.text, words)
    else current = { text: line.text, firstLine: i, lineCount: 0, blankBefore: line.blankBefore, indent: line.indent }
    current.lineCount++
    if (!continuesParagraph(lines, i, shape, isBoilerplateLine)) {
      units.push(current)
      current = null
    }
  }
  return units
}
