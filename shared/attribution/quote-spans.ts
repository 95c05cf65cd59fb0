/** A quotation in the text, marks included: [start, end). */
export interface QuoteSpan {
  start: number
  end: number
  /** True when the quote runs over paragraphs (each new paragraph reopens it, the last closes it). */
  multiParagraph: boolean
}

const OPENING = new Set(['"', '“', '«', '„'])
const CLOSING_OF: Record<string, string[]> = { '"': ['"', '”'], '“': ['”', '"'], '«': ['»'], '„': ['“', '”'] }
/** Quotes shorter than this are names, scare quotes or titles ("so-called 'peoples' congress'"), not statements. */
const MIN_WORDS = 4

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

/**
 * Finds quotations paragraph by paragraph, the way news prose writes them: curly or straight
 * marks, and the print convention for a quote over several paragraphs (each paragraph opens with
 * a mark, only the last one closes). Unbalanced marks never swallow the rest of the text: an
 * unclosed quote ends with its paragraph unless the next paragraph reopens it.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  const paragraphs: Array<[number, number]> = []
  const breaks = /\n\s*\n/g
  let from = 0
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    paragraphs.push([from, m.index])
    from = m.index + m[0].length
  }
  paragraphs.push([from, text.length])

  let open = null as { start: number; mark: string; paragraphs: number } | null
  for (let p = 0; p < paragraphs.length; p++) {
    const [pStart, pEnd] = paragraphs[p]!
    let i = pStart
    if (open) {
      // A quote left open continues only if this paragraph reopens it.
      if (!OPENING.has(text[pStart] ?? '')) {
        open = null
      } else {
        i = pStart + 1
        open.paragraphs++
      }
    }
    for (; i < pEnd; i++) {
      const ch = text[i]!
      if (open) {
        const closers = CLOSING_OF[open.mark] ?? []
        // A straight mark right after a letter closes; one after a space opens a nested quote we skip.
        if (closers.includes(ch) && !(ch === '"' && /\s/.test(text[i - 1] ?? ' ') && open.mark === '"' && /\w/.test(text[i + 1] ?? ''))) {
          pushQuote(spans, text, open.start, i + 1, open.paragraphs > 0)
          open = null
        }
      } else if (OPENING.has(ch) && (ch !== '"' || i === pStart || /[\s(\[—–-]/.test(text[i - 1] ?? ' ') || /[:,]/.test(text[i - 1] ?? ''))) {
        open = { start: i, mark: ch, paragraphs: 0 }
      }
    }
    if (open && open.start >= pStart && p + 1 < paragraphs.length && !OPENING.has(text[paragraphs[p + 1]![0]] ?? '')) {
      // Unclosed at the paragraph's end and not continued: treat the rest of the paragraph as the quote.
      pushQuote(spans, text, open.start, pEnd, false)
      open = null
    } else if (open && p + 1 < paragraphs.length && !OPENING.has(text[paragraphs[p + 1]![0]] ?? '')) {
      pushQuote(spans, text, open.start, pEnd, true)
      open = null
    }
  }
  if (open) pushQuote(spans, text, open.start, text.length, open.paragraphs > 0)
  return spans
}

function pushQuote(spans: QuoteSpan[], text: string, start: number, end: number, multiParagraph: boolean): void {
  if (words(text.slice(start, end)) >= MIN_WORDS) spans.push({ start, end, multiParagraph })
}
