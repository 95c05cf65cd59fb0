import { EVIDENCE_NOUNS } from './cue-words'
import type { Token } from './nlp-tokens'
import { phraseStartingAt } from './source-phrase'

// Cues that count only in a certain shape of sentence, read from the tagged tokens around them.

/** An evidence noun ("poll", "records") heads the subject, within a few words before the verb. */
export function evidenceBefore(tokens: readonly Token[], i: number, floor: number): boolean {
  for (let k = i - 1; k >= floor && i - k <= 8; k--) {
    const t = tokens[k]!
    if (t.pos === 'VERB' || t.text === ',' || t.lower === 'that') return false
    if (t.pos === 'NOUN' && EVIDENCE_NOUNS.has(t.lower)) return true
  }
  return false
}

/** "call" + someone + what they are called: a quote, "a/an …", or an adjective. */
export function callsSomethingSomething(tokens: readonly Token[], i: number, last: number): boolean {
  const object = phraseStartingAt(tokens, i + 1, last)
  if (!object || !tokens.slice(object.first, object.last).some((t) => t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NOUN')) return false
  const next = tokens[object.last]
  return !!next && (/^["“‘']$/.test(next.text) || /^(a|an)$/.test(next.lower) || next.pos === 'ADJ')
}
