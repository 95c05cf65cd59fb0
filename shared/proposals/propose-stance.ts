import type { Claim } from '../domain/annotation'

type Stance = Claim['stance']

/** Word stems that carry a stance, in the cue ("welcomed", "rejected") or in the words said. */
const SUPPORT = /\b(welcom|back(s|ed|ing)?\b|support|endors|prais|approv|agree|favou?r|embrac|hail|applaud|champion|commit|accept|call(s|ed|ing)? for|urg|push(es|ed|ing)? for|advocat|look(s|ed|ing)? forward|ready to|willing to|will attend|good|important|step forward|positive|success|right thing|need|must|should|great|best|strong|protect|defend|ensure|help|fight(s|ing)? for|vote(s|d)? for|build|fix|restore|keep|secure|safe|benefit|fair|deserve|proud|confident|win)/
const OPPOSE = /\b(reject|oppos|refus|condemn|denounc|boycott|critici[sz]|dismiss|slam|block|veto|against|unacceptable|cannot accept|can't accept|red line|illegitimate|farce|sham|disaster|terrible|wrong|fail|bad|worst|dangerous|outrageous|ridiculous|disgrac|attack|blast|lie|lying|liar|fraud|stop|end to|scrap|repeal|kill|destroy|useless|stupid|crazy|absurd|never|mistake|threat|harm|hurt|damag|cost|abolish|eliminat|undermin|unconstitutional|illegal|crime|criminal|scandal|corrupt|rigged|shameful|hypocri|irresponsible|reckless)/
const WARY = /\b(wary|cautio|concern|worr|fear|skeptic|sceptic|doubt|not convinced|reservation|warn|uncertain|unclear whether|premature|remain(s)? to be seen|wait and see|uneasy|nervous|hesitan)/
const CONDITIONAL = /\b(only if|only after|only when|provided (that)?|as long as|so long as|on (the )?condition|conditional on|depends on|depending on|subject to|unless|if and only if|if (it|they|we|that) can be)\b/
const NEGATION = /\b(not|no|never|n't|cannot|can't|won't|neither|nor|without|no longer|hardly)\s+(\w+\s+){0,2}$/
const FACTUAL_CUES = /^(report|announc|describ|explain|note|add|recall|estimat|confirm|disclos|reveal|show|find|found|state)/

/**
 * An issue phrased as an action against something ("Repealing Obamacare", "Banning …"): praise
 * of the thing opposes the issue, and the action word itself, said plainly, supports it.
 */
const AGAINST_ACTIONS = /\b(repeal|ban|scrap|stop|end|abolish|deport|prosecut|indict|investigat|block|cut|restrict|limit|suspend|withdraw|exclude|bar|close|kill|cancel|reject|oppos|remov|impeach|punish|sanction|wrongdoing|crime|criminal)\w*/g

/** The action an issue title leads with ("Repealing …", "Temporarily banning …"); later words only qualify it. */
function actionWordsOf(issueTitle: string): string[] {
  const lead = issueTitle.toLowerCase().split(/\s+/).slice(0, 2).join(' ')
  return [...lead.matchAll(AGAINST_ACTIONS)].map((m) => m[1]!)
}

/** Counts support and opposition words in `text`, a negation just before flipping one. */
function polarity(text: string, skip: readonly string[] = []): { support: number; oppose: number; wary: boolean } {
  let support = 0
  let oppose = 0
  for (const [pattern, sign] of [[SUPPORT, 1], [OPPOSE, -1]] as const) {
    for (const m of text.matchAll(new RegExp(pattern.source, 'g'))) {
      if (skip.some((word) => m[0].startsWith(word))) continue
      const negated = NEGATION.test(text.slice(Math.max(0, m.index - 40), m.index))
      if ((sign > 0) !== negated) support++
      else oppose++
    }
  }
  return { support, oppose, wary: WARY.test(text) }
}

/**
 * A first guess at the stance a statement takes, from its cue and its words: a condition ("only
 * if", "provided that") makes it conditional; wariness words make it wary; otherwise support and
 * opposition words are counted, a negation just before flipping one ("will not back" opposes),
 * the cue's words weighing double, and the statement's sentiment (from the NLP model) breaking a
 * tie. No signal: 'unclear'; a factual cue with no stance word: 'neutral'.
 */
export function proposeStance(cue: string, content: string, sentiment = 0, issueTitle = ''): { stance: Stance; sure: boolean } {
  const cueText = cue.toLowerCase()
  const said = content.toLowerCase()
  if (CONDITIONAL.test(said)) return { stance: 'conditional', sure: true }
  const actions = actionWordsOf(issueTitle)
  const fromCue = polarity(cueText)
  const fromWords = polarity(said, actions)
  if (fromCue.wary || (fromWords.wary && fromWords.support + fromWords.oppose <= 1)) return { stance: 'wary', sure: fromCue.wary }
  // The issue's own action named in the words ("we will repeal it"): plainly said, it supports.
  const action = actions.length > 0 ? [...said.matchAll(new RegExp(`\\b(${actions.join('|')})\\w*`, 'g'))][0] : undefined
  if (action) {
    const negated = NEGATION.test(said.slice(Math.max(0, action.index - 40), action.index))
    const cueAgainst = fromCue.oppose > fromCue.support
    return { stance: negated !== cueAgainst ? 'opposes' : 'supports', sure: false }
  }
  let score = 2 * (fromCue.support - fromCue.oppose) + (fromWords.support - fromWords.oppose) + Math.sign(sentiment) * Math.min(1, Math.abs(sentiment) * 2) * 0.75
  // Talk about the thing an action issue is against: praise opposes the action, blame supports it.
  if (actions.length > 0) score = -score
  if (score >= 0.5) return { stance: 'supports', sure: score >= 2 }
  if (score <= -0.5) return { stance: 'opposes', sure: score <= -2 }
  return FACTUAL_CUES.test(cueText) ? { stance: 'neutral', sure: false } : { stance: 'unclear', sure: false }
}
