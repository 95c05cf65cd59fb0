import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

type Nlp = ReturnType<typeof winkNLP>
let nlp: Nlp | null = null

/**
 * The statement's sentiment from wink-nlp's English model (a lexicon with negation and
 * intensifiers): -1 very negative … +1 very positive. Loaded on first use.
 */
export function sentimentOf(text: string): number {
  nlp ??= winkNLP(model)
  return nlp.readDoc(text.slice(0, 5000)).out(nlp.its.sentiment) as unknown as number
}
