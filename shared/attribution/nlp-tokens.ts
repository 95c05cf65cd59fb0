import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

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

type Nlp = ReturnType<typeof winkNLP>
let nlp: Nlp | null = null

/** wink-nlp's English model is loaded once, on first use (about 100 ms). */
function englishNlp(): Nlp {
  nlp ??= winkNLP(model)
  return nlp
}

/**
 * Splits the text into sentences and tagged tokens with wink-nlp, then places every token in the
 * original string, because wink reports token values, not offsets.
 */
export function tokenise(text: string): TokenisedText {
  const engine = englishNlp()
  const its = engine.its
  const doc = engine.readDoc(text)
  const values = doc.tokens().out(its.value) as string[]
  const lemmas = doc.tokens().out(its.lemma as typeof its.value) as string[]
  const tags = doc.tokens().out(its.pos) as string[]
  const tokens: Token[] = []
  const tokenIndexOfWink: number[] = []
  let cursor = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    const at = text.indexOf(value, cursor)
    if (tags[i] === 'SPACE' || at < 0 || at - cursor > 200) {
      tokenIndexOfWink.push(tokens.length)
      continue
    }
    tokenIndexOfWink.push(tokens.length)
    tokens.push({ text: value, lower: value.toLowerCase(), lemma: (lemmas[i] ?? value).toLowerCase(), pos: tags[i] ?? 'X', start: at, end: at + value.length })
    cursor = at + value.length
  }
  tokenIndexOfWink.push(tokens.length)
  const sentences: Sentence[] = []
  for (const [from, to] of doc.sentences().out(its.span) as Array<[number, number]>) {
    const first = tokenIndexOfWink[from]!
    const last = tokenIndexOfWink[to + 1]!
    if (last <= first) continue
    sentences.push({ first, last, start: tokens[first]!.start, end: tokens[last - 1]!.end })
  }
  return { tokens, sentences }
}
