import { buildWordIndex, fuzzyFind } from '../anchoring/fuzzy-find'
import { DEFAULT_REANCHOR_OPTIONS } from '../anchoring/reanchor'
import { describeSpan } from '../anchoring/selectors'
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors'
import type { IncomingAnnotation } from './incoming'

export interface Placement {
  quote: TextQuoteSelector
  position: TextPositionSelector
  /** anchored: the quote is there, where the file says or unambiguously; needs-review: found by fuzzy match or chosen among several. */
  status: 'anchored' | 'needs-review'
}

const contextScore = (text: string, start: number, end: number, prefix: string, suffix: string) =>
  (prefix && text.slice(Math.max(0, start - prefix.length), start) === prefix ? 1 : 0) + (suffix && text.slice(end, end + suffix.length) === suffix ? 1 : 0)

/**
 * Places an annotation's quote in a document's text, as Hypothesis anchors: the exact quote at
 * the given position; else the one occurrence of it, or among several the one its prefix and
 * suffix fit (the position breaking ties); else a fuzzy match of quote and context. A position
 * with no quote is used only when it fits inside the text. Null when the words are not there.
 */
export function placeInText(incoming: Pick<IncomingAnnotation, 'quote' | 'position'>, text: string): Placement | null {
  const { quote, position } = incoming
  const described = (start: number, end: number, status: Placement['status']): Placement => ({ ...describeSpan(text, start, end), status })
  if (!quote) {
    if (position && position.end <= text.length) return described(position.start, position.end, 'needs-review')
    return null
  }
  const { exact, prefix, suffix } = quote
  if (position && text.slice(position.start, position.end) === exact) return described(position.start, position.end, 'anchored')
  const starts: number[] = []
  for (let at = text.indexOf(exact); at !== -1 && starts.length < 1000; at = text.indexOf(exact, at + 1)) starts.push(at)
  if (starts.length === 1) return described(starts[0]!, starts[0]! + exact.length, 'anchored')
  if (starts.length > 1) {
    const ranked = starts
      .map((start) => ({ start, score: contextScore(text, start, start + exact.length, prefix, suffix), distance: position ? Math.abs(start - position.start) : 0 }))
      .sort((a, b) => b.score - a.score || a.distance - b.distance)
    const best = ranked[0]!
    const clear = best.score === 2 && ranked[1]!.score < 2
    return described(best.start, best.start + exact.length, clear ? 'anchored' : 'needs-review')
  }
  const hint = position ? { start: Math.min(position.start, text.length), end: Math.min(position.end, text.length), exact: false } : { start: 0, end: 0, exact: false }
  const found = fuzzyFind(text, () => buildWordIndex(text), { exact, prefix, suffix }, hint, { ...DEFAULT_REANCHOR_OPTIONS, minScoreFar: DEFAULT_REANCHOR_OPTIONS.minScore })
  return found ? described(found.start, found.end, 'needs-review') : null
}
