import { EVIDENCE_NOUNS } from './cue-words'
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
  const pronoun = /^(him|her|them|it|me|us|himself|herself|themselves|itself)$/.test(tokens[i + 1]?.lower ?? '')
  const object = pronoun ? { first: i + 1, last: i + 2, appositive: null } : phraseStartingAt(tokens, i + 1, last)
  if (!object || !tokens.slice(object.first, object.last).some((t) => t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NOUN')) return false
  const next = tokens[object.last]
  return !!next && (/^["“‘']$/.test(next.text) || /^(a|an)$/.test(next.lower) || next.pos === 'ADJ' || (pronoun && next.pos === 'NOUN'))
}
