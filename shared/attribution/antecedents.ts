import { SPEECH_VERBS } from './cue-words'
import type { Sentence, Token } from './nlp-tokens'
import { canSpeak, clauseSubject, phraseEndingAt, type SourcePhrase } from './source-phrase'

/**
 * What stands before a cue for its speaker, when it is not the plain subject: the name a
 * relative clause or role is about ("Erdogan, who joined …, said"), or a cue of its own right
 * before a quote ("… but added, "…"").
 */

/** The noun phrase before ", who …," or ", whose …," that ends at token `comma`, if the sentence has one. */
export function relativeAntecedent(tokens: readonly Token[], sentence: Sentence, comma: number): SourcePhrase | null {
  const speaks = (phrase: SourcePhrase | null): phrase is SourcePhrase => !!phrase && canSpeak(tokens, phrase) && tokens.slice(phrase.first, phrase.last).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN')
  for (let k = comma - 1; k > sentence.first + 1; k--) {
    if (tokens[k]!.lower !== 'who' && tokens[k]!.lower !== 'whose') continue
    if (tokens[k - 1]!.text === ',') {
      const antecedent = phraseEndingAt(tokens, k - 2, sentence.first)
      // "Hogan Gidley, a former director of the state party, whose roots …, said": the party ends
      // a role; the name before the role speaks.
      let roleStart = antecedent && tokens[antecedent.first - 1]?.pos === 'ADP' ? antecedent.first - 1 : -1
      while (roleStart > sentence.first && antecedent!.first - roleStart < 12 && tokens[roleStart]!.text !== ',') roleStart--
      const name = roleStart > sentence.first && tokens[roleStart]!.text === ',' ? phraseEndingAt(tokens, roleStart - 1, sentence.first) : null
      if (name && speaks(name) && tokens.slice(name.first, name.last).some((t) => t.pos === 'PROPN')) return { ...name, appositive: [roleStart + 1, k - 1] }
      return speaks(antecedent) ? antecedent : null
    }
    // "John Kasich of Ohio, a Republican who has refused …, said": the name before the role.
    const role = phraseEndingAt(tokens, k - 1, sentence.first)
    if (!role || tokens[role.first - 1]?.text !== ',') return null
    const name = phraseEndingAt(tokens, role.first - 2, sentence.first)
    return speaks(name) && tokens.slice(name.first, name.last).some((t) => t.pos === 'PROPN') ? { ...name, appositive: [role.first, role.last] } : null
  }
  return null
}

/** `… but added, "…"`: a verb of saying and a comma right before the quote at `quoteStart`. */
export function cueJustBefore(tokens: readonly Token[], sourceFirst: number, quoteStart: number): boolean {
  let k = sourceFirst - 1
  while (k > 0 && tokens[k]!.start >= quoteStart) k--
  if (k < 1 || tokens[k]!.text !== ',') return false
  const verb = tokens[k - 1]!
  return verb.pos === 'VERB' && SPEECH_VERBS.has(verb.lemma)
}
