import { spanOf, type AttributedStatement, type TextSpan } from './types'
import { firstQuoteFrom, type QuoteSpan } from './quote-spans'
import { isStatementLike } from './quote-frames'
import type { Sentence, Token } from './nlp-tokens'

/** Passes over the statements found, in text order: quote runs, quotes left alone, nesting, duplicates. */


const LONG_ASIDE_WORDS = 10

/**
 * `"A," she said. "B."` is one statement: a quote that follows its speaker's cue in the same
 * paragraph, with no cue of its own, continues the quote before it.
 */
export function extendQuoteRuns(text: string, quotes: readonly QuoteSpan[], statements: AttributedStatement[]): AttributedStatement[] {
  const claimed = new Set(statements.map((s) => s.content.start))
  return statements.map((statement, index) => {
    if (statement.kind !== 'direct') return statement
    let end = statement.content.end
    const nextStart = statements[index + 1]?.content.start ?? Infinity
    for (let q = firstQuoteFrom(quotes, end); q < quotes.length && quotes[q]!.start < nextStart; q++) {
      const quote = quotes[q]!
      if (claimed.has(quote.start)) continue
      const gap = text.slice(end, quote.start)
      // A new paragraph is a new proposal (the stand-alone pass gives it the same speaker), so
      // claims stay passage-sized.
      if (/\n\s*\n/.test(gap) || gap.length > 200 || /["“”]|''/.test(gap) || !/[.,:;]\s*$/.test(gap)) break
      if (!(gap.includes(statement.cue.text) || /^[\s,.;:]*$/.test(gap))) break
      // `"A," he said, pointing to one ear and then the other. "B."`: a long aside of the writer's parts two quotes.
      if (/,\s+\p{L}+ing\b/u.test(gap) && (gap.match(/\S+/g)?.length ?? 0) >= LONG_ASIDE_WORDS) break
      end = quote.end
    }
    return end === statement.content.end ? statement : { ...statement, content: spanOf(text, statement.content.start, end) }
  })
}

/**
 * A quote standing alone after someone's statement (`Viguerie notes.` then `"…"`) continues
 * that speaker, as readers take it: it borrows the nearest earlier statement's speaker, source
 * and cue when that statement is in the same or the previous paragraph.
 */
export function withOrphanQuotes(text: string, quotes: readonly QuoteSpan[], statements: AttributedStatement[]): AttributedStatement[] {
  const out: AttributedStatement[] = []
  let s = 0
  let previous: AttributedStatement | undefined
  let coveredEnd = 0
  for (const quote of quotes) {
    while (s < statements.length && statements[s]!.content.start <= quote.start) {
      const next = statements[s++]!
      out.push(next)
      coveredEnd = Math.max(coveredEnd, next.content.end)
      if (next.source && (!previous || next.content.end > previous.content.end)) previous = next
    }
    if (!previous || coveredEnd > quote.start) continue
    if (!isStatementLike(text.slice(quote.start, quote.end))) continue
    const gap = text.slice(previous.content.end, quote.start)
    if ((gap.match(/\n\s*\n/g) ?? []).length > 1 || gap.length > 600) continue
    out.push({ ...previous, kind: 'direct', content: spanOf(text, quote.start, quote.end), confidence: Math.round(previous.confidence * 60) / 100 })
  }
  return out.concat(statements.slice(s))
}

/** True when a statement found so far holds `offset`; statements come in text order, so look back a little. */
export function claimed(found: readonly AttributedStatement[], offset: number): boolean {
  for (let i = found.length - 1; i >= 0 && i >= found.length - 40; i--) if (found[i]!.content.start <= offset && offset < found[i]!.content.end) return true
  return false
}

const FIRST_PERSON = /^(i|we|me|us|my|our)$/i

/**
 * "Kelly said she wanted to …": a cue inside another statement's content, reporting most of the
 * same words, is part of that statement, not a second one. News annotation credits the outer cue.
 */
export function withoutNested(statements: AttributedStatement[]): AttributedStatement[] {
  return statements.filter((inner, index) => {
    if (inner.kind === 'direct' || inner.kind === 'speech-block') return true
    for (let j = Math.max(0, index - 12); j < statements.length && j < index + 4; j++) {
      const outer = statements[j]!
      if (j === index || outer.content.start > inner.cue.start || inner.cue.start >= outer.content.end) continue
      // An interview answer credits its speaker's own words; someone else it reports ("my brother said …") is a statement of theirs.
      if (outer.kind === 'speech-block' && !FIRST_PERSON.test(inner.source?.text ?? 'I')) continue
      const shared = Math.min(inner.content.end, outer.content.end) - Math.max(inner.content.start, outer.content.start)
      // Two statements each holding the other's cue ("X plans to …, Carson said") keep one, not neither:
      // the cue closing the sentence reports the whole of it.
      const mutual = outer.kind !== 'direct' && outer.cue.start >= inner.content.start && outer.cue.start < inner.content.end
      if (mutual && inner.cue.start > outer.cue.start) continue
      if (shared >= 0.5 * (inner.content.end - inner.content.start)) return false
    }
    return true
  })
}

/** A title in quotation marks: two to eight words, each significant one capitalised ("The Long War"). */
const TITLE_WORDS = String.raw`(?:(?:[\p{Lu}\d][\p{L}\d'’:-]*|of|the|a|an|and|in|on|for|to|at|by|with|from|or)\s+){1,7}[\p{Lu}\d][\p{L}\d'’-]*`
// The closing mark matches the opening one: in “The Democrats’ draft …” the ’ is a possessive.
const QUOTED_TITLE = new RegExp(`^(?:“${TITLE_WORDS}”|"${TITLE_WORDS}"|‘${TITLE_WORDS}’(?!\\p{L}))`, 'u')

/** A quotation that is a title: two to eight capitalised words ("“Sunday Morning Futures,”"). */
export const isQuotedTitle = (quote: string): boolean => QUOTED_TITLE.test(quote.replace(/,(["”’]|'')$/, '$1'))

const NAME_WORDS = String.raw`(?:[\p{Lu}\d][\p{L}\d'’:-]*\s+){0,7}[\p{Lu}\d][\p{L}\d'’-]*`
const QUOTED_NAME = new RegExp(`^(?:“${NAME_WORDS},?”|"${NAME_WORDS},?"|''${NAME_WORDS},?'')$`, 'u')

/**
 * `on Fox News Channel's "Hannity,"`, `told ABC's "Good Morning America"`: capitalised words in
 * quotation marks after an owner or a preposition name a programme, a book or a film; even one word.
 */
export function isOwnedTitle(text: string, quote: { start: number; end: number }): boolean {
  return QUOTED_NAME.test(text.slice(quote.start, quote.end)) && /(?:['’]s|(?:on|in|at|to|from|by))\s*$/i.test(text.slice(Math.max(0, quote.start - 20), quote.start))
}

/**
 * "She wrote "The Long War" in 2010": a statement whose words open with a quoted title is about a
 * book, film or headline, not something said.
 */
export function withoutTitles(statements: AttributedStatement[]): AttributedStatement[] {
  // A "Speaker: ‘Claim In Title Case’" headline capitalises every word of what was said.
  return statements.filter((s) => s.kind === 'speech-block' || s.cue.text === ':' || !QUOTED_TITLE.test(s.content.text.replace(/^that\s+/i, '')) || /[.!?,]["”]/.test(s.content.text.slice(0, 80)))
}

/** Two cues for one content ("said … adding") keep the surer statement. */
export function dropDuplicates(statements: AttributedStatement[]): AttributedStatement[] {
  const byContent = new Map<string, AttributedStatement>()
  for (const s of statements) {
    const key = `${s.content.start}:${s.content.end}`
    const kept = byContent.get(key)
    if (!kept || s.confidence > kept.confidence) byContent.set(key, s)
  }
  return [...byContent.values()]
}

/** `On "Sunday Morning Futures," Rep. Issa said the inquiry …`: a quoted title, then a clause with verbs of its own. */
export function titleBeforeClause(text: string, tokens: readonly Token[], sentence: Sentence, quote: QuoteSpan): boolean {
  if (!isQuotedTitle(text.slice(quote.start, quote.end))) return false
  let verbs = 0
  for (let i = sentence.first; i < sentence.last; i++) {
    const t = tokens[i]!
    if (t.start >= quote.end && (t.pos === 'VERB' || t.pos === 'AUX')) verbs++
  }
  return verbs >= 2
}
