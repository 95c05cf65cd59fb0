import { POSSESSIVE_PRONOUNS } from './cue-words'
import type { Sentence, Token } from './nlp-tokens'
import type { QuoteSpan } from './quote-spans'
import { canSpeak, phraseEndingAt, type SourcePhrase } from './source-phrase'
import { objectEnd, skipCircumstance, statementEnd, trimmed } from './statement-bounds'
import { spanOf, type StatementDraft } from './types'

/**
 * Statements named by a noun with its owner: "Rubio's claim to be the strongest alternative",
 * "Clinton's proposal to make firms stay or pay", "their criticism of Trump", "his insistence
 * that the talks go on". Each noun takes only the words that introduce what it reports.
 */
const CLAUSE = /^(that|to)$/
const THAT = /^that$/
const NOMINAL_CUES = new Map<string, RegExp>([
  ...['claim', 'claims', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'threat', 'threats', 'insistence'].map((n) => [n, CLAUSE] as const),
  ...['argument', 'arguments', 'assertion', 'contention', 'belief', 'suggestion', 'denial', 'admission', 'prediction', 'warning', 'warnings', 'allegation', 'allegations', 'accusation', 'charge'].map((n) => [n, THAT] as const),
  ...['proposal', 'proposals', 'plan', 'plans', 'decision', 'refusal'].map((n) => [n, /^to$/] as const),
  ['call', /^for$/], ['calls', /^for$/], ['demand', /^(for|that)$/], ['demands', /^(for|that)$/],
  ['criticism', /^of$/], ['criticisms', /^of$/], ['endorsement', /^of$/], ['praise', /^(of|for)$/],
  ['comments', /^(about|on)$/], ['remarks', /^(about|on)$/], ['attacks', /^on$/], ['attack', /^on$/],
  ['support', /^for$/], ['opposition', /^to$/], ['view', /^(that|of|on)$/], ['views', /^(on|of)$/],
  ['fear', /^(that|of)$/], ['fears', /^(that|of)$/], ['hope', /^that$/], ['hopes', /^that$/], ['concern', /^(that|about)$/], ['concerns', /^(that|about)$/],
])

const POSSESSIVE_MARK = /^(?:['’]s?|['’])$/

/** The owner before a nominal cue: "his", "Rubio's", "the ministry's": its phrase, without the possessive mark. */
function owner(tokens: readonly Token[], noun: number, sentence: Sentence): SourcePhrase | null {
  const before = tokens[noun - 1]
  if (!before || noun - 1 < sentence.first) return null
  // ("your opposition to …" addresses the reader, who is nobody's source.)
  if (POSSESSIVE_PRONOUNS.has(before.lower) && before.lower !== 'your') return { first: noun - 1, last: noun, appositive: null }
  // ("his controversial remarks about abortion", "their past comments on": an adjective or two may come between.)
  const owned = before.pos === 'ADJ' ? (tokens[noun - 2]?.pos === 'ADJ' ? noun - 3 : noun - 2) : -1
  if (owned >= sentence.first && POSSESSIVE_PRONOUNS.has(tokens[owned]!.lower) && tokens[owned]!.lower !== 'your') return { first: owned, last: owned + 1, appositive: null }
  // (An adjective may come between: "Rubio's repeated claim".)
  const mark = POSSESSIVE_MARK.test(before.text) ? noun - 1 : before.pos === 'ADJ' && POSSESSIVE_MARK.test(tokens[noun - 2]?.text ?? '') ? noun - 2 : -1
  if (mark <= sentence.first) return null
  const phrase = phraseEndingAt(tokens, mark - 1, sentence.first)
  return phrase && canSpeak(tokens, phrase) && tokens.slice(phrase.first, phrase.last).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN') ? phrase : null
}

/**
 * Where the infinitive after "to" ends when the noun phrase is the sentence's subject:
 * "Clinton's proposal to make firms stay or pay | is getting attention" (the first finite
 * auxiliary or inflected verb before any clause of its own), else `end`.
 */
function clauseEnd(tokens: readonly Token[], from: number, end: number): number {
  // (A that-clause has a subject and verb of its own: it runs as statements do.)
  if (tokens[from]!.lower === 'that') return end
  for (let k = from + 1; k < tokens.length && tokens[k]!.start < end; k++) {
    const t = tokens[k]!
    if (t.pos === 'SCONJ' || t.pos === 'PRON' || /^(that|who|which)$/.test(t.lower)) return end
    if (t.pos === 'AUX' && /^(is|was|are|were|has|have|had|will|would|could|may|might)$/.test(t.lower) && tokens[k - 1]!.pos !== 'PART') return tokens[k - 1]!.end
    // (An inflected verb right after a noun is the sentence's own: "… to reopen the corridor | came late".)
    if (t.pos === 'VERB' && t.lemma !== t.lower && !/ing$/.test(t.lower) && /^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) return tokens[k - 1]!.end
  }
  return end
}

/** The statement a nominal cue at token `i` reports, with its owner as the source, or null. */
export function nominalStatement(text: string, tokens: readonly Token[], quotes: readonly QuoteSpan[], sentence: Sentence, i: number): StatementDraft | null {
  const noun = tokens[i]!
  const complement = NOMINAL_CUES.get(noun.lower)
  if (!complement || noun.pos !== 'NOUN') return null
  // "his claim in a recent interview that …": a phrase of circumstance may come before a that-clause.
  const skipped = skipCircumstance(tokens, i + 1, sentence.last)
  const at = skipped > i + 1 && tokens[skipped]?.lower === 'that' && complement.test('that') ? skipped : i + 1
  const next = tokens[at]
  if (!next || at + 1 >= sentence.last || !complement.test(next.lower)) return null
  const phrase = owner(tokens, i, sentence)
  if (!phrase) return null
  // (An attack is words only when a person or a named side makes it: "Trump's attacks on Clinton",
  // "his attack on the envoy"; "the regime's attack on eastern Ghouta" is shelling.)
  if (/^attacks?$/.test(noun.lower) && !tokens.slice(phrase.first, phrase.last).some((t) => t.pos === 'PROPN' || /^(his|her|their)$/.test(t.lower))) return null
  const clause = next.lower === 'that' || next.lower === 'to'
  // A clause runs as a statement does; "criticism of Trump" takes its object.
  const content = clause
    ? trimmed(text, next.start, clauseEnd(tokens, at, statementEnd(tokens, quotes, at, sentence)))
    : trimmed(text, tokens[at + 1]!.start, tokens[objectEnd(tokens, at, sentence) - 1]!.end, 2)
  if (!content) return null
  const cue = spanOf(text, noun.start, clause ? noun.end : next.end)
  const source = spanOf(text, tokens[phrase.first]!.start, tokens[phrase.last - 1]!.end)
  return { kind: 'indirect', content, cue, source, phrase }
}
