import type { Sentence, Token } from './nlp-tokens'
import type { QuoteSpan } from './quote-spans'
import { canSpeak, phraseEndingAt, phraseStartingAt, skipToSubjectEnd, type SourcePhrase } from './source-phrase'
import { clauseSubject } from './clause-subject'
import { subjectOfClause } from './statement-bounds'
import { spanOf, type TextSpan } from './types'

export interface QuoteFrame {
  cue: TextSpan
  source: TextSpan
  phrase: SourcePhrase
}

const isVerb = (t: Token | undefined): boolean => !!t && t.pos === 'VERB'
const NOT_SPEECH = new Set(['be', 'have', 'do', 'get', 'make', 'take', 'go', 'come', 'give', 'put', 'let', 'include', 'use', 'follow', 'reach', 'leave', 'win', 'lose', 'buy', 'sell', 'run', 'play', 'become'])

function firstTokenAtOrAfter(tokens: readonly Token[], offset: number, from: number, to: number): number {
  let i = from
  while (i < to && tokens[i]!.start < offset) i++
  return i
}

/**
 * A quote's own frame, whatever its verb: `"…," I confessed.`, `"…," read one.`,
 * `Schumer tweeted: "…"`, `The email goes on to say: "…"`. The quotation marks make the verb
 * list unnecessary; the frame still needs a verb and a speaking noun phrase next to the quote.
 */
export function quoteFrame(text: string, tokens: readonly Token[], sentences: readonly Sentence[], s: number, quote: QuoteSpan): QuoteFrame | null {
  const sentence = sentences[s]!
  // After the quote: `"…," NP verb` or `"…," verb NP`.
  const closedWithComma = /[,?!—–-]\s*["”’']*$/.test(text.slice(quote.start, quote.end)) || /^\s*,/.test(text.slice(quote.end, quote.end + 3))
  const at = sentences.findIndex((x) => x.start <= quote.end && quote.end <= x.end + 1)
  const containing = sentences[at] ?? sentence
  let k0 = firstTokenAtOrAfter(tokens, quote.end, containing.first, containing.last)
  while (k0 < containing.last && tokens[k0]!.text === ',') k0++
  if (closedWithComma && k0 < containing.last) {
    const framed = frameAfter(text, tokens, k0, containing.last)
    if (framed) return framed
  }
  // `"… our fix!" Clinton said.`: a ! or ? ends the sentence there, and the frame starts the next one, on the same line.
  const next = sentences[at + 1]
  if (closedWithComma && k0 >= containing.last && next && /^[ \t]*$/.test(text.slice(quote.end, next.start))) {
    const framed = frameAfter(text, tokens, next.first, next.last)
    if (framed) return framed
  }
  // Before the quote: `NP verb …: "…"` in this sentence, or a sentence that ends with a colon.
  const before = firstTokenAtOrAfter(tokens, quote.start, sentence.first, sentence.last)
  const lead = before > sentence.first ? { from: sentence.first, to: before } : s > 0 && /:\s*$/.test(text.slice(sentences[s - 1]!.start, quote.start)) ? { from: sentences[s - 1]!.first, to: sentences[s - 1]!.last } : null
  if (!lead || !/[:,]\s*$/.test(text.slice(tokens[lead.from]!.start, quote.start).trimEnd())) return null
  // `Mark Blumenthal and Jon Cohen: "…"` — a name and a colon, as round-ups and headlines print it.
  const colon = lead.to - 1
  if (tokens[colon]?.text === ':' && tokens[colon - 1]?.pos === 'PROPN') {
    const named = phraseEndingAt(tokens, colon - 1, lead.from)
    if (named && canSpeak(tokens, named)) return frame(text, tokens, colon, named)
  }
  for (let v = lead.to - 1; v >= lead.from && lead.to - v < 14; v--) {
    if (!isVerb(tokens[v]) || NOT_SPEECH.has(tokens[v]!.lemma)) continue
    const phrase = phraseEndingAt(tokens, skipToSubjectEnd(tokens, v, lead.from), lead.from)
    if (phrase && canSpeak(tokens, phrase)) return frame(text, tokens, v, phrase)
  }
  return null
}

/** `"…," verb NP` or `"…," NP verb`, read from token k0 to the end of the sentence. */
function frameAfter(text: string, tokens: readonly Token[], k0: number, last: number): QuoteFrame | null {
  const t = tokens[k0]!
  // (`"…," said Roe` inverts; `"…," referencing the exiles` does not: a participle names no speaker.)
  if (isVerb(t) && !NOT_SPEECH.has(t.lemma) && !/ing$/.test(t.lower)) {
    const phrase = phraseStartingAt(tokens, k0 + 1, last)
    // (`,'' said the candidate could be …`: a verb after the phrase makes it the subject of a clause of its own.)
    if (phrase && canSpeak(tokens, phrase) && !subjectOfClause(tokens, phrase.appositive ? phrase.appositive[1] : phrase.last, last)) return frame(text, tokens, k0, phrase)
  }
  const phrase = phraseStartingAt(tokens, k0, last)
  if (phrase && canSpeak(tokens, phrase)) {
    let v = phrase.appositive ? phrase.appositive[1] : phrase.last
    while (v < last && (tokens[v]!.text === ',' || tokens[v]!.pos === 'ADV' || tokens[v]!.pos === 'AUX')) v++
    if (isVerb(tokens[v]) && !NOT_SPEECH.has(tokens[v]!.lemma)) return frame(text, tokens, v, phrase)
  }
  return null
}

/**
 * A quote inside a clause with no speech frame of its own: `Moore thanked him for "…"`,
 * `…, calling the protester "…"`. News prose credits it to the clause's subject, with the
 * nearest verb before the quote as the cue. Titles in quotes are not statements.
 */
export function clauseFrame(text: string, tokens: readonly Token[], sentence: Sentence, quote: QuoteSpan): QuoteFrame | null {
  if (!isStatementLike(text.slice(quote.start, quote.end))) return null
  const at = firstTokenAtOrAfter(tokens, quote.start, sentence.first, sentence.last)
  for (let v = at - 1; v >= sentence.first && at - v < 16; v--) {
    const t = tokens[v]!
    if (t.text === '"' || t.text === '”' || /^[.;!?]$/.test(t.text)) return null
    if (!isVerb(t) || t.lemma === 'be' || t.lemma === 'have') continue
    const subjectEnd = skipToSubjectEnd(tokens, v, sentence.first)
    let phrase = phraseEndingAt(tokens, subjectEnd, sentence.first)
    if ((!phrase || !canSpeak(tokens, phrase)) && (tokens[subjectEnd]?.text === ',' || tokens[subjectEnd]?.lower === 'and')) phrase = clauseSubject(tokens, sentence, subjectEnd)
    if (phrase && canSpeak(tokens, phrase)) return frame(text, tokens, v, phrase)
  }
  return null
}

/** Four words or more and not a title: what a quote needs to stand as a statement without a speech frame. */
export function isStatementLike(quoted: string): boolean {
  return quoted.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 4 && !looksLikeTitle(quoted)
}

/** "The Art of the Deal", "Make America Great Again": capitalised words and no closing punctuation. */
export function looksLikeTitle(quoted: string): boolean {
  const words = quoted.replace(/^["“'‘]+|["”'’]+$/g, '').split(/\s+/).filter((w) => /^\p{L}/u.test(w) && !/^(a|an|the|of|and|or|in|on|at|to|for|with|by|from)$/.test(w))
  if (/[.!?,]["”'’]*$/.test(quoted) && words.length >= 4) return false
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.7
}

function frame(text: string, tokens: readonly Token[], verb: number, phrase: SourcePhrase): QuoteFrame {
  return {
    cue: spanOf(text, tokens[verb]!.start, tokens[verb]!.end),
    source: spanOf(text, tokens[phrase.first]!.start, tokens[phrase.last - 1]!.end),
    phrase,
  }
}
