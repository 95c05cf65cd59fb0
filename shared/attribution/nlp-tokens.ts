import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { repairSpeechTags } from './tagger-repairs'

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

/** A title before a name ("Fr. Frank Pavone") never ends a sentence. */
const TITLE_ABBREVIATION = /^(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Fr|Sr|Jr|St|Amb|Adm|Cmdr|Gens|Sens|Reps)\.$/
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
  repairSpeechTags(tokens, tokenIndexOfWink[0]!)
  for (const [from, to] of doc.sentences().out(its.span) as Array<[number, number]>) {
    const first = tokenIndexOfWink[from]!
    const last = tokenIndexOfWink[to + 1]!
    if (last <= first) continue
    // Text without full stops (lists, transcripts, pasted tables) can make one "sentence" of
    // thousands of words; cutting it keeps every rule's work per sentence bounded.
    // A line break also ends a sentence: some texts separate paragraphs with one newline.
    // "Sen. Bernie Sanders (I-Vt.) said": edited prose opens no sentence with a closing bracket, a
    // comma ("Sen. Roy Blunt (R-Mo.), facing …") or a lower-case word; the tagger cut after an abbreviation.
    const previous = sentences[sentences.length - 1]
    const afterTitle = TITLE_ABBREVIATION.test(tokens[first - 1]?.text ?? '') || (tokens[first - 1]?.text === '.' && TITLE_ABBREVIATION.test(`${tokens[first - 2]?.text ?? ''}.`))
    // (and none ends inside brackets: "(D-R.I.)").
    const insideBrackets = !!previous && tokens.slice(previous.first, previous.last).reduce((depth, t) => depth + (t.text === '(' ? 1 : t.text === ')' ? -1 : 0), 0) > 0
    const bracketOpens = previous?.last === first && (/^(?:\)|\p{Ll}|[,;:])/u.test(tokens[first]!.text) || afterTitle || insideBrackets) && !text.slice(tokens[first - 1]!.end, tokens[first]!.start).includes('\n')
    if (bracketOpens) sentences.pop()
    let cut = bracketOpens ? previous!.first : first
    for (let i = cut + 1; i <= last; i++) {
      if (i < last && i - cut < MAX_SENTENCE_TOKENS && !text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n')) continue
      sentences.push({ first: cut, last: i, start: tokens[cut]!.start, end: tokens[i - 1]!.end })
      cut = i
    }
  }
}
