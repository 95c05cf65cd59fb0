import type { Sentence, Token } from './nlp-tokens'
import { BELIEF_VERBS, NAME_PREFIXES, OBJECT_VERBS, POSSESSIVE_PRONOUNS, SPEECH_VERBS, TIME_NOUNS, TOPIC_VERBS, isClauseComma, isFiniteVerb } from './cue-words'
import { insideQuote, type QuoteSpan } from './quote-spans'
import { canSpeak, phraseStartingAt } from './source-phrase'
import { spanOf, type TextSpan } from './types'

/** Where a statement's words start and end inside its sentence. */

/** Trims spaces and a closing full stop or comma, keeping quotation marks; null when fewer than `minimum` characters are left. */
export function trimmed(text: string, start: number, end: number, minimum = 8): TextSpan | null {
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++
  while (end > start && /[\s,;:.—–-]/.test(text[end - 1]!)) end--
  return end - start >= minimum ? spanOf(text, start, end) : null
}

/**
 * Where reported content ends inside its sentence: before a clause the writer adds of their own
 * (", while others …", ", echoing a memo …", "and said that …"), never inside a quote.
 */
export function statementEnd(tokens: readonly Token[], quotes: readonly QuoteSpan[], from: number, sentence: Sentence): number {
  const opener = tokens[sentence.first]!.lower
  const subordinate = from > sentence.first && (SUBORDINATORS.test(opener) || (opener === 'now' && tokens[sentence.first + 1]?.lower === 'that'))
  // "said if Clinton is elected, she'll bring …": a statement that opens with its own subordinate
  // clause goes on into that clause's main clause.
  // ("said that on a trip to Kosovo this week, he would …": so does one that opens with a phrase of place or time.)
  // ("said that even after he steps down, he will …": an adverb may come before the subordinator.)
  const afterThat = tokens[from + 1]?.pos === 'ADV' && /^(even|just|only|long|shortly|soon)$/.test(tokens[from + 1]!.lower) ? from + 2 : from + 1
  let ownMainClause = SUBORDINATORS.test(tokens[from]?.lower ?? '') || (tokens[from]?.lower === 'that' && (SUBORDINATORS.test(tokens[afterThat]?.lower ?? '') || tokens[from + 1]?.pos === 'ADP'))
  // A statement with no verb of its own so far is an object ("blasted Obama for …", "asked for proof"):
  // a comma and a clause after it are the writer's.
  // (After "said" what follows is a clause, whatever its first words: "says despite all that, Obama …".)
  // (A cue in an opening clause, "As Sanders criticizes Mr. Obama from the left, …", is read to the main clause below.)
  const inOpener = subordinate || (tokens[sentence.first]!.pos === 'VERB' && /ing$/.test(tokens[sentence.first]!.lower))
  let objectOnly = !inOpener && /^(DET|NOUN|PROPN|ADJ|NUM)$/.test(tokens[from]?.pos ?? '') && !/^(that|this|what|which)$/.test(tokens[from]!.lower) && !/^(say|,)$/.test(tokens[from - 1]?.lemma ?? '')
  for (let j = from + 1; j < sentence.last - 1; j++) {
    const t = tokens[j]!
    const next = tokens[j + 1]!
    if (insideQuote(quotes, t.start)) continue
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))) objectOnly = false
    if (objectOnly && j >= from + 2 && t.text === ',' && (startsClause(tokens, j + 1, sentence.last) || (next.lower === 'and' && startsClause(tokens, j + 2, sentence.last)) || (/^(this|that)$/.test(next.lower) && /^(VERB|AUX)$/.test(tokens[j + 2]?.pos ?? '')))) return t.start
    // (`…, “… far less,” one of them said`: a comma inside a closing quotation mark parts clauses too.)
    const comma = isClauseComma(tokens, j)
    const addedClause = comma && (/^(while|whereas|although|though|but|according)$/.test(next.lower) || creditsWords(next))
    const verbAfter = next.pos === 'AUX' ? tokens[j + 2] : next
    const secondCue = (t.lower === 'and' || t.lower === 'but' || comma) && verbAfter?.pos === 'VERB' && SPEECH_VERBS.has(verbAfter.lemma)
    // ", he appears uneasy …": a comma, a pronoun and its verb start the writer's next clause.
    const after = tokens[j + 2]
    const newClause = comma && next.pos === 'PRON' && /^(he|she|they|it|we|i)$/.test(next.lower) && !!after && (after.pos === 'VERB' || after.pos === 'AUX') && j + 2 < sentence.last
    // "After Trump said Mexico would pay, the minister replied …": a statement inside an opening
    // subordinate clause ends where the main clause starts (a comma, then a subject and its verb).
    const mainClause = subordinate && comma && startsClause(tokens, j + 1, sentence.last)
    // `…, Mr. Manafort said.`: the writer's attribution closes the statement.
    const inverted = comma && closingAttribution(tokens, j + 1, sentence.last)
    // `…, Lewandowski said he does not …`: a new speaker's own statement begins after the comma.
    // (`…, after half said so`, `…, while 30 percent said …`: a subordinator may come first.)
    const speakerAt = /^(after|while|as|when|whereas|though|although|compared)$/.test(next.lower) ? j + 2 : j + 1
    const nextSpeaker = (comma || t.lower === 'but' || t.lower === 'and') && j >= from + (speakerAt === j + 2 ? 2 : 4) && newAttribution(tokens, speakerAt, sentence.last)
    // A second cue ends the statement anywhere; the writer's own clauses only after a few words.
    if (ownMainClause && !secondCue && !inverted && !nextSpeaker && comma && (newClause || startsClause(tokens, j + 1, sentence.last))) {
      ownMainClause = false
      continue
    }
    if (secondCue || inverted || nextSpeaker || mainClause || (j >= from + 4 && (addedClause || newClause))) return t.text === ',' || !comma ? t.start : t.end
  }
  return sentence.end
}

/**
 * `…, citing a memo` / `…, echoing the governor`: a participle that credits words or a position is
 * the writer's report of what the speaker did next. Other participles go on with the statement
 * (`… has been tested, coming from 40 points behind`), as annotators read them.
 */
function creditsWords(t: Token): boolean {
  return t.pos === 'VERB' && /ing$/.test(t.lower) && (SPEECH_VERBS.has(t.lemma) || BELIEF_VERBS.has(t.lemma) || OBJECT_VERBS.has(t.lemma) || TOPIC_VERBS.has(t.lemma) || t.lemma === 'echo')
}

/** `, Mr. Manafort said.` / `, he said, adding …`: a speaker and a verb of saying that end the sentence's clause. */
function closingAttribution(tokens: readonly Token[], from: number, last: number): boolean {
  const phrase = phraseStartingAt(tokens, from, last)
  const verb = phrase ? tokens[phrase.last] : undefined
  return !!phrase && !!verb && verb.pos === 'VERB' && SPEECH_VERBS.has(verb.lemma) && (phrase.last + 1 >= last || /^[,.;]$/.test(tokens[phrase.last + 1]!.text))
}

const SUBORDINATORS = /^(after|when|while|although|though|because|since|before|once|if|as|whereas|until)$/

/** A subject (a pronoun, a name, or a noun phrase) and its finite verb start at token `k`: "the minister replied", "Noah had". */
function startsClause(tokens: readonly Token[], k: number, last: number): boolean {
  const t = tokens[k]
  if (!t || k >= last) return false
  if (t.pos === 'PRON' && /^(he|she|they|it|we|i|you)$/.test(t.lower)) return /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')
  const phrase = phraseStartingAt(tokens, k, last)
  if (!phrase || !tokens.slice(phrase.first, phrase.last).some((w) => w.pos === 'PROPN' || w.pos === 'NOUN')) return false
  let v = phrase.last
  while (v < last && tokens[v]!.pos === 'ADV') v++
  const verb = tokens[v]
  return !!verb && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/.test(verb.lower)))
}

/** `Lewandowski said he …`, `27 percent of those asked said they …`: a speaker, then a verb of saying with its own clause. */
export function newAttribution(tokens: readonly Token[], from: number, last: number): boolean {
  const phrase = phraseStartingAt(tokens, from, last)
  // (", whose leaders have called for …" is a relative clause of the statement, not a new speaker.)
  if (!phrase || /^(who|whose|whom|which|that|what)$/.test(tokens[phrase.first]!.lower) || !canSpeak(tokens, phrase)) return false
  let v = phrase.appositive ? phrase.appositive[1] + 1 : phrase.last
  while (v < last && /^(also|has|have|had|later|then|again|repeatedly|publicly|previously|recently)$/.test(tokens[v]!.lower)) v++
  const verb = tokens[v]
  return !!verb && verb.pos === 'VERB' && SPEECH_VERBS.has(verb.lemma) && v + 1 < last && !/^[,.;]$/.test(tokens[v + 1]!.text)
}

/** True when nothing after token `at` continues a clause: the sentence ends, or a comma or preposition follows. */
export function endsClause(tokens: readonly Token[], at: number, last: number): boolean {
  const t = tokens[at]
  // (`…, said a handful of Democrats who point to …`: a relative clause describes the speaker.)
  return !t || at >= last || /^[,.;:!?)"”'—–-]$/.test(t.text) || t.pos === 'ADP' || t.pos === 'PUNCT' || /^(who|whose)$/.test(t.lower)
}

/** A finite verb of a clause; a capitalised "verb" mid-sentence is a name the tagger misread (`said Tom Burke, who …`). */
const isClauseVerb = (tokens: readonly Token[], k: number): boolean => isFiniteVerb(tokens, k) && /^\p{Ll}/u.test(tokens[k]!.text)

/**
 * "…, said Clinton's response to Trump was undercut": a finite verb after the phrase at `at`
 * (before a comma or a relative word) makes the phrase the subject of what was said, no inverted speaker.
 */
export function subjectOfClause(tokens: readonly Token[], at: number, last: number): boolean {
  for (let k = at; k < last && k < at + 12; k++) {
    const t = tokens[k]!
    if (/^[,.;:!?)"”—–]$/.test(t.text) || t.pos === 'SCONJ' || /^(who|which|that|where|when|whose)$/.test(t.lower)) return false
    if (isClauseVerb(tokens, k)) return true
  }
  return false
}

const NOMINAL = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'])

const TIME_NOUN = new RegExp(`^(${TIME_NOUNS})$`)

/** Skips what follows a cue before its content: "said on Monday", "said in a statement", "told CNN in an interview that". */
export function skipCircumstance(tokens: readonly Token[], k: number, last: number): number {
  for (let hops = 0; hops < 4 && k < last; hops++) {
    const t = tokens[k]!
    if (t.text === ',') return k + 1
    // "this week", "last month", "earlier this year" — unless it is the subject: "said next year will be …".
    const noun = /^(last|this|next)$/.test(t.lower) && TIME_NOUN.test(tokens[k + 1]?.lower ?? '') ? tokens[k + 1] : undefined
    if (noun && /^(AUX|VERB)$/.test(tokens[k + 2]?.pos ?? '')) return k
    if (noun) { k += 2; continue }
    if (/^(earlier|later|yesterday|today|tonight|recently|again|also|publicly|privately|repeatedly)$/.test(t.lower)) { k++; continue }
    if (!/^(on|in|at|during|of|after|before|from|with|to|over|via)$/.test(t.lower)) return k
    let j = k + 1
    // Names in title case count whatever the tagger made of them ("The Associated Press").
    // (A determiner after a noun opens the next phrase: "said in Geneva the talks …".)
    while (j < last && j - k < 12 && (NOMINAL.has(tokens[j]!.pos) || POSSESSIVE_PRONOUNS.has(tokens[j]!.lower) || /^\p{Lu}\p{Ll}/u.test(tokens[j]!.text)) && !/^["“'”]/.test(tokens[j]!.text) && !(tokens[j]!.pos === 'DET' && /^(NOUN|PROPN)$/.test(tokens[j - 1]!.pos))) j++
    if (j === k + 1) return k
    k = j
  }
  return k
}

const TIME_WORDS = /^(last|this|next|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|later|because|while|after|before|since|although|though|despite)$/

/** Where the object of a position verb ends ("backed Cruz last week and …" → "Cruz"): the token index after it. */
export function objectEnd(tokens: readonly Token[], from: number, sentence: Sentence): number {
  // "endorsed Mr. Trump at a news conference": after a name, a phrase of place or time is the writer's.
  let name = from
  while (name < sentence.last && (tokens[name]!.pos === 'PROPN' || (name === from && NAME_PREFIXES.has(tokens[name]!.lower)))) name++
  if (name > from && tokens[name - 1]!.pos === 'PROPN' && /^(at|in|on|during|after|before|with|from|last|this|earlier)$/.test(tokens[name]?.lower ?? '')) return name
  let relative = false
  for (let j = from + 1; j < sentence.last; j++) {
    const t = tokens[j]!
    const next = tokens[j + 1]
    if (/^(who|that|which)$/.test(t.lower)) relative = true
    // "A group backing the council spoke …": the sentence's own verb ends the object (a relative clause inside it does not).
    // (An infinitive belongs to the object: "a bill to tighten background checks".)
    // (After "its" or "the" a "verb" is a noun the tagger misread: "in its push on Afrin".)
    const afterDeterminer = tokens[j - 1]!.pos === 'DET' || POSSESSIVE_PRONOUNS.has(tokens[j - 1]!.lower)
    // ("a measure to temporarily extend the cuts": an adverb may split the infinitive.)
    const infinitive = tokens[j - 1]!.lower === 'to' || (tokens[j - 1]!.pos === 'ADV' && tokens[j - 2]?.lower === 'to')
    // ("companies like Ford Motor Co.": a capitalised "verb" before a name is part of the name.)
    const misreadName = /^\p{Lu}/u.test(t.text) && next?.pos === 'PROPN'
    const mainVerb = !relative && !afterDeterminer && !misreadName && (t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed|en)$/.test(t.lower) && !infinitive))
    // "on Monday", "at length": a time or manner phrase after the object is the writer's.
    if (TIME_WORDS.test(t.lower) || (t.lower === 'length' && tokens[j - 1]!.lower === 'at')) return tokens[j - 1]!.pos === 'ADP' && j - 1 > from ? j - 1 : j
    // ("by tightening enforcement" says how; "by a wide margin" is the writer's.)
    const byMeans = t.lower === 'by' && next?.pos === 'VERB' && /ing$/.test(next.lower)
    // ("backed eliminating caucuses, limiting delegates and binding them": a list goes on to its last item;
    // so do its examples: "favor spending projects, like building infrastructure", ", including …".)
    if (t.text === ',' && (listGoesOn(tokens, j, sentence.last) || /^(including|like|such|especially|notably)$/.test(next?.lower ?? ''))) continue
    // ("cited a 2013 memo by the FDIC's inspector general", "rejected a push by Barbara Hendricks": who made the thing named.)
    const madeBy = t.lower === 'by' && (tokens[j - 1]!.pos === 'NOUN' || (tokens[j - 1]!.pos === 'VERB' && /ed$/.test(tokens[j - 1]!.lower))) && [tokens[j + 1], tokens[j + 2], tokens[j + 3]].some((w) => w?.pos === 'PROPN' || /^['’]s$/.test(w?.text ?? ''))
    if (madeBy) continue
    if (mainVerb || /^[,;:—–().!?]$/.test(t.text) || t.pos === 'SCONJ' || (t.lower === 'by' && !byMeans)) return j
    // ("referring to Jim Brady and his wife": a possessive after "and" goes on with the object.)
    // (Unless that phrase has a verb of its own: "Zika and his campaign did not respond".)
    const ownedPhrase = next?.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(next.lower) && ![j + 2, j + 3, j + 4, j + 5].some((k) => k < sentence.last && isClauseVerb(tokens, k))
    if (t.pos === 'CCONJ' && next && (next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'PRON' && !ownedPhrase))) return j
  }
  return sentence.last
}

/** True when the comma at `comma` parts items of a list: "and" or "or" comes within a few words, with no verb of a clause between. */
function listGoesOn(tokens: readonly Token[], comma: number, last: number): boolean {
  for (let k = comma + 1; k < last && k <= comma + 8; k++) {
    const t = tokens[k]!
    if (/^(and|or)$/.test(t.lower)) return k > comma + 1 && tokens[k + 1]?.pos === tokens[comma + 1]!.pos
    if (/^[,;:—–().!?"“”]$/.test(t.text) || t.pos === 'AUX' || t.pos === 'SCONJ' || (t.pos === 'VERB' && !/ing$/.test(t.lower)) || t.pos === 'PRON') return false
  }
  return false
}

/** "Asked if he was ever bullied, the candidate said no.": an answer right after the cue is what was said. */
export function yesOrNo(text: string, from: number, end: number): TextSpan | null {
  const answer = /^(\s+)(yes|no)\b(?=\s*(?:[,.;!?]|(?:while|but|and|whereas)\b|$))/i.exec(text.slice(from, end))
  return answer ? spanOf(text, from + answer[1]!.length, from + answer[1]!.length + answer[2]!.length) : null
}

/** `told POLITICO that …`, `said that …`: "that" right after the cue or a short addressee. */
export function thatAfterAddressee(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from; k < last && k < from + 5; k++) {
    if (tokens[k]!.lower === 'that') return true
    if (!/^(PROPN|NOUN|PRON|DET)$/.test(tokens[k]!.pos)) return false
  }
  return false
}

/** `… said the two cases differ`: a subject and its finite verb right after token `from`, with nothing between. */
export function clauseRightAfter(tokens: readonly Token[], from: number, last: number): boolean {
  let verb = from
  while (verb < last && verb - from < 8 && /^(DET|PROPN|NOUN|ADJ|NUM|PRON)$/.test(tokens[verb]!.pos) && tokens[verb]!.lower !== 'that') verb++
  return verb > from && verb < last && isFiniteVerb(tokens, verb)
}
