import type { Sentence, Token } from './nlp-tokens'
import { canSpeak, phraseEndingAt, type SourcePhrase } from './source-phrase'

/** The subject of the sentence's main clause: its first noun phrase that a verb follows. */
export function clauseSubject(tokens: readonly Token[], sentence: Sentence, before: number): SourcePhrase | null {
  // "Speaking at a town hall in Salem, Trump went after Bush, calling him …": an opening phrase
  // (a participle or a preposition) ends at its comma; the subject comes after it.
  let from = sentence.first
  // "SOCHI, Russia, Nov 22 (Agency) - The leaders …": a wire dateline is not the subject.
  if (/^\p{Lu}{2,}/u.test(tokens[from]?.text ?? '') && tokens[from]!.text === tokens[from]!.text.toUpperCase()) {
    for (let dash = from + 1; dash < Math.min(before - 1, from + 16); dash++) {
      if (/^[-—–]+$/.test(tokens[dash]!.text)) {
        from = dash + 1
        break
      }
    }
  }
  const opener = tokens[from]
  if (opener && ((opener.pos === 'VERB' && /(ing|ed)$/.test(opener.lower)) || opener.pos === 'ADP')) {
    let comma = from + 1
    while (comma < before && tokens[comma]!.text !== ',') comma++
    if (comma < before - 1) from = comma + 1
  }
  for (let i = from; i < before; i++) {
    const t = tokens[i]!
    if (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'PRON') continue
    let end = i
    while (end + 1 < before && (tokens[end + 1]!.pos === 'PROPN' || tokens[end + 1]!.pos === 'NOUN' || tokens[end + 1]!.pos === 'PART')) end++
    const phrase = phraseEndingAt(tokens, end, sentence.first)
    // "The leaders of Russia, Turkey and Iran agreed": a list of names goes on to its last one.
    const listEnd = phrase ? coordinationEnd(tokens, end + 1, before) : -1
    if (phrase && listEnd > end) {
      phrase.last = listEnd
      end = listEnd - 1
    }
    // "Fields later tweeted …": adverbs may sit between the subject and its verb.
    let verb = end + 1
    // ("Sen. Bernie Sanders (I-Vt.) defended …": a party-and-state parenthesis may come between too.)
    if (tokens[verb]?.text === '(') {
      const close = tokens.slice(verb, Math.min(before, verb + 8)).findIndex((w) => w.text === ')')
      if (close > 0) verb += close + 1
    }
    while (verb < before && tokens[verb]!.pos === 'ADV') verb++
    const next = tokens[verb]
    if (phrase && next && (next.pos === 'VERB' || next.pos === 'AUX' || next.text === ',') && canSpeak(tokens, phrase)) return phrase
    // "A few minutes later they …": an opening phrase of time is not the subject; look on a little.
    if (i - from >= OPENING_PHRASE_TOKENS) return null
    i = end
  }
  return null
}

const OPENING_PHRASE_TOKENS = 6

/** After a name, ", A, B and C" before a verb: the index after C, or -1 when no such list follows. */
function coordinationEnd(tokens: readonly Token[], from: number, before: number): number {
  let j = from
  let joined = false
  let lastName = -1
  while (j < before) {
    const t = tokens[j]!
    if (t.text === ',' || t.lower === 'and') {
      joined ||= t.lower === 'and'
      j++
      continue
    }
    if (t.pos !== 'PROPN') break
    while (j < before && tokens[j]!.pos === 'PROPN') j++
    lastName = j
  }
  const next = tokens[j]
  return joined && lastName === j && next && (next.pos === 'VERB' || next.pos === 'AUX') ? lastName : -1
}
