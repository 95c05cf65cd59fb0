import type { Sentence, Token } from './nlp-tokens'
import { BELIEF_VERBS, DECLINED_SPEECH, OBJECT_VERBS, QUESTION_WORDS, SPEECH_VERBS, TOPIC_OBJECT_VERBS, WANT_VERBS, isTopicPreposition } from './cue-words'
import { attitudePhraseEnd, callsSomethingSomething, evidenceBefore, viewedAs } from './cue-shapes'
import { skipCircumstance } from './statement-bounds'
import { isTimeWord, phraseStartingAt } from './source-phrase'
import type { AttributionKind } from './types'

/** Whether a verb in its sentence attributes words or a belief, read from its lemma and the tokens around it. */

/** Verbs that attribute only with a clause after them ("knows that …"), never alone ("knows Smith"). */
const NEEDS_CLAUSE = new Set(['maintain', 'know', 'see', 'learn', 'understand', 'realize', 'realise', 'recognize', 'recognise', 'decide', 'view', 'regard', 'consider', 'feel', 'find', 'hold', 'rule', 'agree', 'conclude', 'continue', 'point', 'call', 'post', 'add', 'note', 'state', 'report', 'relate', 'brand', 'label', 'dub', 'mention', 'wonder', 'imagine', 'trust', 'seek', 'aim', 'ask', 'object', 'show'])
/** Verbs of NEEDS_CLAUSE whose noun after them is never a clause's subject ("called the meeting", "asked Trump"). */
const NO_BARE_CLAUSE = new Set(['call', 'point', 'ask', 'hold', 'rule', 'continue', 'relate', 'object', 'aim', 'seek', 'add', 'see', 'post', 'brand', 'label', 'dub', 'mention', 'trust', 'imagine'])

/** "reported at least six planes filled …": past a quantity's opening words ("at least", "more than"). */
const afterQuantity = (tokens: readonly Token[], k: number): number => (/^(at (least|most)|more than|less than|fewer than)$/.test(`${tokens[k]?.lower} ${tokens[k + 1]?.lower}`) ? k + 2 : k)

/**
 * "reported earnings of $8.42 a share", "Twitter reported flat user growth": a report names what it
 * reports (not "reported the Secret Service had …", a bare clause, nor "reported that …").
 */
export function reportsThing(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const next = tokens[i + 1]
  // (Not "reported daily to", "reported a few days later", nor the gerund of "Breitbart's reporting team".)
  const when = tokens.slice(i + 1, i + 5).some((t) => /^(days?|weeks?|months?|years?|hours?|minutes?|later|earlier|ago)$/.test(t.lower))
  return tokens[i]!.lemma === 'report' && !/ing$/.test(tokens[i]!.lower) && !!next && !/^(that|this|it|to|on|in|daily|directly|back)$/.test(next.lower) && !when && takesPosition(tokens, i, sentence) &&
    !isTimeWord(next.lower) && !/^(be|get)$/.test(tokens[i - 1]?.lemma ?? '') && !subjectThenVerb(tokens, afterQuantity(tokens, i + 1), sentence.last)
}

/** A noun phrase starting at `k` and then its finite verb: "the Secret Service had", "his drinking presented". */
function subjectThenVerb(tokens: readonly Token[], k: number, last: number): boolean {
  const subject = phraseStartingAt(tokens, k, last)
  if (!subject || !tokens.slice(subject.first, subject.last).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return false
  let v = subject.last
  while (v < last && tokens[v]!.pos === 'ADV') v++
  const verb = tokens[v]
  return !!verb && v < last && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/.test(verb.lower)))
}

/** Verbs that need a clause after them, but attribute what comes before when they close the sentence. */
const CLOSING_CUES = new Set(['report', 'show', 'note', 'add', 'state', 'find', 'conclude', 'post', 'continue', 'maintain'])
const CLAUSE_STARTERS = new Set(['that', 'if', 'whether', 'why', 'how', 'what', 'when', 'to', 'for', 'out', 'on', ':', 'as'])

export function isCue(tokens: readonly Token[], i: number, sentence: Sentence): AttributionKind | null {
  const t = tokens[i]!
  if (t.pos !== 'VERB') return null
  // "has made clear that …", "made it clear": a stated position.
  if (t.lemma === 'make') {
    const clear = tokens[i + 1]?.lower === 'it' ? i + 2 : i + 1
    return tokens[clear]?.lower === 'clear' && clear + 1 < sentence.last ? 'belief' : null
  }
  // "the sign read “…”", "“…,” it read": reading is saying only beside a quotation.
  if (t.lemma === 'read') return [i - 2, i - 1, i + 1, i + 2].some((k) => k > sentence.first - 1 && k < sentence.last && /^(?:["“”]|'')$/.test(tokens[k]!.text)) ? 'indirect' : null
  if (OBJECT_VERBS.has(t.lemma)) return takesPosition(tokens, i, sentence) ? 'indirect' : null
  // ("not authorized to discuss the schedule" is the anonymity formula, not a topic raised.)
  const permission = tokens[i - 1]?.lower === 'to' && /^(authorized|authorised|allowed|permitted|cleared|empowered)$/.test(tokens[i - 2]?.lower ?? '')
  if (reportsThing(tokens, i, sentence)) return 'indirect'
  if (TOPIC_OBJECT_VERBS.has(t.lemma) && takesPosition(tokens, i, sentence) && !permission && !isTimeWord(tokens[i + 1]!.lower) && !/^(be|get)$/.test(tokens[i - 1]?.lemma ?? '')) return 'indirect'
  // "voted to ban cloning", "refused to recant": a vote for an action, or a refusal of one, is a position on it.
  if ((t.lemma === 'vote' || t.lemma === 'refuse') && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'VERB') return 'indirect'
  if (isTopicPreposition(t.lemma, tokens[i + 1]?.lower)) return i + 2 < sentence.last && takesPosition(tokens, i + 1, sentence) ? 'indirect' : null
  if (attitudePhraseEnd(tokens, i, sentence.last) >= 0) return 'belief'
  const speech = SPEECH_VERBS.has(t.lemma)
  const belief = BELIEF_VERBS.has(t.lemma)
  // "sees Cruz as a uniter", "portrayed the talks as a trap": a view stated as "X as Y" (not "was portrayed by …").
  if (viewedAs(tokens, i, sentence.last) >= 0 && !/^(be|get)$/.test(tokens[i - 1]?.lemma ?? '')) return belief ? 'belief' : 'indirect'
  if (!speech && !belief) return null
  const next = tokens[i + 1]
  const previous = tokens[i - 1]
  // "is said to be", "was called", "so-called": passives and names, not statements.
  if (previous && /^(be|get)$/.test(previous.lemma) && /(ed|en|told|said|thought|known|seen)$/.test(t.lower) && !/^(ask|quote)$/.test(t.lemma)) return null
  if (next && next.lower === 'to' && t.lemma === 'say') return null
  if (/^so-?$/.test(previous?.lower ?? '')) return null
  // "All told, up to 5 million …": a sum, not a telling.
  if (t.lower === 'told' && previous?.lower === 'all' && next?.text === ',') return null
  if (t.lemma === 'decline') return next?.lower === 'to' && DECLINED_SPEECH.has(tokens[i + 2]?.lemma ?? '') ? 'indirect' : null
  if (t.lemma === 'refer') return null
  // Uses that report nothing said: "issues related to …", "adding to his wins".
  // ("Trump added to People magazine" is a cue: a name after "to" is the person told.)
  if ((t.lemma === 'relate' || t.lemma === 'add') && next?.lower === 'to' && tokens[i + 2]?.pos !== 'PROPN') return null
  // ("Trump may want to check his stats" is the writer's advice, not a wish of Trump's.)
  if (t.lemma === 'want' && /^(may|might)$/.test(tokens[i - 1]?.lower ?? '')) return null
  // Uses of these verbs that report no words: "continued to push for", "known as", "wrote a letter".
  if (t.lemma === 'continue' && next?.lower === 'to') return null
  // "who asked not to be named" asks for anonymity, it reports nothing.
  if (t.lemma === 'ask' && next?.lower === 'not' && tokens[i + 2]?.lower === 'to') return null
  if (t.lemma === 'know' && next?.lower === 'as') return null
  if (t.lemma === 'write' && /^(DET|NUM)$/.test(next?.pos ?? '') && !/^(that|this)$/.test(next!.lower)) return null
  // "a poll showed Trump leading": evidence shows without a that-clause.
  if ((t.lemma === 'show' || t.lemma === 'find') && evidenceBefore(tokens, i, sentence.first) >= 0) return 'indirect'
  // "called Trump "unhinged"", "called him a liar": naming someone something is a statement.
  if (t.lemma === 'call' && callsSomethingSomething(tokens, i, sentence.last)) return 'indirect'
  // "considers him a racist", "consider Clinton honest": a view of someone, in the same shape.
  if ((t.lemma === 'consider' || t.lemma === 'deem') && callsSomethingSomething(tokens, i, sentence.last)) return 'belief'
  // `…, records show.` / `…, the Guardian reported.`: the cue closes a statement it follows.
  const tail = tokens.slice(i + 1, sentence.last)
  // (The speaker's phrase after a quote may be long: `,” a voice-over in the ad states.`)
  const closing = tail.length <= 4 && tail.every((b) => b.pos !== 'VERB' && b.pos !== 'AUX' && b.pos !== 'SCONJ' && b.text !== ',') && tokens.slice(Math.max(sentence.first, i - 10), i).some((b) => b.text === ',' || /^(?:[”"]|'')$/.test(b.text))
  // "seeks an additional $1 trillion": what is sought, named ("seek" otherwise needs a clause).
  if (WANT_VERBS.has(t.lemma) && /^(DET|NOUN|PROPN|ADJ|NUM)$/.test(next?.pos ?? '') && i + 1 < sentence.last) return 'belief'
  if (NEEDS_CLAUSE.has(t.lemma) && !(closing && CLOSING_CUES.has(t.lemma))) {
    // "concluded this month that …", "stated earlier this week that …": a time or place phrase may come between.
    const skipped = skipCircumstance(tokens, i + 1, sentence.last)
    const after = skipped > i + 1 && tokens[skipped]?.lower === 'that' ? 'that' : next && i + 1 < sentence.last ? next.lower : ''
    const quoteNext = next && /^["“:,']$/.test(next.text)
    // "on", "for", "out" start a clause only in phrasal cues (call for, call on, point out, ask for).
    const phrasal = /^(on|for|out)$/.test(after) && !/^(call|point|ask)$/.test(t.lemma)
    // "learned he had never been a citizen": a bare clause opened by a subject pronoun and its verb.
    // "reported on Wednesday the Secret Service had …": a bare clause, a subject and then its verb.
    const pronounClause = (k: number) => /^(he|she|they|we|i)$/.test(tokens[k]?.lower ?? '') && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')
    const bareClause = pronounClause(i + 1) || (!NO_BARE_CLAUSE.has(t.lemma) && (pronounClause(skipped) || subjectThenVerb(tokens, skipped, sentence.last) || subjectThenVerb(tokens, afterQuantity(tokens, i + 1), sentence.last)))
    if ((!CLAUSE_STARTERS.has(after) || phrasal) && !quoteNext && !bareClause && !(t.lemma === 'add' || t.lemma === 'note' || t.lemma === 'ask')) return null
    if ((t.lemma === 'call' && !/^(for|on)$/.test(after)) || (t.lemma === 'point' && !/^(out|to)$/.test(after))) return null
  }
  return speech ? 'indirect' : 'belief'
}

/** "opposed the plan", "backing Cruz", "supports banning …": an active verb with what it is for or against next (not "backed by"). */
function takesPosition(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const previous = tokens[i - 1]
  const next = tokens[i + 1]
  if (!next || i + 1 >= sentence.last || (previous && /^(be|get)$/.test(previous.lemma) && /ed$/.test(tokens[i]!.lower))) return false
  if (next.pos === 'PRON') return !/^(it|that|this|which|who)$/.test(next.lower)
  // ("pushed for two days": a length of time is no object.)
  if (/^(NUM|DET|ADJ)$/.test(next.pos) && /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|nights?|while|time)$/.test(tokens[i + 2]?.lower ?? '')) return false
  // ("spoke about how the consulate was taken": a question word opens what the topic is.)
  // ("support temporarily banning …": an adverb may open the action.)
  const action = (k: number) => tokens[k]?.pos === 'VERB' && /ing$/.test(tokens[k]!.lower)
  return /^(DET|PROPN|NOUN|ADJ|NUM)$/.test(next.pos) || action(i + 1) || (next.pos === 'ADV' && action(i + 2)) || QUESTION_WORDS.test(next.lower)
}
