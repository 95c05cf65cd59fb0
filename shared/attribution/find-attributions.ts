import type { PlacedBlock } from '../domain/content'
import { ADDRESSEE_VERBS, BELIEF_VERBS, SPEECH_VERBS } from './cue-words'
import { tokenise, type Sentence, type Token } from './nlp-tokens'
import { findQuoteSpans, type QuoteSpan } from './quote-spans'
import { canSpeak, phraseEndingAt, phraseStartingAt, skipToSubjectEnd, type SourcePhrase } from './source-phrase'
import { SpeakerResolver } from './speakers'
import type { AttributedStatement, AttributionKind, TextSpan } from './types'
import { findInterviewLines, speechBlockStatements } from './speech-lines'
import { quoteFrame } from './quote-frames'

/** Verbs that attribute only with a clause after them ("knows that …"), never alone ("knows Smith"). */
const NEEDS_CLAUSE = new Set(['know', 'see', 'learn', 'understand', 'realize', 'realise', 'recognize', 'recognise', 'decide', 'view', 'regard', 'consider', 'feel', 'find', 'hold', 'rule', 'agree', 'conclude', 'continue', 'point', 'call', 'post', 'add', 'note', 'state', 'report', 'question', 'relate', 'brand', 'label', 'dub', 'mention', 'wonder', 'imagine', 'trust', 'seek', 'aim', 'ask', 'object'])
const CLAUSE_STARTERS = new Set(['that', 'if', 'whether', 'why', 'how', 'what', 'when', 'to', 'for', 'out', 'on', ':', 'as'])

const span = (text: string, start: number, end: number): TextSpan => ({ start, end, text: text.slice(start, end) })

/** Trims spaces and a closing full stop or comma, keeping quotation marks. */
function trimmed(text: string, start: number, end: number): TextSpan | null {
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++
  while (end > start && /[\s,;:.—–-]/.test(text[end - 1]!)) end--
  return end - start >= 8 ? span(text, start, end) : null
}

interface Context {
  text: string
  tokens: Token[]
  quotes: QuoteSpan[]
  resolver: SpeakerResolver
}

const quoteAt = (quotes: readonly QuoteSpan[], offset: number): QuoteSpan | undefined => quotes.find((q) => q.start <= offset && offset < q.end)
const insideQuote = (quotes: readonly QuoteSpan[], offset: number): boolean => quotes.some((q) => q.start < offset && offset < q.end - 1)

function isCue(tokens: readonly Token[], i: number, sentence: Sentence): AttributionKind | null {
  const t = tokens[i]!
  if (t.pos !== 'VERB') return null
  const speech = SPEECH_VERBS.has(t.lemma)
  const belief = BELIEF_VERBS.has(t.lemma)
  if (!speech && !belief) return null
  const next = tokens[i + 1]
  const previous = tokens[i - 1]
  // "is said to be", "was called", "so-called": passives and names, not statements.
  if (previous && /^(be|get)$/.test(previous.lemma) && /(ed|en|told|said|thought|known|seen)$/.test(t.lower) && !/^(ask|quote)$/.test(t.lemma)) return null
  if (next && next.lower === 'to' && t.lemma === 'say') return null
  if (/^so-?$/.test(previous?.lower ?? '')) return null
  if (NEEDS_CLAUSE.has(t.lemma)) {
    const after = next && i + 1 < sentence.last ? next.lower : ''
    const quoteNext = next && /^["“:,]$/.test(next.text)
    if (!CLAUSE_STARTERS.has(after) && !quoteNext && !(t.lemma === 'add' || t.lemma === 'note' || t.lemma === 'ask' || t.lemma === 'continue') ) return null
    if ((t.lemma === 'call' && !/^(for|on)$/.test(after)) || (t.lemma === 'point' && !/^(out|to)$/.test(after))) return null
  }
  return speech ? 'indirect' : 'belief'
}

/** The quote touching the cue: ending just before it (`"…," she said`) or starting just after (`said: "…"`). */
function adjacentQuote(context: Context, from: number, to: number, direction: 'before' | 'after'): QuoteSpan | undefined {
  const { text, quotes } = context
  if (direction === 'before') return quotes.find((q) => q.end <= from && /^[ \t,—–-]*$/.test(text.slice(q.end, from)))
  return quotes.find((q) => q.start >= to && /^[\s,:—–-]*$/.test(text.slice(to, q.start)))
}

function statementForCue(context: Context, sentence: Sentence, i: number, kind: AttributionKind): Omit<AttributedStatement, 'speaker' | 'role' | 'confidence'> & { phrase: SourcePhrase } | null {
  const { text, tokens } = context
  const cueToken = tokens[i]!
  let cueEnd = i + 1
  if (/^(out|for|on|to)$/.test(tokens[cueEnd]?.lower ?? '') && /^(point|call|add|object)$/.test(cueToken.lemma)) cueEnd++
  const cue = span(text, cueToken.start, tokens[cueEnd - 1]!.end)

  const subjectEnd = skipToSubjectEnd(tokens, i, sentence.first)
  let phrase = phraseEndingAt(tokens, subjectEnd, sentence.first)
  if (phrase && tokens[phrase.first]?.lower === 'who' ) phrase = null
  if (phrase && phrase.first - 1 >= sentence.first && /^(who|which)$/.test(tokens[phrase.last]?.lower ?? '')) phrase = null
  // "… thanked Miami and said …", "…, saying …": the clause's subject said it.
  const joined = tokens[subjectEnd]
  if (!phrase && joined && (joined.lower === 'and' || (joined.text === ',' && /ing$/.test(cueToken.lower)))) phrase = clauseSubject(tokens, sentence, subjectEnd)

  // Inverted order after a quote or clause: `"…," said Mr. Smith.` / `…, said the ministry.`
  const before = tokens[subjectEnd]
  if ((!phrase || !canSpeak(tokens, phrase)) && before && /^[,"”:—]$/.test(before.text)) {
    const after = phraseStartingAt(tokens, cueEnd, sentence.last)
    if (after && canSpeak(tokens, after)) {
      const quote = adjacentQuote(context, cueToken.start, cueToken.end, 'before')
      const content = quote ? span(text, quote.start, quote.end) : trimmed(text, sentence.start, before.start)
      if (!content) return null
      return { kind: quote ? 'direct' : kind, content, cue, source: span(text, tokens[after.first]!.start, tokens[after.last - 1]!.end), phrase: after }
    }
    return null
  }
  if (!phrase || !canSpeak(tokens, phrase)) return null
  const source = span(text, tokens[phrase.first]!.start, tokens[phrase.last - 1]!.end)

  // `"…," he said` — the quote ends right before the source (unless a colon sends us forward).
  const quoteBefore = tokens[cueEnd]?.text === ':' ? undefined : adjacentQuote(context, source.start, source.end, 'before')
  if (quoteBefore) {
    const quoteAfter = adjacentQuote(context, cue.start, cue.end, 'after')
    const end = quoteAfter && /^[\s,]*$/.test(text.slice(cue.end, quoteAfter.start)) && text.slice(cue.end, quoteAfter.start).includes(',') ? quoteAfter.end : quoteBefore.end
    return { kind: 'direct', content: span(text, quoteBefore.start, end), cue, source, phrase }
  }
  // Content after the cue: skip the addressee ("told reporters"), then a quote or the clause.
  let k = cueEnd
  if (ADDRESSEE_VERBS.has(cueToken.lemma) || ADDRESSEE_VERBS.has(cueToken.lower)) {
    const addressee = phraseStartingAt(tokens, k, sentence.last)
    if (addressee && !/^(that|if|whether)$/.test(tokens[k]!.lower)) k = addressee.last
  }
  while (k < sentence.last && /^(on|in|at|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|week|night|morning|,)$/i.test(tokens[k]!.lower) && !/^(that)$/.test(tokens[k]!.lower)) {
    if (tokens[k]!.text === ',' ) { k++; break }
    k++
  }
  const contentStart = tokens[k]?.start ?? sentence.end
  const quoteAfter = adjacentQuote(context, cue.end, Math.min(contentStart, cue.end), 'after') ?? (tokens[k] && quoteAt(context.quotes, tokens[k]!.start)?.start === tokens[k]!.start ? quoteAt(context.quotes, tokens[k]!.start) : undefined)
  if (quoteAfter && quoteAfter.start >= cue.end && quoteAfter.start - cue.end < 40) {
    return { kind: 'direct', content: span(text, quoteAfter.start, quoteAfter.end), cue, source, phrase }
  }
  // `The talks failed, he said.` — the clause before the source, when nothing follows the cue.
  const rest = text.slice(cue.end, sentence.end)
  const ahead = tokens.slice(cueEnd, sentence.last)
  const sourceFollowsComma = tokens[phrase.first - 1]?.text === ','
  if (sourceFollowsComma && !ahead.some((t) => t.pos === 'VERB' || t.pos === 'SCONJ') && rest.length < 60) {
    const content = trimmed(text, sentence.start, tokens[phrase.first - 1]!.start)
    if (!content) return null
    const quote = quoteAt(context.quotes, content.start)
    return { kind: quote && quote.end >= content.end ? 'direct' : kind, content, cue, source, phrase }
  }
  let content = trimmed(text, contentStart, sentence.end)
  const colonThenQuote = /:\s*$/.test(text.slice(contentStart, sentence.end)) ? context.quotes.find((q) => q.start >= sentence.end && /^\s*$/.test(text.slice(sentence.end, q.start))) : undefined
  if (colonThenQuote && content) content = span(text, content.start, colonThenQuote.end)
  const runsOn = content ? context.quotes.find((q) => q.start >= content!.start && q.start < content!.end && q.end > content!.end) : undefined
  if (runsOn && content) content = span(text, content.start, runsOn.end)
  if (!content || ahead.length < 3) return null
  if (ahead.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX') && kind === 'belief') return null
  const wholeQuote = quoteAt(context.quotes, content.start)
  return { kind: wholeQuote && wholeQuote.start === content.start ? 'direct' : kind, content, cue, source, phrase }
}

/** The subject of the sentence's main clause: its first noun phrase that a verb follows. */
function clauseSubject(tokens: readonly Token[], sentence: Sentence, before: number): SourcePhrase | null {
  for (let i = sentence.first; i < before; i++) {
    const t = tokens[i]!
    if (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'PRON') continue
    let end = i
    while (end + 1 < before && (tokens[end + 1]!.pos === 'PROPN' || tokens[end + 1]!.pos === 'NOUN' || tokens[end + 1]!.pos === 'PART')) end++
    const phrase = phraseEndingAt(tokens, end, sentence.first)
    const next = tokens[end + 1]
    if (phrase && next && (next.pos === 'VERB' || next.pos === 'AUX' || next.text === ',') && canSpeak(tokens, phrase)) return phrase
    return null
  }
  return null
}

function accordingTo(context: Context, sentence: Sentence, i: number): (Omit<AttributedStatement, 'speaker' | 'role' | 'confidence'> & { phrase: SourcePhrase }) | null {
  const { text, tokens } = context
  const to = tokens[i + 1]
  if (!to || to.lower !== 'to') return null
  const phrase = phraseStartingAt(tokens, i + 2, sentence.last)
  if (!phrase || !canSpeak(tokens, phrase)) return null
  const cue = span(text, tokens[i]!.start, to.end)
  const source = span(text, tokens[phrase.first]!.start, tokens[phrase.last - 1]!.end)
  const sourceEnd = phrase.appositive ? tokens[phrase.appositive[1] - 1]!.end : source.end
  const content = i - sentence.first <= 1 ? trimmed(text, sourceEnd, sentence.end) : trimmed(text, sentence.start, cue.start)
  return content ? { kind: 'according-to', content, cue, source, phrase } : null
}

const BASE_CONFIDENCE: Record<AttributionKind, number> = { direct: 0.95, 'speech-block': 0.95, 'according-to': 0.85, indirect: 0.8, belief: 0.6 }

/**
 * Finds the attributed statements in a document's reading text: direct quotes with their cue,
 * indirect speech, "according to X", beliefs and intentions, transcript speech blocks and
 * interview lines. Pure: text (and the document's placed blocks) in, statements out.
 */
export function findAttributions(text: string, blocks: readonly PlacedBlock[] = []): AttributedStatement[] {
  if (text.trim().length === 0) return []
  const { tokens, sentences } = tokenise(text)
  const context: Context = { text, tokens, quotes: findQuoteSpans(text), resolver: new SpeakerResolver(text, tokens) }
  const found: AttributedStatement[] = [...speechBlockStatements(text, blocks)]
  const blockedRanges = found.map((s) => [s.content.start, s.content.end] as const)
  found.push(...findInterviewLines(text, blockedRanges))
  const covered = (offset: number) => found.some((s) => s.kind === 'speech-block' && s.content.start <= offset && offset < s.content.end)
  let namesUpTo = 0
  const add = (draft: Omit<AttributedStatement, 'speaker' | 'role' | 'confidence'> & { phrase: SourcePhrase }, at: number) => {
    namesUpTo = context.resolver.noteNamesBefore(draft.source?.start ?? at, namesUpTo)
    const resolved = context.resolver.resolve(draft.phrase)
    const { phrase: _phrase, ...statement } = draft
    found.push({ ...statement, speaker: resolved.speaker, role: resolved.role, confidence: Math.round(BASE_CONFIDENCE[statement.kind] * resolved.certainty * 100) / 100 })
  }
  for (const [s, sentence] of sentences.entries()) {
    if (covered(sentence.start)) continue
    // Quotes that open in this sentence and no cue verb claimed: read their frame.
    for (const quote of context.quotes) {
      if (quote.start < sentence.start || quote.start >= sentence.end || found.some((f) => f.content.start <= quote.start && quote.start < f.content.end)) continue
      if (sentenceHasCueFor(context, sentence, quote)) continue
      const framed = quoteFrame(text, tokens, sentences, s, quote)
      if (framed) add({ kind: 'direct', content: span(text, quote.start, quote.end), ...framed }, quote.start)
    }
    for (let i = sentence.first; i < sentence.last; i++) {
      const token = tokens[i]!
      if (insideQuote(context.quotes, token.start)) continue
      let draft = null
      if (token.lower === 'according') draft = accordingTo(context, sentence, i)
      else {
        const kind = isCue(tokens, i, sentence)
        if (kind) draft = statementForCue(context, sentence, i, kind)
      }
      if (draft && !found.some((f) => f.content.start === draft.content.start && f.content.end === draft.content.end)) add(draft, token.start)
    }
  }
  return extendQuoteRuns(text, context.quotes, dropDuplicates(found).sort((a, b) => a.content.start - b.content.start))
}

/**
 * `"A," she said. "B."` is one statement: a quote that follows its speaker's cue in the same
 * paragraph, with no cue of its own, continues the quote before it.
 */
function extendQuoteRuns(text: string, quotes: readonly QuoteSpan[], statements: AttributedStatement[]): AttributedStatement[] {
  const claimed = new Set(statements.map((s) => s.content.start))
  return statements.map((statement, index) => {
    if (statement.kind !== 'direct') return statement
    let end = statement.content.end
    const nextStart = statements[index + 1]?.content.start ?? Infinity
    for (const quote of quotes) {
      if (quote.start < end || quote.start >= nextStart || claimed.has(quote.start)) continue
      const gap = text.slice(end, quote.start)
      const paragraphBreak = /\n\s*\n/.test(gap)
      if (gap.length > 200 || /["“”]/.test(gap) || !/[.,:;]\s*$/.test(gap)) break
      if (paragraphBreak && !/^[^\n]*\n\s*\n\s*$/.test(gap)) break
      if (!(gap.includes(statement.cue.text) || /^[\s,.;:]*$/.test(gap))) break
      end = quote.end
    }
    return end === statement.content.end ? statement : { ...statement, content: span(text, statement.content.start, end) }
  })
}

/** True when a listed cue verb in the sentence will claim this quote (the cue pass runs next). */
function sentenceHasCueFor(context: Context, sentence: Sentence, quote: QuoteSpan): boolean {
  for (let i = sentence.first; i < sentence.last; i++) {
    const t = context.tokens[i]!
    if (insideQuote(context.quotes, t.start) || !isCue(context.tokens, i, sentence)) continue
    const draft = statementForCue(context, sentence, i, 'indirect')
    if (draft && draft.content.start <= quote.start && quote.start < draft.content.end) return true
  }
  return false
}

/** Two cues for one content ("said … adding") keep the surer statement. */
function dropDuplicates(statements: AttributedStatement[]): AttributedStatement[] {
  const byContent = new Map<string, AttributedStatement>()
  for (const s of statements) {
    const key = `${s.content.start}:${s.content.end}`
    const kept = byContent.get(key)
    if (!kept || s.confidence > kept.confidence) byContent.set(key, s)
  }
  return [...byContent.values()]
}
