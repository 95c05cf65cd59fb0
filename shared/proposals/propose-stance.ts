import type { Claim } from '../domain/annotation'
import { AGAINST, frameOf, mentionsIn } from './stance-frame'

type Stance = Claim['stance']

/** Evaluative and stance words (general lists): what the speaker thinks of what they talk about; sanction words (jail, indict) judge a wrong. */
const SUPPORT = /\b(welcom|back(s|ed|ing)?\b|support|endors|prais|approv|agree|favou?r|want|hope|demand|insist|embrac|hail|applaud|champion|commend|laud|tout|celebrat|commit(s|ted)? to|accept|call(s|ed|ing)? (for|on)|urg|push(es|ed|ing)? for|advocat|look(s|ed|ing)? forward|ready to|willing to|good|excellent|terrific|smart|wise|sensible|reasonable|vital|crucial|essential|necessary|needed|need for|non-?negotiable|not negotiable|overdue|landmark|breakthrough|historic|achievement|progress|step forward|positive|success|right thing|great|best|strong|strengthen|boost|protect|defend|ensure|help|fight(s|ing)? for|vote(s|d)? for|fix|restore|secure|safe|benefit|fair|deserve|proud|confident|wonderful|boon|lifeline|promising|encourag|effective|work(s|ed)? well|save|improv)/
const OPPOSE = /\b(reject|oppos|refus|condemn|denounc|boycott|critici[sz]|rebuk|chid|scold|castigat|critical of|hostile to|dismiss|slam|lambast|blast|decr(y|ie)|veto|against|unacceptable|cannot accept|can't accept|red line|illegitimate|farce|sham|disaster|terrible|awful|horribl|appalling|wrong|fail|flaw|misguided|foolish|dumb|insane|bad|worst|dangerous|outrageous|ridiculous|laughable|nonsense|pathetic|disgrac|attack|lie|lying|liar|useless|stupid|lay(s|ing)? off|laid off|layoffs|job loss|crazy|absurd|inhumane|un-american|divisive|hateful|offensive|insult|bigot|racist|xenophob|ignorant|naive|unworkable|unrealistic|ineffective|mistake|threat|harm|hurt|damag|destruct|catastroph|chaos|collapse|nightmare|backfire|waste|burden|costly|unaffordable|betray|sell(s|ing)? out|giveaway|undermin|unconstitutional|rigged|shameful|hypocri|irresponsible|reckless|job-killing|one-sided|unfair|abuse|obstruct|lose|lost|disqualif|jail|prison|indict|felon|guilty|convict|punish|impeach|resign)/
const SUPPORT_G = new RegExp(SUPPORT.source, 'g')
const OPPOSE_G = new RegExp(OPPOSE.source, 'g')
const WARY = /\b(wary|cautio|concern|worr|fear|skeptic|sceptic|doubt|not convinced|reservation|warn|uncertain|unclear whether|premature|remain(s)? to be seen|wait and see|uneasy|nervous|hesitan|risk of|unnecessary)/
/** Support made to depend on something: "only if", "provided that", "would …, if it can be done". */
const CONDITIONAL = /\b(only if|only after|only when|provided (that)?|as long as|so long as|on (the )?condition|conditional on|subject to|unless|if and only if|(upon|on|at|after) (the )?(completion|conclusion) of|(would|will|'d)\b[^.]*?,? if (it|they|we|that|there|he|she)\b)/
const NEGATION = /(\b(not|no|never|cannot|neither|nor|without|no longer|hardly|refus\w*|declin\w*)|n't)\s+(\S+\s+){0,2}$/
/** Intent or obligation before a topic word: the speaker means to do (or wants done) that thing. */
const INTENT = /\b(will|would|shall|won't|wouldn't|'ll|'d|going to|gonna|plans? to|pledg\w* to|vow\w* to|promis\w* to|intends? to|wants? to|should|must|ought to|needs? to|continue|call\w* for|ready to|willing to)\s+(\S+\s+){0,8}$/
/** A noun heading what a topic word qualifies: "his view of Islam" talks about the view, not Islam. */
const HEAD = /\b(proposal|plan|policy|idea|comments?|remarks|views?|rhetoric|statements?|stance|position|treatment|discrimination|bigotry|attacks?) (of|on|about|to|against|toward|towards)\s+(\S+\s+){0,2}$/
/** Verbs that govern an aim: negations and stance verbs ("not", "refused to", "oppose cutting"). */
const GOVERN = /\b(not|no|never|cannot|refus\w*|declin\w*|oppos\w*|reject\w*|against|support\w*|back\w*|favou?r\w*|call\w* for)\b|n't\b/
/** Verbs that take a stance on the action after them ("oppose cutting", "back ending"). */
const STANCE_VERB = /^(oppos|support|back|favou?r|reject|endors|welcom|urg|want)/
/** Nouns of action before "on"/"against" a problem: "step forward on gun violence". */
const ACTION_NOUN = /^(action|actions|step|steps|forward|progress|effort|efforts|crackdown|war|fight|measures|plan|law)$/
const DENIED = /(\bno|\bnot|\bnever|n't|\bnothing)( (a|an|any|the|some|such|this|that|think|believe|say|been|be|is|was|really))*\s$/
const FILLER = /^(the|a|an|of|much|most|all|any|some|its|their|his|her|this|that|these|those|entire|whole)$/
const FACTUAL_CUES = /^(report|announc|describ|explain|note|add|recall|estimat|confirm|disclos|reveal|show|find|found|state|point|acknowledg|predict|expect|project)/

const norm = (t: string) => ` ${t.toLowerCase().replace(/[\u2018\u2019`]/g, "'").replace(/[\u201c\u201d]/g, '"')} `.replace(/\s+/g, ' ')
const before = (text: string, at: number, chars = 40) => text.slice(Math.max(0, at - chars), at)

/** Support minus opposition words in `text`, a negation just before flipping one; `skip` spans are actions, counted elsewhere. */
function evaluation(text: string, skip: ReadonlyArray<[number, number]> = []): number {
  let score = 0
  for (const [pattern, sign] of [[SUPPORT_G, 1], [OPPOSE_G, -1]] as const) {
    for (const m of text.matchAll(pattern)) {
      if (skip.some(([a, b]) => m.index >= a && m.index < b)) continue
      score += NEGATION.test(before(text, m.index)) ? -sign : sign
    }
  }
  return score
}

/**
 * A first guess at the stance a statement takes toward an issue, from its cue and its words.
 * A condition ("only if") makes it conditional; wariness in the cue makes it wary. Otherwise the
 * issue's frame (stance-frame.ts) says which topic words the issue is for or against, and:
 * - actions on topic words count as the speaker's aim: "will build a wall" (+), "would not pay for
 *   a wall" (-), "stop deportations" where the issue is against deportation (+);
 * - evaluative words count toward the topic the statement talks about, flipped when that topic is
 *   something the issue is against ("Obamacare is a success" opposes repealing it);
 * - a stance verb in the cue ("rejected", "called for") applies to what the content proposes.
 * No signal: 'neutral' after a factual cue ("pointed out"), else 'unclear'.
 * `issueKeywords` (the matched issue's keywords) widen the topic words beyond the title.
 */
export function proposeStance(cue: string, content: string, sentiment = 0, issueTitle = '', issueKeywords: readonly string[] = []): { stance: Stance; sure: boolean } {
  const cueText = norm(cue)
  const said = norm(content)
  if (CONDITIONAL.test(said)) return { stance: 'conditional', sure: true }
  // A warning that calls the thing wrong ("warned it would be unacceptable") opposes it; else it is wariness.
  if (WARY.test(cueText) && evaluation(said) >= 0) return { stance: 'wary', sure: true }
  const frame = frameOf(issueTitle, issueKeywords)
  const words = [...said.matchAll(/[a-z][\w'-]*/g)]
  // Each topic mention: its polarity for the issue, flipped by an against-action just before it;
  // the first aimed-at mention (intent or action) gives the speaker's aim.
  let aim = 0
  let target = mentionsIn(cueText, frame).reduce((sum, m) => sum + m.pol, 0)
  const skip: Array<[number, number]> = []
  let prevEnd = -1
  // The topic a stance verb's object opens with is what the verb is about ("called for a special prosecutor to …").
  let objectPol = 0
  for (const m of mentionsIn(said, frame)) {
    let pol: number = m.pol
    const head = pol < 0 && HEAD.test(before(said, m.at))
    if (head) pol = 1
    // The three words before the mention, not counting "much of the" ("repeal much of the Act").
    const prior = words.filter((w) => w.index < m.at && w.index >= m.at - 45 && !FILLER.test(w[0])).slice(-3)
    // "stop deportations", "action on climate change" (a problem acted on).
    // An action opening the statement, or right after a stance verb in it, is aimed at the first topic in its
    // clause ("cutting off federal funds for X", "Americans oppose cutting off …"; not "talk about barring people").
    const lead = aim === 0 && prevEnd < 0 && !/[.;,:]/.test(said.slice(Math.max(0, m.at - 60), m.at))
      ? words.find((w, k) => w.index < m.at && w.index >= m.at - 60 && /ing$/.test(w[0]) && AGAINST.test(w[0]) && (k === 0 || STANCE_VERB.test(words[k - 1]![0])))
      : undefined
    const verb = head ? undefined : prior.find((w, i) => AGAINST.test(w[0]) || (pol < 0 && /^(on|against)$/.test(w[0]) && ACTION_NOUN.test(prior[i - 1]?.[0] ?? ''))) ?? lead
    if (verb) { pol = -pol; skip.push([verb.index, verb.index + verb[0].length]) }
    if (prevEnd < 0 && m.at < 25) objectPol = pol
    target += pol * (target === 0 ? 1.5 : 1) // the first topic named is most often what is judged
    skip.push([m.at, m.end]) // a topic word is not an evaluation of itself ("indictment", "ban")
    const window = before(said, m.at, 70)
    let intent = window.match(INTENT) ?? (said.startsWith(' to ') && m.at < 50 ? window.match(/^/) : null)
    // A topic word just before the modal is its subject: a prediction ("the increase will push …"), not an aim.
    const modalAt = m.at - window.length + (intent?.index ?? 0)
    // (Unless the modal is denied: "Mexico would not pay for a wall" refuses.)
    if (intent && prevEnd >= 0 && prevEnd <= modalAt && modalAt - prevEnd < 40 && !/[.;,]/.test(said.slice(prevEnd, modalAt)) && !/\b(not|never)\b|n't\b/.test(intent[0])) intent = null
    // A topic word denied outright ("no classified material", "not a crime") counts against it.
    if (aim === 0 && !verb && !intent && DENIED.test(window)) aim = -pol
    prevEnd = m.end
    if (aim === 0 && (verb || intent)) {
      // A negation or a stance verb just before the aim sets its sign ("would not pay for", "oppose cutting").
      const from = Math.max(0, (verb ? verb.index - (m.at - window.length) : intent!.index!) - 14)
      const governing = window.slice(from).match(GOVERN)
      aim = governing && !/^(support|back|favou?r|call)/.test(governing[0]) ? -pol : pol
      if (governing) skip.push([m.at - window.length + from + governing.index!, m.at - window.length + from + governing.index! + governing[0].length])
    }
  }
  const t = target < 0 ? -1 : 1
  // (A cue inside the words themselves, "Americans oppose cutting …", is counted there, not twice.)
  const cueWord = cueText.trim()
  const cueSign = cueWord.length > 3 && said.includes(` ${cueWord} `) ? 0 : Math.sign(evaluation(cueText))
  const evaluated = evaluation(said, skip)
  // The NLP sentiment is noisy: it only speaks when no stance word or aim does.
  const mood = evaluated || aim || cueSign ? 0 : Math.abs(sentiment) >= 0.05 ? Math.sign(sentiment) * 0.5 : 0
  // A stance verb in the cue applies to the aim ("refused to allow hearings"); else the aim counts once.
  const score = 2 * cueSign * (aim || objectPol || t) + (cueSign ? 0 : aim) + (evaluated + mood) * t
  const wary = WARY.test(said)
  if (wary && Math.abs(score) < 2) return { stance: 'wary', sure: false }
  if (score >= 0.5) return { stance: 'supports', sure: score >= 2 }
  if (score <= -0.5) return { stance: 'opposes', sure: score <= -2 }
  // No signal: a factual cue or a plain third-person report is neutral; first person or a question, unclear.
  const reportorial = FACTUAL_CUES.test(cueText.trim()) || !/\b(i|we|my|our|me|us|you|your)\b|'(m|re|ve)\b|\?/.test(said)
  return { stance: reportorial ? 'neutral' : 'unclear', sure: false }
}
