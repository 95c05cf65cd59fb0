import { BELIEF_VERBS, EVIDENCE_NOUNS, NAME_PREFIXES, QUANTIFIER_SOURCES, SPEECH_VERBS, isClauseComma, isFiniteVerb } from './cue-words'
import type { Token } from './nlp-tokens'

/**
 * Repairs to the tagger's reading of speakers and verbs of saying. wink-nlp's model reads news
 * headlines and short subject-verb pairs poorly: "Cook said" (Cook a verb), "Viguerie notes"
 * (notes a noun), "Toomey fumed" (an adjective). Each rule below names the shape it repairs.
 */

const FINITE_SPEECH = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'noted', 'notes', 'argued', 'argues', 'explained', 'explains', 'insisted', 'insists', 'warned', 'warns',
  'stated', 'states', 'declared', 'declares', 'replied', 'replies', 'responded', 'responds', 'continued', 'continues', 'asked', 'asks', 'claimed', 'claims', 'recalled', 'recalls', 'tweeted', 'tweets', 'posted', 'posts', 'concluded', 'concludes', 'called', 'calls'])
const NOT_NAMES = new Set(['PRON', 'DET', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'NUM', 'PUNCT', 'SYM', 'INTJ'])
const EVIDENCE_VERBS = new Set(['show', 'suggest', 'indicate', 'find'])
/** Third-person forms of verbs of saying and believing the tagger reads as plural nouns. */
const SAYING_FORMS = new Set(['reports', 'claims', 'notes', 'warns', 'argues', 'insists', 'says', 'writes', 'adds', 'states', 'contends', 'maintains', 'acknowledges', 'admits', 'charges', 'alleges', 'concedes', 'predicts', 'believes', 'thinks', 'fears', 'hopes'])
/** Base forms of the same, after a plural subject ("candidates promise"). */
const SAYING_BASE = new Set(['say', 'state', 'write', 'add', 'explain', 'declare', 'claim', 'warn', 'argue', 'insist', 'promise', 'predict', 'fear', 'hope', 'note', 'admit', 'contend', 'maintain', 'acknowledge', 'concede', 'allege', 'report', 'worry', 'complain', 'suspect', 'doubt', 'estimate', 'vow', 'pledge'])
const TOPIC_FORMS = /^(talks|speaks|writes|complains|jokes|boasts|brags)$/
const CLOSING_MARK = /^(?:[”"]|'')$/

/** True when a quote closed by `,”` lies a few words before token `i`, with no verb between (`,” a voice-over in the ad states`). */
function closedQuoteBefore(tokens: readonly Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from + 1, i - 8); k--) {
    const t = tokens[k]!
    if (CLOSING_MARK.test(t.text)) return k < i - 1 && /^[,?!]$/.test(tokens[k - 1]!.text)
    if (t.pos === 'VERB' || t.pos === 'AUX' || /^[.;:]$/.test(t.text)) return false
  }
  return false
}

/** The verb of saying a past or third-person form belongs to ("fumed" → "fume", "quipped" → "quip"), if any. */
function speechLemma(word: string): string | undefined {
  return baseForms(word).find((c) => SPEECH_VERBS.has(c))
}

/** The base forms a past or third-person form may come from ("quipped" → "quip", "fumes" → "fume"). */
const baseForms = (word: string): string[] =>
  [word.replace(/ied$/, 'y'), word.replace(/([a-z])\1ed$/, '$1'), word.replace(/ed$/, ''), word.replace(/d$/, ''), word.replace(/es$/, ''), word.replace(/s$/, '')].filter((c) => c !== word)

/** A form of a verb of saying, believing or taking a position ("says", "backed", "fears"). */
function isCueForm(word: string): boolean {
  return [word, ...baseForms(word)].some((c) => SPEECH_VERBS.has(c) || BELIEF_VERBS.has(c) || POSITION_BASE.has(c))
}

/** "Cook said", `"…," said Skelly`, `,” Blunt, after a long pause, said`: a capitalised word beside a verb of saying is a name. */
function isMisreadName(tokens: readonly Token[], i: number, from: number): boolean {
  const t = tokens[i]!
  if (t.pos === 'PROPN' || NOT_NAMES.has(t.pos) || !/^\p{Lu}\p{Ll}{2,}$/u.test(t.text)) return false
  const inverted = i - 2 >= from && FINITE_SPEECH.has(tokens[i - 1]!.lower) && /^(?:[,”"]|'')$/.test(tokens[i - 2]!.text)
  const namedAfterQuote = i - 1 >= from && CLOSING_MARK.test(tokens[i - 1]!.text) && /^[,”"]/.test(tokens[i - 2]?.text ?? '') && tokens[i + 1]!.text === ','
  // "Sen. Ted Cruz", "the Associated Press": a capitalised word before the rest of a name is part of it.
  // (Not a verb of saying or a position in a headline's capitals: "Trump Says Clinton …", "Clinton Backs Sanders".)
  const insideName = i - 1 >= from && (tokens[i - 1]!.pos === 'PROPN' || tokens[i - 1]!.lower === 'the') && tokens[i + 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[i + 1]!.text) && !isCueForm(t.lower) && !NAME_PREFIXES.has(t.lower)
  return FINITE_SPEECH.has(tokens[i + 1]!.lower) || inverted || namedAfterQuote || insideName
}

/** A noun-looking form that is the sentence's verb of saying, showing or talking, in one of the shapes named inside. */
function isMisreadVerb(tokens: readonly Token[], i: number, from: number): boolean {
  const t = tokens[i]!
  const previous = tokens[i - 1]
  if (t.pos !== 'NOUN' || !previous || i <= from) return false
  const next = tokens[i + 1]!
  const clauseAfter = next.lower === 'that' && !!tokens[i + 2] && !/^(VERB|AUX)$/.test(tokens[i + 2]!.pos)

  // "records show he backed", "polls show that …": after a plural or evidence subject.
  // (The word tests come first: the scans back run only for the few words that can be verbs of saying.)
  const evidenceSubject = () => (previous.pos === 'NOUN' || previous.pos === 'PROPN') && (/s$/.test(previous.lower) || tokens.slice(Math.max(from, i - 8), i).some((b) => EVIDENCE_NOUNS.has(b.lower)))
  if (EVIDENCE_VERBS.has(t.lower) && /^(PRON|DET|NOUN|PROPN|SCONJ|NUM|PUNCT)$/.test(next.pos) && next.text !== '(' && evidenceSubject()) return true
  // "Presidential candidates promise they will …", "Many say …": after a plural subject, before a clause.
  // ("say that won't be true"; but "states that ratified" is a relative clause.)
  const pronounClause = (/^(he|she|they|we|it|i)$/.test(next.lower) && /^(VERB|AUX)$/.test(tokens[i + 2]?.pos ?? '')) || (/^(that|this)$/.test(next.lower) && tokens[i + 2]?.pos === 'AUX')
  // ("Six in 10 say he's …", "42% say they're liberal": a share of those asked is plural too.)
  const pluralSubject = (previous.pos === 'NOUN' && /[^s]s$/.test(previous.lower)) || previous.pos === 'PROPN' || QUANTIFIER_SOURCES.has(previous.lower) || previous.pos === 'NUM' || previous.text === '%' || previous.lower === 'percent'
  // ("Six in 10 say the truce has held": a short subject and its verb.)
  const nounClause = () => {
    if (!/^(DET|NOUN|PROPN)$/.test(next.pos)) return false
    for (const w of tokens.slice(i + 2, i + 6)) {
      if (w.pos === 'AUX' || (w.pos === 'VERB' && !/ing$/.test(w.lower))) return true
      if (/^[,.;:]$/.test(w.text)) return false
    }
    return false
  }
  if (SAYING_BASE.has(t.lower) && pluralSubject && (clauseAfter || pronounClause || nounClause())) return true
  // ("Others call it the nerd prom", "64 percent call him competent": naming, before its object pronoun.)
  if (t.lower === 'call' && pluralSubject && /^(it|this|that|him|her|them)$/.test(next.lower)) return true
  // "the Washington Post reports that the …", "Trump claims he's worth …", "The government claims Gulen runs …":
  // after its subject, before a clause ("member states that ratified …" is a relative clause).
  if (SAYING_FORMS.has(t.lower) && (previous.pos === 'PROPN' || previous.pos === 'NOUN') && (clauseAfter || pronounClause || nounClause())) return true
  // `,” Viguerie notes.`, `,” the Saudis state in the paper`, `The ad claims “…”`: beside a quotation.
  const besideQuote = () => /^(?:[“"]|``|:)$/.test(next.text) || ((/^[.,;]$/.test(next.text) || next.pos === 'ADP') && closedQuoteBefore(tokens, i, from))
  if ((SAYING_FORMS.has(t.lower) || SAYING_BASE.has(t.lower)) && (previous.pos === 'PROPN' || previous.pos === 'NOUN') && besideQuote()) return true
  // "Mr. Sanders talks about a revolution": a topic verb after its subject, before its preposition.
  // ("the Astana talks about a new truce" are meetings: a determiner before the name makes it a noun.)
  const named = previous.pos === 'PRON' || (previous.pos === 'PROPN' && !/^(DET|ADP)$/.test(tokens[i - 2]?.pos ?? '') && !/^(the|a|an)$/i.test(tokens[i - 2]?.text ?? ''))
  return TOPIC_FORMS.test(t.lower) && named && /^(about|of)$/.test(next.lower)
}

const POSITION_BASE = new Set(['support', 'oppose', 'back', 'favor', 'favour', 'reject', 'endorse', 'welcome'])

/**
 * "Millennials support background checks", "Two-thirds support reducing sentences": after a plural
 * subject, before an object, with no verb of the clause's own after it (so "Trump support grows"
 * and "voter support levels fell" stay nouns).
 */
function isMisreadPosition(tokens: readonly Token[], i: number, from: number): boolean {
  const t = tokens[i]!
  const previous = tokens[i - 1]
  const next = tokens[i + 1]
  if (t.pos !== 'NOUN' || !POSITION_BASE.has(t.lower) || !previous || i <= from || !next) return false
  // ("respondents who support Sanders": after "who" a noun cannot stand.)
  if (previous.lower === 'who') return /^(DET|NOUN|PROPN|ADJ|NUM|PRON)$/.test(next.pos) || (next.pos === 'VERB' && /ing$/.test(next.lower))
  // (A subject that can hold a view: people named by what they are or do, a group's name, a share of
  // those polled. "Russian jets support ground troops" is no position.)
  const holder = (w: Token) => (/^(NOUN|PROPN)$/.test(w.pos) && /(ers|ors|ists|ans|ents|ives|ics|ites|ats|thirds|quarters|percent)$/.test(w.lower)) || (w.pos === 'PROPN' && /^\p{Lu}/u.test(w.text) && /s$/.test(w.lower)) || QUANTIFIER_SOURCES.has(w.lower) || w.text === '%' || /^(polled|surveyed|questioned|interviewed)$/.test(w.lower)
  const pluralSubject = holder(previous) || (/^(NOUN|PROPN)$/.test(previous.pos) && heldByModifiedHolder(tokens, i, from, holder))
  // ("support temporarily banning …": an adverb may open the action supported.)
  const action = (w: Token | undefined) => !!w && w.pos === 'VERB' && /ing$/.test(w.lower)
  if (!pluralSubject || !(/^(DET|NOUN|PROPN|ADJ|NUM)$/.test(next.pos) || action(next) || (next.pos === 'ADV' && action(tokens[i + 2])))) return false
  return noVerbOfItsOwn(tokens, i + 1)
}

/**
 * "Many Republicans clamoring for less federal involvement in education support the bill", "two-thirds of
 * voters in all five states voting Tuesday support …": the holder of views heads a subject its modifiers follow.
 */
function heldByModifiedHolder(tokens: readonly Token[], i: number, from: number, holder: (t: Token) => boolean): boolean {
  for (let k = i - 2; k >= Math.max(from, i - 12); k--) {
    const t = tokens[k]!
    if (holder(t)) return k === from || !/^(ADP|VERB)$/.test(tokens[k - 1]!.pos) || /^(of)$/.test(tokens[k - 1]!.lower)
    if (!(/^(ADP|DET|ADJ|ADV|NOUN|PROPN|NUM)$/.test(t.pos) || (t.pos === 'VERB' && /ing$/.test(t.lower)) || (t.pos === 'NOUN' && /ing$/.test(t.lower)))) return false
  }
  return false
}

/** True when the clause from token `from` on has no finite verb before it ends (infinitives and participles aside). */
function noVerbOfItsOwn(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 30; k++) {
    const w = tokens[k]!
    if (/^[.;:!?,]$/.test(w.text) || w.pos === 'SCONJ' || /^(who|which|that)$/.test(w.lower)) return true
    if (isFiniteVerb(tokens, k)) return false
  }
  return true
}

/** Third-person forms of verbs of intent the tagger reads as plural nouns before "to": "the candidate plans to be back". */
const INTENT_FORMS = new Map([['plans', 'plan'], ['hopes', 'hope'], ['wants', 'want'], ['vows', 'vow'], ['aims', 'aim'], ['seeks', 'seek'], ['intends', 'intend'], ['promises', 'promise'], ['pledges', 'pledge'], ['threatens', 'threaten'], ['expects', 'expect']])

/**
 * "The candidate plans to be back", "Clinton, who …, plans to focus on jobs": after its subject,
 * before "to" and a verb, with no verb of the clause's own later ("Republican plans to cut taxes
 * drew fire" keeps the noun).
 */
function misreadIntent(tokens: readonly Token[], i: number, from: number): string | undefined {
  const t = tokens[i]!
  const previous = tokens[i - 1]
  const lemma = INTENT_FORMS.get(t.lower)
  if (!lemma || t.pos !== 'NOUN' || !previous || i <= from || tokens[i + 1]?.lower !== 'to' || !/^(VERB|AUX)$/.test(tokens[i + 2]?.pos ?? '')) return undefined
  if (!(/^(NOUN|PROPN|PRON)$/.test(previous.pos) || previous.text === ',')) return undefined
  return noVerbOfItsOwn(tokens, i + 3) ? lemma : undefined
}

/** Participles of intent or saying the tagger reads as adjectives or nouns: "…, promising to campaign", "…, warning that …". */
const PARTICIPLES = new Map([['promising', 'promise'], ['threatening', 'threaten'], ['vowing', 'vow'], ['pledging', 'pledge'], ['hoping', 'hope'], ['planning', 'plan'], ['seeking', 'seek'], ['insisting', 'insist'], ['warning', 'warn'], ['arguing', 'argue'], ['claiming', 'claim']])

/** After a comma, before "to" and a verb or before "that": the participle is a verb (its lemma). */
function misreadParticiple(tokens: readonly Token[], i: number, from: number): string | undefined {
  const t = tokens[i]!
  const lemma = PARTICIPLES.get(t.lower)
  if (!lemma || t.pos === 'VERB' || i <= from || !isClauseComma(tokens, i - 1)) return undefined
  const next = tokens[i + 1]
  return (next?.lower === 'to' && /^(VERB|AUX)$/.test(tokens[i + 2]?.pos ?? '')) || next?.lower === 'that' ? lemma : undefined
}

/** `,” Toomey fumed on Tuesday.`: right after a quote and its speaker, a form of a verb of saying is that verb; its lemma. */
function misreadSpeechForm(tokens: readonly Token[], i: number, from: number): string | undefined {
  const t = tokens[i]!
  const previous = tokens[i - 1]
  const afterSpeaker = !!previous && i > from && (previous.pos === 'PROPN' || previous.pos === 'PRON') && i - 2 >= from && CLOSING_MARK.test(tokens[i - 2]!.text)
  return t.pos !== 'VERB' && afterSpeaker && /(ed|s)$/.test(t.lower) ? speechLemma(t.lower) : undefined
}

/** "Recent polling shows …": a gerund of evidence after its modifier, before a verb, is the subject noun. */
function isMisreadEvidence(tokens: readonly Token[], i: number, from: number): boolean {
  const t = tokens[i]!
  const previous = tokens[i - 1]
  return t.pos === 'VERB' && t.lower === 'polling' && i > from && !!previous && /^(ADJ|DET|NOUN|PROPN)$/.test(previous.pos) && /^(VERB|AUX)$/.test(tokens[i + 1]!.pos)
}

/** "The self-described democratic socialist said", "A conservative told": the adjective a determiner opens, right before a verb of saying, is the noun. */
function isMisreadHeadNoun(tokens: readonly Token[], i: number, from: number): boolean {
  // (Not before a form that is also a plural noun: "the other states voting".)
  const verb = tokens[i + 1]!.lower
  if (tokens[i]!.pos !== 'ADJ' || !FINITE_SPEECH.has(verb) || /^(states|notes|claims|posts|tweets|replies|continues|calls)$/.test(verb)) return false
  for (let k = i - 1; k >= Math.max(from, i - 5); k--) {
    const t = tokens[k]!
    if (t.pos === 'DET') return /^(the|a|an|this|that|one|another)$/.test(t.lower)
    if (!(t.pos === 'ADJ' || t.pos === 'ADV' || /^[-–]$/.test(t.text) || (t.pos === 'VERB' && /ed$/.test(t.lower)) || (t.pos === 'NOUN' && tokens[k + 1]!.text === '-'))) return false
  }
  return false
}

/** Repairs the tags of tokens [from, end) in place (see the rules above). */
export function repairSpeechTags(tokens: Token[], from: number): void {
  for (let i = from; i + 1 < tokens.length; i++) {
    const t = tokens[i]!
    if (isMisreadName(tokens, i, from)) t.pos = 'PROPN'
    if (isMisreadEvidence(tokens, i, from) || isMisreadHeadNoun(tokens, i, from)) t.pos = 'NOUN'
    const saying = misreadSpeechForm(tokens, i, from) ?? misreadIntent(tokens, i, from) ?? misreadParticiple(tokens, i, from)
    if (saying) {
      t.pos = 'VERB'
      t.lemma = saying
    } else if (isMisreadPosition(tokens, i, from)) {
      t.pos = 'VERB'
      t.lemma = t.lower
    } else if (isMisreadVerb(tokens, i, from)) {
      t.pos = 'VERB'
      t.lemma = SAYING_BASE.has(t.lower) ? t.lower : t.lower.replace(/s$/, '')
    }
  }
}
