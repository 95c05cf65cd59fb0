import { EVIDENCE_NOUNS, OBJECT_PRONOUNS, isFiniteVerb } from './cue-words'
import type { Token } from './nlp-tokens'
import { phraseStartingAt } from './source-phrase'

// Cues that count only in a certain shape of sentence, read from the tagged tokens around them.

/** An evidence noun ("poll", "records") heads the subject, within a few words before the verb: its index, or -1. */
export function evidenceBefore(tokens: readonly Token[], i: number, floor: number): number {
  for (let k = i - 1; k >= floor && i - k <= 12; k--) {
    const t = tokens[k]!
    // "A poll of South Carolina released on Tuesday showed": a participle inside the subject.
    if (t.pos === 'VERB' && /ed$/.test(t.lower) && tokens[k - 1]?.pos !== 'AUX' && k - 1 >= floor && /^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) continue
    if (t.pos === 'VERB' || t.text === ',' || t.lower === 'that') return -1
    if (t.pos === 'NOUN' && EVIDENCE_NOUNS.has(t.lower)) return k
  }
  return -1
}

/** "call" + someone + what they are called: a quote, "a/an …", or an adjective. */
export function callsSomethingSomething(tokens: readonly Token[], i: number, last: number): boolean {
  // "called him a liar", "calling them rapists": an object pronoun is a phrase of its own.
  const pronoun = OBJECT_PRONOUNS.test(tokens[i + 1]?.lower ?? '') || /^(it|this|that)$/.test(tokens[i + 1]?.lower ?? '')
  if (pronoun) return namedAfter(tokens, i + 2, true)
  // A name is a phrase of its own too ("calls Clinton unqualified", "called Cruz the ultimate …").
  let nameEnd = i + 1
  while (nameEnd < last && tokens[nameEnd]!.pos === 'PROPN') nameEnd++
  if (nameEnd > i + 1 && nameEnd < last && namedAfter(tokens, nameEnd, false)) return true
  const object = phraseStartingAt(tokens, i + 1, last)
  if (object && tokens.slice(object.first, object.last).some((t) => t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NOUN') && namedAfter(tokens, object.last, false)) return true
  // ("called the actions lawful": the phrase read after the verb swallows the adjective it is called.)
  if (object && object.last - object.first >= 3 && /^(NOUN|PROPN)$/.test(tokens[object.last - 2]!.pos) && namedAfter(tokens, object.last - 1, false) && endsPhrase(tokens[object.last])) return true
  return quotedNameAfterLongObject(tokens, i, last)
}

/**
 * "called Ford's plans to open a plant in Mexico "an absolute disgrace"": a long object, then the
 * quoted name, with no verb of the sentence's own between.
 */
function quotedNameAfterLongObject(tokens: readonly Token[], i: number, last: number): boolean {
  let nouns = 0
  for (let j = i + 1; j < last && j <= i + 25; j++) {
    const t = tokens[j]!
    // (Two apostrophes open a quotation in some papers' copy: ''racist''.)
    if (/^["“‘]$/.test(t.text) || t.text === "''" || (t.text === "'" && tokens[j + 1]?.text === "'")) return nouns > 0 && j > i + 2
    // ("called Ford's plans …": a word before a possessive is a name, whatever the tagger made of it.)
    const owner = /^['’]s$/.test(tokens[j + 1]?.text ?? '')
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || owner) nouns++
    if (owner) continue
    // (", dubbed “Geneva 4”", ", billed as …": a participle after a comma names the thing, not the speaker's word for it.)
    const namedBySomeoneElse = t.text === ',' && tokens[j + 1]?.pos === 'VERB' && /(ed|en)$/.test(tokens[j + 1]!.lower)
    if (isFiniteVerb(tokens, j) || namedBySomeoneElse || /^[;:.!?—–(-]$/.test(t.text) || t.lower === 'and' || t.lower === 'but') return false
  }
  return false
}

const endsPhrase = (t: Token | undefined) => !t || /^[,.;:!?)—–-]$/.test(t.text) || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'SCONJ'

/** What someone is called starts here: a quotation, "a/an …", an adjective (or, after a pronoun, a noun). */
function namedAfter(tokens: readonly Token[], at: number, afterPronoun: boolean): boolean {
  const next = tokens[at]
  // ("the" only before a quotation: "called Cruz the "ultimate hypocrite"", not "called Cruz the next day".)
  const quoteAt = (k: number) => /^["“‘']$/.test(tokens[k]?.text ?? '')
  // (An adjective of time says when: "called Netanyahu last week".)
  const adjective = next?.pos === 'ADJ' && !/^(last|next|this|early|earlier|late|later|same|following|previous|other|first)$/.test(next.lower)
  // ("called it the nerd prom": after a pronoun, "the" names too, unless it says when: "called him the next day".)
  const namedWithThe = afterPronoun && next?.lower === 'the' && !/^(next|following|same|last|day|week|night|morning|evening|other)$/.test(tokens[at + 1]?.lower ?? '')
  // ("called it their “crystal ball”", "called him her hero": after a pronoun, a possessive names too.)
  const namedWithTheirs = afterPronoun && /^(his|her|their|its|our|my|your)$/.test(next?.lower ?? '') && /^(NOUN|ADJ|PUNCT)$/.test(tokens[at + 1]?.pos ?? '')
  return !!next && (quoteAt(at) || /^(a|an)$/.test(next.lower) || (next.lower === 'the' && quoteAt(at + 1)) || namedWithThe || namedWithTheirs || adjective || (afterPronoun && next.pos === 'NOUN'))
}

/** Verbs that state an attitude named by a noun after them: "voiced support for", "expressed concern about". */
const ATTITUDE_VERBS = new Set(['voice', 'express', 'reiterate', 'signal', 'declare', 'pledge', 'repeat', 'register', 'air', 'renew', 'restate', 'profess', 'reaffirm', 'reassert', 'offer', 'throw'])
const ATTITUDE_NOUNS = /^(support|opposition|backing|endorsement|concerns?|fears?|doubts?|criticism|skepticism|scepticism|praise|admiration|frustration|disappointment|anger|outrage|dismay|regret|confidence|optimism|hopes?|reservations|objections?|openness|sympathy|solidarity|gratitude|approval|disapproval|alarm|worr(y|ies)|displeasure|enthusiasm|contempt|disdain|distrust|mistrust|unease|misgivings|commitment|preference|willingness|readiness)$/
const ATTITUDE_OBJECTS = /^(for|of|about|over|with|toward|towards|to|that)$/

/**
 * "voiced support for Trump", "expressed deep concern about the deal": an attitude verb, a few
 * modifiers, an attitude noun and its preposition. Returns the index after the preposition (the
 * object is what the attitude is about), or -1.
 */
export function attitudePhraseEnd(tokens: readonly Token[], i: number, last: number): number {
  if (!ATTITUDE_VERBS.has(tokens[i]!.lemma)) return -1
  let k = i + 1
  while (k < last && k - i <= 3 && /^(DET|ADJ|ADV|PRON)$/.test(tokens[k]!.pos) && !ATTITUDE_NOUNS.test(tokens[k]!.lower)) k++
  if (k >= last || !ATTITUDE_NOUNS.test(tokens[k]!.lower)) return -1
  const preposition = tokens[k + 1]
  return preposition && k + 2 < last && ATTITUDE_OBJECTS.test(preposition.lower) ? k + 2 : -1
}

/** Verbs that state a view as "X as Y": "sees Cruz as a uniter", "portrayed the talks as a trap". */
export const AS_VERBS = new Set(['see', 'view', 'regard', 'portray', 'paint', 'depict', 'characterize', 'characterise', 'cast', 'frame'])

/**
 * "sees Cruz as a uniter", "view the campaign of Donald Trump as most unfair": an object of a few
 * words with no verb of its own, then "as" and what it is taken for. Returns the index of "as", or -1.
 */
export function viewedAs(tokens: readonly Token[], i: number, last: number): number {
  if (!AS_VERBS.has(tokens[i]!.lemma)) return -1
  for (let j = i + 1; j < last && j <= i + 12; j++) {
    const t = tokens[j]!
    if (t.lower === 'as') {
      const complement = tokens[j + 1]
      // (Not "as planned", "as expected", nor "as early as dawn".)
      const asPlanned = complement?.pos === 'VERB' && /(ed|en)$/.test(complement.lower) && !/^(DET|NOUN|PROPN|ADJ)$/.test(tokens[j + 2]?.pos ?? '') && tokens[j + 2]?.lower !== 'by'
      const asComparison = tokens[j + 2]?.lower === 'as'
      return j > i + 1 && !!complement && j + 1 < last && /^(DET|ADJ|NOUN|PROPN|ADV|VERB|NUM)$/.test(complement.pos) && !/^(well|long|soon|much|far|if|though)$/.test(complement.lower) && !asPlanned && !asComparison && !clauseFollows(tokens, j + 1, last) ? j : -1
    }
    if (t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'SCONJ' || /^[,;:.!?"“”—–()]$/.test(t.text)) return -1
  }
  return -1
}

/** "… as more than a million migrants crossed the border": "as" opening a clause (a subject and its verb), not a view. */
function clauseFollows(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from; k < last && k < from + 10; k++) {
    const t = tokens[k]!
    if (/^(that|who|which|whose|to|when|where|because|if|while)$/.test(t.lower) || t.pos === 'SCONJ' || /^[,;:.!?]$/.test(t.text)) return false
    if (isFiniteVerb(tokens, k)) return true
    if (t.pos === 'VERB' && /ed$/.test(t.lower) && k > from && /^(NOUN|PROPN|PRON)$/.test(tokens[k - 1]!.pos)) return true
  }
  return false
}

