import type { QuoteSpan } from './quote-spans'
import { splitParagraphs } from '../text/normalise'
import { spanOf, type AttributedStatement, type AttributionKind } from './types'
import { NOT_SPEAKERS } from './speech-lines'

/** Lines that credit words to someone without a verb: headlines and quote signatures. */

const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|of|the|de|al|bin)){0,4}`
// "Kasich: ‘We Are Going All The Way’", "Graham: Trump’s Rhetoric Destroying GOP’s Chance"
const HEADLINE = new RegExp(`^(${NAME}):[ \\t]+(\\S[^\\n]*)$`, 'u')
// "Guns Are ‘A Public Health Crisis,’ Howard Dean Tells Convention.", "…, Trevor Noah Says."
// (What follows the verb is whom it was told, never a clause: "Despite Truce, Syrian Army Says It Will Keep Fighting"
// credits "It Will Keep Fighting", which the sentence reader takes.)
const INVERTED_HEADLINE = new RegExp(`^(\\S[^\\n]*?(?:,[’”'"]?|[’”'"],))[ \\t]+(${NAME})[ \\t]+(Says|Said|Tells|Told|Warns|Claims|Insists|Argues|Admits|Writes|Predicts|Declares)(?:[ \\t](?!(?:It|He|She|They|We|I|That|This|There)\\b)(?![^,\\n]*\\b(?:Is|Are|Was|Were|Will|Would|Has|Have|Had|Can|Could|May|Must|Should|Not)\\b)[^,\\n]*)?\\.?$`, 'u')
// "- Bernie Sanders." / "—President Obama, tweeting after the speech."
const SIGNATURE = new RegExp(`^[-—–][ \\t]*(${NAME})(?:,[^\\n]*)?\\.?$`, 'u')
const QUOTE_MARK = /["“”‘’]|''/
const WHOLE_QUOTE = /^(?:["“]|'')[\s\S]+(?:["”]|'')\.?$/

/** The text's paragraphs, each trimmed, with where it starts. */
function paragraphsOf(text: string): Array<{ start: number; text: string }> {
  return splitParagraphs(text).map((p) => ({ start: p.start + (p.text.length - p.text.trimStart().length), text: p.text.trim() })).filter((p) => p.text !== '')
}

const statement = (kind: AttributionKind, text: string, content: [number, number], cue: [number, number], source: [number, number], confidence: number): AttributedStatement => ({
  kind,
  content: spanOf(text, ...content),
  cue: spanOf(text, ...cue),
  source: spanOf(text, ...source),
  speaker: text.slice(source[0], source[1]),
  role: null,
  confidence,
})

/**
 * A headline in the "Speaker: claim" convention credits its claim to the speaker: the document's
 * first line always reads so; another one-line paragraph only when its claim carries quotation
 * marks (so "Syria: talks resume" deep in a text is left alone).
 */
export function headlineStatements(text: string): AttributedStatement[] {
  const found: AttributedStatement[] = []
  for (const [index, p] of paragraphsOf(text).entries()) {
    if (p.text.includes('\n') || p.text.length > 220) continue
    // The first line may also close on its speaker and verb, in title case.
    const inverted = index === 0 ? INVERTED_HEADLINE.exec(p.text) : null
    if (inverted && !NOT_SPEAKERS.test(inverted[2]!)) {
      const nameStart = p.start + inverted[1]!.length + p.text.slice(inverted[1]!.length).indexOf(inverted[2]!)
      const cueStart = nameStart + inverted[2]!.length + 1
      found.push(statement(/^["“‘']/.test(inverted[1]!) ? 'direct' : 'indirect', text, [p.start, p.start + inverted[1]!.replace(/,$/, '').length], [cueStart, cueStart + inverted[3]!.length], [nameStart, nameStart + inverted[2]!.length], 0.7))
      continue
    }
    const m = HEADLINE.exec(p.text)
    if (!m || NOT_SPEAKERS.test(m[1]!) || (index > 0 && !QUOTE_MARK.test(m[2]!))) continue
    const nameEnd = p.start + m[1]!.length
    const contentStart = p.start + m[0].length - m[2]!.length
    const contentEnd = p.start + p.text.replace(/\.$/, '').length
    if (contentEnd - contentStart < 8) continue
    found.push(statement(/^["“‘']/.test(m[2]!) ? 'direct' : 'indirect', text, [contentStart, contentEnd], [nameEnd, nameEnd + 1], [p.start, nameEnd], 0.7))
  }
  return found
}

/** A paragraph that is all quotation, signed on the next line ("- Bernie Sanders."), is the signer's. */
export function signedQuotes(text: string): AttributedStatement[] {
  const paragraphs = paragraphsOf(text)
  const found: AttributedStatement[] = []
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const quote = paragraphs[i]!
    const signature = SIGNATURE.exec(paragraphs[i + 1]!.text)
    if (!signature || !WHOLE_QUOTE.test(quote.text)) continue
    const sign = paragraphs[i + 1]!
    const name = signature[1]!.replace(/\.$/, '')
    const nameStart = sign.start + sign.text.indexOf(name)
    found.push(statement('direct', text, [quote.start, quote.start + quote.text.replace(/\.$/, '').length], [sign.start, sign.start + 1], [nameStart, nameStart + name.length], 0.9))
  }
  return found
}

// `… destroy ISIS." Bush: "The mission is …"`: a name and a colon open a sentence before a quote.
const NAME_COLON_BEFORE = new RegExp(`(?:^|\\n|[.!?]["”’]?[ \\t]+)(${NAME}):[ \\t]*$`, 'u')

/** A quotation introduced by "Name:" at the start of a sentence, as debate and hearing recaps print them. */
export function namedQuotes(text: string, quotes: readonly QuoteSpan[]): AttributedStatement[] {
  const found: AttributedStatement[] = []
  for (const quote of quotes) {
    const before = text.slice(Math.max(0, quote.start - 80), quote.start)
    const m = NAME_COLON_BEFORE.exec(before)
    if (!m || NOT_SPEAKERS.test(m[1]!)) continue
    const colon = quote.start - before.length + m.index + m[0].lastIndexOf(':')
    const nameStart = colon - m[1]!.length
    found.push(statement('direct', text, [quote.start, quote.end], [colon, colon + 1], [nameStart, colon], 0.85))
  }
  return found
}
