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
const MIN_WORDS = 3

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

/**
 * The quotation mark at `i`, if any. Archive texts (the New York Times' among them) write a
 * double quotation mark as two apostrophes, '' … ''; those count as one straight mark.
 */
function markAt(text: string, i: number): string | undefined {
  const ch = text[i]
  if (ch === "'") return text[i + 1] === "'" && text[i - 1] !== "'" ? '"' : undefined
  return ch === '"' || ch === '”' || ch === '»' || OPENING.has(ch ?? '') ? ch : undefined
}

const markLength = (text: string, i: number): number => (text[i] === "'" ? 2 : 1)
const opensAt = (text: string, i: number): boolean => OPENING.has(markAt(text, i) ?? '')

/** One past a closing mark; '' may be followed by the apostrophe closing a nested quote ('''). */
function closingEnd(text: string, i: number): number {
  const end = i + markLength(text, i)
  return text[i] === "'" && text[end] === "'" ? end + 1 : end
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

  let open = null as { start: number; mark: string; paragraphs: number; nested?: boolean } | null
  for (let p = 0; p < paragraphs.length; p++) {
    const [pStart, pEnd] = paragraphs[p]!
    let i = pStart
    if (open) {
      // A quote left open continues only if this paragraph reopens it.
      if (!opensAt(text, pStart)) {
        open = null
      } else {
        i = pStart + markLength(text, pStart)
        open.paragraphs++
      }
    }
    for (; i < pEnd; i++) {
      // Typing slips close a “ with ’ or with “ (`… StopGunViolence.’`, `… here,“ said Clyburn`):
      // after a stop or a comma, with no ” left in the paragraph, or with the cue's words next.
      if (open?.mark === '“' && /[.,!?]/.test(text[i - 1] ?? '') && ((text[i] === '’' && /^(?:\s|$)/.test(text.slice(i + 1, i + 2)) && !text.slice(i, pEnd).includes('”')) || (text[i] === '“' && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4))))) {
        pushQuote(spans, text, open.start, i + 1, open.paragraphs > 0)
        open = null
        continue
      }
      const ch = markAt(text, i)
      if (!ch) continue
      const length = markLength(text, i)
      if (open) {
        // A straight quotation may hold a curly one ("… about “Equal Justice Under Law” anymore."):
        // its closing mark closes the inner quote, not the outer.
        // A doubled opening mark (`"“You don’t win …,”`) is one mark: the quote is the curly one's.
        if (i === open.start + markLength(text, open.start) && OPENING.has(ch)) {
          open = { start: open.start, mark: ch, paragraphs: open.paragraphs }
          i += length - 1
          continue
        }
        if (open.mark === '"' && ch === '“') open.nested = true
        if (open.nested && (ch === '”' || ch === '“')) {
          if (ch === '”') open.nested = false
          continue
        }
        const closers = CLOSING_OF[open.mark] ?? []
        // A straight mark right after a letter closes; one after a space opens a nested quote we skip.
        if (closers.includes(ch) && !(ch === '"' && /\s/.test(text[i - 1] ?? ' ') && open.mark === '"' && /\w/.test(text[i + length] ?? ''))) {
          pushQuote(spans, text, open.start, closingEnd(text, i), open.paragraphs > 0)
          open = null
        }
      } else if (OPENING.has(ch) && (ch !== '"' || i === pStart || /[\s(\[—–-]/.test(text[i - 1] ?? ' ') || /[:,]/.test(text[i - 1] ?? ''))) {
        open = { start: i, mark: ch, paragraphs: 0 }
      }
      i += length - 1
    }
    const continued = p + 1 < paragraphs.length && opensAt(text, paragraphs[p + 1]![0])
    if (open && p + 1 < paragraphs.length && !continued) {
      // Unclosed at the paragraph's end and not continued: the rest of the paragraph is the quote.
      pushQuote(spans, text, open.start, pEnd, open.start < pStart)
      open = null
    }
  }
  if (open) pushQuote(spans, text, open.start, text.length, open.paragraphs > 0)
  return spans
}

/**
 * Short quotes count only when they end in a speaker's comma, question or exclamation ("Really," she
 * said), or when a verb of saying introduces a finished one (she said, "No.").
 */
function pushQuote(spans: QuoteSpan[], text: string, start: number, end: number, multiParagraph: boolean): void {
  const quoted = text.slice(start, end)
  const count = words(quoted)
  const answered = /[.?!](?:["”'’]|'')$/.test(quoted) && /\b(said|says|replied|replies|answered|answers|added|adds|responded|responds|tweeted|wrote|writes)\s*[,:]\s*$/i.test(text.slice(Math.max(0, start - 20), start))
  if (count >= MIN_WORDS || (count >= 1 && ((/[,?!]["”“']+$/.test(quoted) && /^\s*,?\s*\p{L}/u.test(text.slice(end, end + 4))) || answered))) spans.push({ start, end, multiParagraph })
}

/** Index of the first quote starting at or after `offset` (quotes are sorted and do not overlap). */
export function firstQuoteFrom(quotes: readonly QuoteSpan[], offset: number): number {
  let lo = 0
  let hi = quotes.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (quotes[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The quote holding `offset`, marks included. */
export function quoteAt(quotes: readonly QuoteSpan[], offset: number): QuoteSpan | undefined {
  const q = quotes[firstQuoteFrom(quotes, offset + 1) - 1]
  return q && offset < q.end ? q : undefined
}

/** True when `offset` lies strictly inside a quote (not on its marks). */
export function insideQuote(quotes: readonly QuoteSpan[], offset: number): boolean {
  const q = quotes[firstQuoteFrom(quotes, offset) - 1]
  return !!q && offset < q.end - 1
}

/** The last quote ending at or before `offset`. */
export function lastQuoteBefore(quotes: readonly QuoteSpan[], offset: number): QuoteSpan | undefined {
  let i = firstQuoteFrom(quotes, offset) - 1
  while (i >= 0 && quotes[i]!.end > offset) i--
  return quotes[i]
}

/** `called the remarks “racist,” an extraordinary indictment`: what someone is called ends with the first quotation inside [start, end). */
export function endAtNamingQuote(quotes: readonly QuoteSpan[], start: number, end: number): number {
  const named = quotes[firstQuoteFrom(quotes, start + 1)]
  return named && named.end < end ? named.end : end
}

/** The quote touching a cue at [from, to): ending just before it (`"…," she said`) or starting just after (`said: "…"`). */
export function adjacentQuote(text: string, quotes: readonly QuoteSpan[], from: number, to: number, direction: 'before' | 'after'): QuoteSpan | undefined {
  if (direction === 'before') {
    const q = lastQuoteBefore(quotes, from)
    return q && /^[ \t,—–-]*$/.test(text.slice(q.end, from)) ? q : undefined
  }
  const q = quotes[firstQuoteFrom(quotes, to)]
  return q && /^[\s,:—–-]*$/.test(text.slice(to, q.start)) ? q : undefined
}
