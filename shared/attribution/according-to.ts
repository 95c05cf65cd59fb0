import type { Sentence, Token } from './nlp-tokens'
import { insideQuote, type QuoteSpan } from './quote-spans'
import { canSpeak, phraseStartingAt } from './source-phrase'
import { trimmed } from './statement-bounds'
import { spanOf, type StatementDraft } from './types'

/** Tokens the source phrase after "according to" may run over before its comma. */
const MAX_SOURCE_TOKENS = 16

/**
 * The tokens after "according to" read as the noun phrase they must be. The tagger takes "to"
 * for an infinitive and so reads "according to state law", "according to reports" and "according
 * to recent polling" as verbs; a title-case word after a name is part of it ("Human Rights Watch").
 */
function asNounPhrase(tokens: readonly Token[], start: number, ceiling: number): readonly Token[] {
  // (Copied only when a tag changes: most sources are read right.)
  let copy: Token[] | null = null
  const retag = (k: number, pos: string) => {
    copy ??= tokens.slice()
    copy[k] = { ...tokens[k]!, pos }
  }
  for (let k = start; k < Math.min(ceiling, start + MAX_SOURCE_TOKENS); k++) {
    const read = copy ?? tokens
    const t = read[k]!
    if (t.pos !== 'VERB') continue
    const prev = read[k - 1]!
    const next = read[k + 1]
    // "according to published reports": a participle before a noun describes it.
    if (k === start) retag(k, next && /^(NOUN|PROPN)$/.test(next.pos) && /ed$/.test(t.lower) ? 'ADJ' : 'NOUN')
    else if (prev.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) retag(k, 'PROPN')
    else if (/^(ADJ|DET)$/.test(prev.pos)) retag(k, 'NOUN')
  }
  return copy ?? tokens
}

/**
 * "according to X": the statement is the clause the phrase interrupts or ends ("Trump leads,
 * according to a new poll"), or the clause after it when it opens the sentence or a clause after
 * a colon ("According to the ministry, nine million …", "… unnoticed: according to polls, …").
 */
export function accordingTo(text: string, tokens: readonly Token[], quotes: readonly QuoteSpan[], sentence: Sentence, i: number): StatementDraft | null {
  const to = tokens[i + 1]
  if (!to || to.lower !== 'to') return null
  const read = asNounPhrase(tokens, i + 2, sentence.last)
  const phrase = phraseStartingAt(read, i + 2, sentence.last)
  if (!phrase || !canSpeak(read, phrase)) return null
  const cue = spanOf(text, tokens[i]!.start, to.end)
  const source = spanOf(text, tokens[phrase.first]!.start, tokens[phrase.last - 1]!.end)
  const sourceEnd = phrase.appositive ? phrase.appositive[1] : phrase.last
  // Where the clause holding the cue begins: the sentence, or a colon in it (not one inside a
  // quoted title; a semicolon separates a list's items, which the phrase may close together).
  let clauseStart = sentence.first
  for (let k = i - 1; k > sentence.first; k--) {
    if (tokens[k]!.text === ':' && !insideQuote(quotes, tokens[k]!.start)) { clauseStart = k + 1; break }
  }
  // (A conjunction or an opening bracket may come first: "But according to reports, …".)
  const opensClause = tokens.slice(clauseStart, i).every((t) => /^(and|but|so|yet|still|[(\["“‘'—–-])$/.test(t.lower))
  // "In addition, according to the department, nine million …": a short opener is not the content.
  const opener = !opensClause && i - clauseStart <= 4 && tokens[i - 1]?.text === ',' && tokens[sourceEnd]?.text === ','
  if (opensClause || opener) {
    // The source phrase may run on past what the phrase reader took ("a poll from X broadcast on MSNBC,"): the content starts after its comma.
    let comma = sourceEnd
    while (comma < sentence.last && comma - sourceEnd < MAX_SOURCE_TOKENS && tokens[comma]!.text !== ',') comma++
    const from = tokens[comma]?.text === ',' && comma + 1 < sentence.last ? tokens[comma + 1]!.start : tokens[sourceEnd - 1]!.end
    const content = trimmed(text, from, sentence.end)
    return content ? { kind: 'according-to', content, cue, source, phrase } : null
  }
  // "At the heart of it, according to Ross, was a decision …": the phrase interrupts one clause, which is the statement.
  let next = sourceEnd + 1
  while (tokens[next]?.pos === 'ADV' && next < sentence.last) next++
  const after = tokens[next]
  const interrupts = tokens[sourceEnd]?.text === ',' && tokens[i - 1]?.text === ',' && !!after && (after.pos === 'AUX' || (after.pos === 'VERB' && !/ing$/.test(after.lower)))
  if (interrupts) {
    const whole = trimmed(text, tokens[clauseStart]!.start, sentence.end)
    return whole ? { kind: 'according-to', content: whole, cue, source, phrase } : null
  }
  const content = trimmed(text, tokens[clauseStart]!.start, cue.start)
  return content ? { kind: 'according-to', content, cue, source, phrase } : null
}
