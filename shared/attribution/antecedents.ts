import { SPEECH_VERBS, isClauseComma, isFiniteVerb } from './cue-words'
import type { Sentence, Token } from './nlp-tokens'
import { adjacentQuote, type QuoteSpan } from './quote-spans'
import { canSpeak, phraseEndingAt, phraseStartingAt, type SourcePhrase } from './source-phrase'
import { clauseSubject } from './clause-subject'

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
      // ("Samir Nashar, a former member of the council, whose …, said": a description between commas is the role.)
      const described = !!antecedent && tokens[antecedent.first - 1]?.text === ',' && /^\p{Ll}/u.test(tokens[antecedent.first]!.text)
      let roleStart = antecedent && (tokens[antecedent.first - 1]?.pos === 'ADP' || described) ? antecedent.first - 1 : -1
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

/**
 * "Opposition figures meeting in Riyadh to form a delegation for the next round said": when the
 * phrase before the cue ends a participle's phrase that opens the sentence, the noun the participle
 * follows speaks. Null when the sentence does not open so (a finite verb comes between).
 */
export function participleSubject(tokens: readonly Token[], sentence: Sentence, phrase: SourcePhrase): SourcePhrase | null {
  if (phrase.first <= sentence.first || phrase.first - sentence.first > 25) return null
  // (The tagger may read the participle as a noun after a plural: "figures meeting in Riyadh".)
  const misreadParticiple = (k: number) => tokens[k]!.pos === 'NOUN' && /ing$/.test(tokens[k]!.lower) && /s$/.test(tokens[k - 1]?.lower ?? '') && tokens[k + 1]?.pos === 'ADP'
  let k = sentence.first
  while (k < phrase.first && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos) && !(k > sentence.first && misreadParticiple(k))) k++
  const participle = tokens[k]
  // (A participle right before a bare noun describes it: "A Reuters rolling poll shows"; before a
  // name or "the" it takes an object: "superdelegates supporting Sanders declined".)
  const describes = k + 1 === phrase.first && !/^(PROPN|DET)$/.test(tokens[phrase.first]!.pos)
  if (k === sentence.first || k >= phrase.first || describes || !participle || !(participle.pos === 'VERB' || misreadParticiple(k)) || !/ing$/.test(participle.lower)) return null
  // (People: a plural noun or a name, "Delegates", "Opposition figures", "Ankara".)
  const head = tokens[k - 1]!
  if (!((head.pos === 'NOUN' && /[^s]s$/.test(head.lower)) || head.pos === 'PROPN')) return null
  // (Nothing between may be a verb of the sentence's own, nor a comma that closes an opening phrase.)
  for (let j = k + 1; j < phrase.first; j++) {
    const t = tokens[j]!
    // (Nor a quotation: `I'm going to look …" Clinton said`.)
    if (isFiniteVerb(tokens, j) || (t.pos === 'PUNCT' && t.text !== '-')) return null
  }
  const subject = { first: sentence.first, last: k, appositive: null }
  return canSpeak(tokens, subject) ? subject : null
}

/**
 * "Others who want to end the siege said …": when the sentence opens with a noun phrase and a
 * "who" clause that runs, without a comma, up to the phrase before the cue, the opening phrase speaks.
 */
export function restrictiveRelativeSubject(tokens: readonly Token[], sentence: Sentence, phrase: SourcePhrase): SourcePhrase | null {
  if (phrase.first <= sentence.first + 1 || phrase.first - sentence.first > 20) return null
  let k = sentence.first
  while (k < phrase.first && /^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokens[k]!.pos) && tokens[k]!.lower !== 'who') k++
  if (k === sentence.first || tokens[k]?.lower !== 'who' || !/^(VERB|AUX|ADV)$/.test(tokens[k + 1]?.pos ?? '')) return null
  if (tokens.slice(k + 1, phrase.first).some((t) => t.pos === 'PUNCT' && t.text !== '-')) return null
  const subject = { first: sentence.first, last: k, appositive: null }
  return canSpeak(tokens, subject) ? subject : null
}

/**
 * The speaker of a cue joined to a clause before it: `…, Mr. Manafort said, adding …` (the cue
 * just before), `"…," said Skelly, explaining …` (inverted), else the clause's subject ("… thanked
 * Miami and said …", "Clinton praised the plan, saying …"). `subjectEnd` is the token before the cue.
 */
export function joinedClauseSpeaker(tokens: readonly Token[], sentence: Sentence, subjectEnd: number, cue: Token): SourcePhrase | null {
  const joined = tokens[subjectEnd]
  if (!joined) return null
  const participle = /ing$/.test(cue.lower)
  if (joined.text === ',' && participle) {
    const isSaying = (t: Token | undefined) => !!t && t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma)
    const previous = isSaying(tokens[subjectEnd - 1]) ? phraseEndingAt(tokens, subjectEnd - 2, sentence.first) : phraseEndingAt(tokens, subjectEnd - 1, sentence.first)
    // (Inverted only after a quote or a clause: "Clinton praised the plan, saying …" is Clinton's, not the plan's.)
    const inverted = !!previous && isSaying(tokens[previous.first - 1]) && /^(?:[,"”’']|'')$/.test(tokens[previous.first - 2]?.text ?? '')
    if (previous && canSpeak(tokens, previous) && (isSaying(tokens[subjectEnd - 1]) || inverted)) return previous
  }
  // "After saying he was nervous, the man …", "While saying that …, he continued": the main clause's subject.
  if (participle && subjectEnd === sentence.first && /^(after|while|before|since|when|by|despite)$/.test(joined.lower)) return subjectAfterOpener(tokens, sentence, subjectEnd + 1)
  // (`… the “Sochi format,” promising …`: the comma may sit inside the closing mark; `… on the spot – saying …`: or be a dash.)
  const joinedByPause = isClauseComma(tokens, subjectEnd) || /^[—–]$/.test(joined.text)
  return joined.lower === 'and' || joined.lower === 'but' || (joinedByPause && participle) ? clauseSubject(tokens, sentence, subjectEnd) : null
}

/** The subject after an opening clause that runs from `from` to its comma ("After saying …, the man ended up …"). */
function subjectAfterOpener(tokens: readonly Token[], sentence: Sentence, from: number): SourcePhrase | null {
  let comma = from
  while (comma < sentence.last && tokens[comma]!.text !== ',') comma++
  const subject = comma < sentence.last ? phraseStartingAt(tokens, comma + 1, sentence.last) : null
  const verb = subject ? tokens[subject.last] : undefined
  return subject && canSpeak(tokens, subject) && !!verb && (verb.pos === 'VERB' || verb.pos === 'AUX' || verb.pos === 'ADV') ? subject : null
}

/**
 * "Morton Blackwell, founder of the institute and a committeeman from Virginia, endorsed Cruz": the
 * name opening the sentence, when only its description (no verb) lies between it and the comma at `comma`.
 */
export function appositiveSubject(tokens: readonly Token[], sentence: Sentence, comma: number): SourcePhrase | null {
  const subject = clauseSubject(tokens, sentence, comma)
  if (!subject || subject.last >= comma || tokens[subject.last]?.text !== ',' || !tokens.slice(subject.first, subject.last).some((t) => t.pos === 'PROPN')) return null
  const description = tokens.slice(subject.last + 1, comma)
  return description.length > 0 && description.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'SCONJ' && t.pos !== 'PRON' && !/^(which|that|who|[;:.!?"“”])$/.test(t.lower)) ? subject : null
}

/**
 * "It" that speaks: `"…," it read.` (a sign, an e-mail or a newspaper, beside its quoted words), and
 * "It said it decided to …" opening a sentence with a verb of saying (the body last named).
 */
export function speaksAsIt(text: string, tokens: readonly Token[], quotes: readonly QuoteSpan[], sentence: Sentence, phrase: SourcePhrase, cue: number): boolean {
  const it = tokens[phrase.first]!
  if (phrase.last !== phrase.first + 1 || it.lower !== 'it') return false
  const quoted = !!adjacentQuote(text, quotes, it.start, it.end, 'before') || !!adjacentQuote(text, quotes, tokens[cue]!.end, tokens[cue]!.end, 'after')
  return quoted || (phrase.first === sentence.first && it.text === 'It' && phrase.last === cue && SPEECH_VERBS.has(tokens[cue]!.lemma))
}
