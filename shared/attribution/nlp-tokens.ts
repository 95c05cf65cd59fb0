import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { EVIDENCE_NOUNS, QUANTIFIER_SOURCES, SPEECH_VERBS } from './cue-words'

/** A word or mark of the text with its character offsets, lemma and part of speech. */
export interface Token {
  text: string
  lower: string
  lemma: string
  pos: string
  start: number
  end: number
}

export interface Sentence {
  /** Index of the first and one past the last token of the sentence. */
  first: number
  last: number
  start: number
  end: number
}

export interface TokenisedText {
  tokens: Token[]
  sentences: Sentence[]
}

const MAX_SENTENCE_TOKENS = 160
/** Characters wink reads at once (cut at a paragraph break before this). */
const CHUNK = 6000

type Nlp = ReturnType<typeof winkNLP>
let nlp: Nlp | null = null

/** wink-nlp's English model is loaded once, on first use (about 100 ms). */
function englishNlp(): Nlp {
  nlp ??= winkNLP(model)
  return nlp
}

/**
 * Splits the text into sentences and tagged tokens with wink-nlp, then places every token in the
 * original string, because wink reports token values, not offsets. Long texts are read in pieces
 * of a few paragraphs: wink's time grows faster than the text on some inputs (long runs of marks).
 */
export function tokenise(text: string): TokenisedText {
  const result: TokenisedText = { tokens: [], sentences: [] }
  for (let from = 0; from < text.length; ) {
    const to = pieceEnd(text, from)
    readPiece(text, from, to, result)
    from = to
  }
  return result
}

/** End of the piece starting at `from`: a paragraph break near CHUNK characters on, else a space, else a hard cut. */
function pieceEnd(text: string, from: number): number {
  if (text.length - from <= CHUNK) return text.length
  const window = text.slice(from, from + CHUNK)
  const paragraph = window.lastIndexOf('\n\n')
  if (paragraph > CHUNK / 4) return from + paragraph + 2
  const line = window.lastIndexOf('\n')
  if (line > CHUNK / 4) return from + line + 1
  const space = window.lastIndexOf(' ')
  return space > CHUNK / 4 ? from + space + 1 : from + CHUNK
}

const FINITE_SPEECH = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'noted', 'notes', 'argued', 'argues', 'explained', 'explains', 'insisted', 'insists', 'warned', 'warns',
  'stated', 'states', 'declared', 'declares', 'replied', 'replies', 'responded', 'responds', 'continued', 'continues', 'asked', 'asks', 'claimed', 'claims', 'recalled', 'recalls', 'tweeted', 'tweets', 'posted', 'posts', 'concluded', 'concludes'])
const NOT_NAMES = new Set(['PRON', 'DET', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'NUM', 'PUNCT', 'SYM', 'INTJ'])

/** "Cook said", "Hope says": a capitalised word right before a verb of saying is a name, whatever the tagger read. */
function renameSpeakers(tokens: Token[], from: number): void {
  for (let i = from; i + 1 < tokens.length; i++) {
    const t = tokens[i]!
    // … and after one in inverted order: `"…," said Skelly`.
    const inverted = i - 2 >= from && FINITE_SPEECH.has(tokens[i - 1]!.lower) && /^(?:[,”"]|'')$/.test(tokens[i - 2]!.text)
    // … and after a quote, before the comma of an aside: `,” Blunt, after a long pause, said`.
    const namedAfterQuote = i - 1 >= from && /^(?:[”"]|'')$/.test(tokens[i - 1]!.text) && /^[,”"]/.test(tokens[i - 2]?.text ?? '') && tokens[i + 1]!.text === ','
    if (t.pos !== 'PROPN' && !NOT_NAMES.has(t.pos) && /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) && (FINITE_SPEECH.has(tokens[i + 1]!.lower) || inverted || namedAfterQuote)) t.pos = 'PROPN'
    // "records show he backed", "polls show that …": after a plural subject, "show" is the verb.
    const previous = tokens[i - 1]
    const evidenceSubject = !!previous && (previous.pos === 'NOUN' || previous.pos === 'PROPN') && (/s$/.test(previous.lower) || tokens.slice(Math.max(from, i - 8), i).some((b) => EVIDENCE_NOUNS.has(b.lower)))
    // "the Washington Post reports that the …": a noun-looking verb of saying after a name, before a
    // "that" clause with its own subject ("member states that ratified …" is a relative clause).
    const clauseAfter = tokens[i + 1]!.lower === 'that' && !!tokens[i + 2] && !/^(VERB|AUX)$/.test(tokens[i + 2]!.pos)
    const sayingAfterName = t.pos === 'NOUN' && SAYING_FORMS.has(t.lower) && i > from && previous!.pos === 'PROPN' && clauseAfter
    // "Presidential candidates promise they will …": after a plural subject, before a pronoun and its verb.
    const pronounClause = /^(he|she|they|we|it|i)$/.test(tokens[i + 1]!.lower) && /^(VERB|AUX)$/.test(tokens[i + 2]?.pos ?? '')
    const pluralSubject = !!previous && i > from && ((previous.pos === 'NOUN' && /[^s]s$/.test(previous.lower)) || previous.pos === 'PROPN' || QUANTIFIER_SOURCES.has(previous.lower))
    const sayingAfterPlural = t.pos === 'NOUN' && SAYING_BASE.has(t.lower) && pluralSubject && (clauseAfter || pronounClause)
    // `,” Viguerie notes.` and `The ad claims “…”`: beside a quotation, a saying form after its subject is the verb.
    const named = !!previous && i > from && (previous.pos === 'PROPN' || previous.pos === 'NOUN')
    // (The speaker's phrase may be long: `,” a voice-over in the ad states.`)
    const afterQuote = (/^[.,;]$/.test(tokens[i + 1]!.text) || tokens[i + 1]!.pos === 'ADP') && closedQuoteBefore(tokens, i, from)
    const beforeQuote = /^(?:[“"]|``|:)$/.test(tokens[i + 1]!.text)
    const sayingBesideQuote = t.pos === 'NOUN' && (SAYING_FORMS.has(t.lower) || SAYING_BASE.has(t.lower)) && named && (afterQuote || beforeQuote)
    // `,” Toomey fumed on Tuesday.`: right after a quote and its speaker, a form of a verb of saying is that verb.
    const speaker = !!previous && i > from && (previous.pos === 'PROPN' || previous.pos === 'PRON')
    const quoteClosed = i - 2 >= from && /^(?:[”"]|'')$/.test(tokens[i - 2]!.text)
    const saying = t.pos !== 'VERB' && speaker && quoteClosed && /(ed|s)$/.test(t.lower) ? speechLemma(t.lower) : undefined
    if (saying) {
      t.pos = 'VERB'
      t.lemma = saying
    }
    const evidenceShows = t.pos === 'NOUN' && EVIDENCE_VERBS.has(t.lower) && i > from && evidenceSubject && /^(PRON|DET|NOUN|PROPN|SCONJ|NUM|PUNCT)$/.test(tokens[i + 1]!.pos) && tokens[i + 1]!.text !== '('
    // "Mr. Sanders talks about a revolution": a topic verb after its subject, before its preposition.
    const talksAbout = t.pos === 'NOUN' && /^(talks|speaks|writes|complains|jokes|boasts|brags)$/.test(t.lower) && !!previous && i > from && (previous.pos === 'PROPN' || previous.pos === 'PRON') && /^(about|of)$/.test(tokens[i + 1]!.lower)
    if (sayingAfterName || evidenceShows || sayingAfterPlural || sayingBesideQuote || talksAbout) {
      t.pos = 'VERB'
      t.lemma = SAYING_BASE.has(t.lower) ? t.lower : t.lower.replace(/s$/, '')
    }
  }
}

/** A title before a name ("Fr. Frank Pavone") never ends a sentence. */
const TITLE_ABBREVIATION = /^(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Fr|Sr|Jr|St|Amb|Adm|Cmdr|Gens|Sens|Reps)\.$/
const EVIDENCE_VERBS = new Set(['show', 'suggest', 'indicate', 'find'])
const SAYING_FORMS = new Set(['reports', 'claims', 'notes', 'warns', 'argues', 'insists', 'says', 'writes', 'adds', 'states', 'contends', 'maintains', 'acknowledges', 'admits', 'charges', 'alleges', 'concedes', 'predicts', 'believes', 'thinks', 'fears', 'hopes'])

/** True when a quote closed by `,”` lies a few words before token `i`, with no verb between (`,” a voice-over in the ad states`). */
function closedQuoteBefore(tokens: readonly Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from + 1, i - 8); k--) {
    const t = tokens[k]!
    if (/^(?:[”"]|'')$/.test(t.text)) return k < i - 1 && /^[,?!]$/.test(tokens[k - 1]!.text)
    if (t.pos === 'VERB' || t.pos === 'AUX' || /^[.;:]$/.test(t.text)) return false
  }
  return false
}

/** The verb of saying a past or third-person form belongs to ("fumed" → "fume", "quipped" → "quip"), if any. */
function speechLemma(word: string): string | undefined {
  const candidates = [word.replace(/ied$/, 'y'), word.replace(/([a-z])\1ed$/, '$1'), word.replace(/ed$/, ''), word.replace(/d$/, ''), word.replace(/es$/, ''), word.replace(/s$/, '')]
  return candidates.find((c) => c !== word && SPEECH_VERBS.has(c))
}

const SAYING_BASE = new Set(['say', 'state', 'write', 'add', 'explain', 'declare', 'claim', 'warn', 'argue', 'insist', 'promise', 'predict', 'fear', 'hope', 'note', 'admit', 'contend', 'maintain', 'acknowledge', 'concede', 'allege', 'report', 'worry', 'complain', 'suspect', 'doubt', 'estimate', 'vow', 'pledge'])

function readPiece(text: string, base: number, end: number, { tokens, sentences }: TokenisedText): void {
  const engine = englishNlp()
  const its = engine.its
  const doc = engine.readDoc(text.slice(base, end))
  const values = doc.tokens().out(its.value) as string[]
  const lemmas = doc.tokens().out(its.lemma as typeof its.value) as string[]
  const tags = doc.tokens().out(its.pos) as string[]
  const tokenIndexOfWink: number[] = []
  let cursor = base
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    const at = text.indexOf(value, cursor)
    tokenIndexOfWink.push(tokens.length)
    if (tags[i] === 'SPACE' || at < 0 || at - cursor > 200 || at + value.length > end) continue
    tokens.push({ text: value, lower: value.toLowerCase(), lemma: (lemmas[i] ?? value).toLowerCase(), pos: tags[i] ?? 'X', start: at, end: at + value.length })
    cursor = at + value.length
  }
  tokenIndexOfWink.push(tokens.length)
  renameSpeakers(tokens, tokenIndexOfWink[0]!)
  for (const [from, to] of doc.sentences().out(its.span) as Array<[number, number]>) {
    const first = tokenIndexOfWink[from]!
    const last = tokenIndexOfWink[to + 1]!
    if (last <= first) continue
    // Text without full stops (lists, transcripts, pasted tables) can make one "sentence" of
    // thousands of words; cutting it keeps every rule's work per sentence bounded.
    // A line break also ends a sentence: some texts separate paragraphs with one newline.
    // "Sen. Bernie Sanders (I-Vt.) said": edited prose opens no sentence with a closing bracket or
    // a lower-case word; the tagger cut after an abbreviation.
    const previous = sentences[sentences.length - 1]
    const afterTitle = TITLE_ABBREVIATION.test(tokens[first - 1]?.text ?? '') || (tokens[first - 1]?.text === '.' && TITLE_ABBREVIATION.test(`${tokens[first - 2]?.text ?? ''}.`))
    // (and none ends inside brackets: "(D-R.I.)").
    const insideBrackets = !!previous && tokens.slice(previous.first, previous.last).reduce((depth, t) => depth + (t.text === '(' ? 1 : t.text === ')' ? -1 : 0), 0) > 0
    const bracketOpens = previous?.last === first && (/^(?:\)|\p{Ll})/u.test(tokens[first]!.text) || afterTitle || insideBrackets) && !text.slice(tokens[first - 1]!.end, tokens[first]!.start).includes('\n')
    if (bracketOpens) sentences.pop()
    let cut = bracketOpens ? previous!.first : first
    for (let i = cut + 1; i <= last; i++) {
      if (i < last && i - cut < MAX_SENTENCE_TOKENS && !text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n')) continue
      sentences.push({ first: cut, last: i, start: tokens[cut]!.start, end: tokens[i - 1]!.end })
      cut = i
    }
  }
}
