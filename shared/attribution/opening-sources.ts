import { SPEECH_VERBS } from './cue-words'
import type { Sentence, Token } from './nlp-tokens'
import type { SourcePhrase } from './source-phrase'
import { spanOf, type StatementDraft } from './types'

const FINDINGS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'research'])

/**
 * Sentences that open by naming whose finding follows: "In a CNN poll released Monday, Clinton
 * led by 24 points" is the poll's. The opening phrase runs to its comma. ("For many Democrats,
 * …" reads the same way too rarely to propose.)
 */
export function openingSource(text: string, tokens: readonly Token[], sentence: Sentence): StatementDraft | null {
  const opener = tokens[sentence.first]
  if (opener?.lower !== 'in') return null
  let comma = sentence.first + 1
  while (comma < sentence.last && comma - sentence.first <= 14 && tokens[comma]!.text !== ',') comma++
  if (tokens[comma]?.text !== ',' || comma - sentence.first < 3 || sentence.last - comma < 5) return null
  const phrase = tokens.slice(sentence.first + 1, comma)
  const rest = tokens.slice(comma + 1, sentence.last)
  // The sentence's own verb of saying makes its own statement ("In an interview, he said …").
  if (rest.some((t) => t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma))) return null
  if (!phrase.some((t) => FINDINGS.has(t.lower))) return null
  const source: SourcePhrase = { first: sentence.first + 1, last: comma, appositive: null }
  const end = /[.!?]$/.test(tokens[sentence.last - 1]!.text) ? sentence.last - 1 : sentence.last
  return {
    kind: 'according-to',
    content: spanOf(text, tokens[comma + 1]!.start, tokens[end - 1]!.end),
    cue: spanOf(text, opener.start, opener.end),
    source: spanOf(text, tokens[sentence.first + 1]!.start, tokens[comma - 1]!.end),
    phrase: source,
  }
}
