import type { Sentence, Token } from './nlp-tokens'
import type { QuoteSpan } from './quote-spans'
import { canSpeak, phraseEndingAt, phraseStartingAt, skipToSubjectEnd, type SourcePhrase } from './source-phrase'
import type { TextSpan } from './types'

export interface QuoteFrame {
  cue: TextSpan
  source: TextSpan
  phrase: SourcePhrase
}

const span = (text: string, start: number, end: number): TextSpan => ({ start, end, text: text.slice(start, end) })
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
  const closedWithComma = /[,?!—–-]\s*["”’]?$/.test(text.slice(quote.start, quote.end)) || /^\s*,/.test(text.slice(quote.end, quote.end + 3))
  const containing = sentences.find((x) => x.start <= quote.end && quote.end <= x.end + 1) ?? sentence
  const k = firstTokenAtOrAfter(tokens, quote.end, containing.first, containing.last)
  let k0 = k
  while (k0 < containing.last && tokens[k0]!.text === ',') k0++
  if (closedWithComma && k0 < containing.last) {
    const t = tokens[k0]!
    if (isVerb(t) && !NOT_SPEECH.has(t.lemma)) {
      const phrase = phraseStartingAt(tokens, k0 + 1, containing.last)
      if (phrase && canSpeak(tokens, phrase)) return frame(text, tokens, k0, phrase)
    }
    const phrase = phraseStartingAt(tokens, k0, containing.last)
    if (phrase && canSpeak(tokens, phrase)) {
      let v = phrase.appositive ? phrase.appositive[1] : phrase.last
      while (v < containing.last && (tokens[v]!.text === ',' || tokens[v]!.pos === 'ADV' || tokens[v]!.pos === 'AUX')) v++
      if (isVerb(tokens[v]) && !NOT_SPEECH.has(tokens[v]!.lemma)) return frame(text, tokens, v, phrase)
    }
  }
  // Before the quote: `NP verb …: "…"` in this sentence, or a sentence that ends with a colon.
  const before = firstTokenAtOrAfter(tokens, quote.start, sentence.first, sentence.last)
  const lead = before > sentence.first ? { from: sentence.first, to: before } : s > 0 && /:\s*$/.test(text.slice(sentences[s - 1]!.start, quote.start)) ? { from: sentences[s - 1]!.first, to: sentences[s - 1]!.last } : null
  if (!lead || !/[:,]\s*$/.test(text.slice(tokens[lead.from]!.start, quote.start).trimEnd())) return null
  for (let v = lead.to - 1; v >= lead.from && lead.to - v < 14; v--) {
    if (!isVerb(tokens[v]) || NOT_SPEECH.has(tokens[v]!.lemma)) continue
    const phrase = phraseEndingAt(tokens, skipToSubjectEnd(tokens, v, lead.from), lead.from)
    if (phrase && canSpeak(tokens, phrase)) return frame(text, tokens, v, phrase)
  }
  return null
}

function frame(text: string, tokens: readonly Token[], verb: number, phrase: SourcePhrase): QuoteFrame {
  return {
    cue: span(text, tokens[verb]!.start, tokens[verb]!.end),
    source: span(text, tokens[phrase.first]!.start, tokens[phrase.last - 1]!.end),
    phrase,
  }
}
