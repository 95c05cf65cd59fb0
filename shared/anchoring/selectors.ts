import type { z } from 'zod'
import type { textPositionSelectorSchema, textQuoteSelectorSchema } from '../domain/annotation'

export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>

/** Characters of context stored either side of a quote, to re-find it when the text changes. */
export const PREFIX_SUFFIX_LENGTH = 32

/**
 * The W3C selectors for `text.slice(start, end)`. Offsets are JS string indices (UTF-16 code
 * units) into the document's normalised text, the same indices the reader uses.
 */
export function describeSpan(text: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`span [${start}, ${end}) is not a non-empty range of a text of length ${text.length}`)
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - PREFIX_SUFFIX_LENGTH), start),
      suffix: text.slice(end, end + PREFIX_SUFFIX_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  }
}

/** Whether the text at `position` is still exactly the quoted text. Never throws. */
export function spanMatches(text: string, quote: Pick<TextQuoteSelector, 'exact'>, position: Pick<TextPositionSelector, 'start' | 'end'>): boolean {
  const { start, end } = position
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) return false
  return end - start === quote.exact.length && text.startsWith(quote.exact, start)
}
