import { QUESTION_WORDS } from './cue-words'
import type { Sentence, Token } from './nlp-tokens'
import type { QuoteSpan } from './quote-spans'
import { canSpeak, phraseEndingAt, skipToSubjectEnd } from './source-phrase'
import { objectEnd, statementEnd, trimmed } from './statement-bounds'
import { spanOf, type StatementDraft } from './types'

/**
 * Stances stated with an adjective: "Ankara is critical of the plan", "the delegates were wary of
 * Moscow", "Lavrov is confident that the talks will resume". Each adjective takes the words that
 * introduce what it is about.
 */
const OF = /^(of|about)$/
const ADJECTIVE_CUES = new Map<string, RegExp>([
  ['critical', /^of$/], ['supportive', /^of$/], ['dismissive', /^of$/], ['suspicious', /^of$/],
  ['skeptical', /^(of|about|that)$/], ['sceptical', /^(of|about|that)$/], ['wary', /^(of|about|that)$/],
  ['opposed', /^to$/], ['hostile', /^(to|toward|towards)$/], ['open', /^to$/], ['receptive', /^to$/], ['committed', /^to$/],
  ['concerned', /^(about|that|over)$/], ['worried', /^(about|that|over)$/], ['fearful', /^(of|that)$/], ['afraid', /^(of|that)$/],
  ['confident', /^(that|of|in)$/], ['optimistic', /^(about|that)$/], ['pessimistic', /^(about|that)$/], ['hopeful', /^(that|about|of)$/],
  ['proud', /^(of|that)$/], ['convinced', /^(that|of)$/], ['sure', /^that$/], ['certain', /^that$/], ['adamant', /^that$/],
  ['doubtful', /^(that|of|about)$/], ['enthusiastic', /^about$/], ['aware', OF], ['unaware', OF],
  ['angry', /^(at|about|over|with|that)$/], ['furious', /^(at|about|over|with|that)$/], ['upset', /^(about|over|with|at|that)$/],
  ['frustrated', /^(with|by|at|over|that)$/], ['unhappy', /^(with|about|that)$/], ['happy', /^(with|about|that)$/],
  ['pleased', /^(with|by|that)$/], ['satisfied', /^(with|that)$/], ['disappointed', /^(in|with|by|that)$/],
])

/** Verbs that link a subject to its stance: "is", "were", "has been", "remains", "grew". */
const LINKS = /^(be|remain|seem|appear|grow|become|sound|look|feel)$/
/** Words between the link and the adjective: "were already deeply skeptical of". */
const BETWEEN = /^(also|now|still|already|very|deeply|increasingly|highly|openly|publicly|privately|sharply|fiercely|strongly|especially|particularly|equally|more|most|less|so|too|quite|somewhat|rather|not|n't|never|always|long|clearly|fully|acutely|cautiously|generally|largely|broadly|all|both)$/

/** The statement a stance adjective at token `i` reports ("Ankara is critical of the plan"), or null. */
export function adjectivalStatement(text: string, tokens: readonly Token[], quotes: readonly QuoteSpan[], sentence: Sentence, i: number): StatementDraft | null {
  const adjective = tokens[i]!
  // ("is in favor of", "voted in favour of": a stance named by a phrase.)
  const inFavor = /^favou?r$/.test(adjective.lower) && tokens[i - 1]?.lower === 'in'
  const complement = inFavor ? /^of$/ : ADJECTIVE_CUES.get(adjective.lower)
  const next = tokens[i + 1]
  if (!complement || !next || i + 2 >= sentence.last || !complement.test(next.lower)) return null
  let link = inFavor ? i - 2 : i - 1
  while (link > sentence.first && BETWEEN.test(tokens[link]!.lower)) link--
  const verb = tokens[link]
  // ("Republicans, concerned about the party's appeal, …": an aside after the people it describes.)
  const aside = verb?.text === ',' && link > sentence.first
  // (An infinitive has no subject of its own: "reason to be skeptical about …".)
  const linked = (verb?.pos === 'AUX' || verb?.pos === 'VERB') && (LINKS.test(verb.lemma) || (inFavor && /^(vote|come|speak|rule|argue|testify)$/.test(verb.lemma)))
  if (!verb || link < sentence.first || (!aside && (!linked || tokens[link - 1]?.lower === 'to'))) return null
  const phrase = aside ? phraseEndingAt(tokens, link - 1, sentence.first) : phraseEndingAt(tokens, skipToSubjectEnd(tokens, link, sentence.first), sentence.first)
  if (aside && (!phrase || !tokens.slice(phrase.first, phrase.last).some((t) => t.pos === 'PROPN' || (t.pos === 'NOUN' && /s$/.test(t.lower))))) return null
  if (!phrase || !canSpeak(tokens, phrase) || /^(it|there|this|that|which|who)$/.test(tokens[phrase.first]!.lower)) return null
  const clause = next.lower === 'that'
  // ("worried about what Trump would do": a question word opens a clause, which runs as statements do.)
  const question = QUESTION_WORDS.test(tokens[i + 2]!.lower)
  const content = clause || question
    ? trimmed(text, tokens[clause ? i + 1 : i + 2]!.start, statementEnd(tokens, quotes, i + 1, sentence))
    : trimmed(text, tokens[i + 2]!.start, tokens[objectEnd(tokens, i + 1, sentence) - 1]!.end, 2)
  if (!content) return null
  const cue = spanOf(text, aside ? adjective.start : verb.start, clause ? adjective.end : next.end)
  const source = spanOf(text, tokens[phrase.first]!.start, tokens[phrase.last - 1]!.end)
  return { kind: 'belief', content, cue, source, phrase }
}
