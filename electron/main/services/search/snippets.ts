import { forEachWord, normalizeWord } from './tokenize'

/** Offsets in UTF-16 code units, end exclusive. */
export interface TextRange {
  start: number
  end: number
}

export interface Snippet {
  text: string
  /** Ranges within `text`. */
  highlights: TextRange[]
}

interface Occurrence extends TextRange {
  word: string
}

const ELLIPSIS = '…'

function occurrences(text: string, matchedTerms: readonly string[]): Occurrence[] {
  const wanted = new Set(matchedTerms.map((t) => normalizeWord(t)).filter(Boolean))
  const found: Occurrence[] = []
  if (wanted.size === 0) return found
  // A compound ("de-escalation") is visited after its parts and spans them.
  forEachWord(text, (word, start, end) => {
    if (wanted.has(word)) found.push({ word, start, end })
  })
  return found.sort((a, b) => a.start - b.start || b.end - a.end)
}

function merge(ranges: TextRange[]): TextRange[] {
  const merged: TextRange[] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ start: range.start, end: range.end })
  }
  return merged
}

/**
 * Every place in `text` where one of `matchedTerms` (index words, as in a hit's matchedTerms)
 * occurs, in order, overlaps merged: for the reader's "all matches, next / previous".
 */
export function matchRanges(text: string, matchedTerms: readonly string[]): TextRange[] {
  return merge(occurrences(text, matchedTerms))
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2028 || code === 0x2029
const isWordAt = (text: string, index: number) => index >= 0 && index < text.length && /[\p{L}\p{M}\p{N}]/u.test(text[index]!)

/**
 * A passage of about `length` characters around the densest cluster of matched words (most
 * distinct words, then most occurrences), cut at word boundaries, whitespace collapsed, with
 * "…" where text was cut, and the matched words' ranges within it.
 */
export function snippet(text: string, matchedTerms: readonly string[], options: { length?: number } = {}): Snippet {
  const length = Math.max(20, options.length ?? 160)
  const found = occurrences(text, matchedTerms)
  let spanStart = 0
  let spanEnd = 0
  if (found.length > 0) {
    // Sliding window over occurrences: best = most distinct words, then most occurrences.
    const counts = new Map<string, number>()
    let best = { distinct: -1, total: -1, from: 0, to: 0 }
    let left = 0
    for (let right = 0; right < found.length; right++) {
      const added = found[right]!
      counts.set(added.word, (counts.get(added.word) ?? 0) + 1)
      while (added.end - found[left]!.start > length) {
        const gone = found[left++]!.word
        const count = counts.get(gone)! - 1
        if (count === 0) counts.delete(gone)
        else counts.set(gone, count)
      }
      const total = right - left + 1
      if (counts.size > best.distinct || (counts.size === best.distinct && total > best.total)) best = { distinct: counts.size, total, from: left, to: right }
    }
    spanStart = found[best.from]!.start
    spanEnd = Math.max(...found.slice(best.from, best.to + 1).map((o) => o.end))
  }
  let start = 0
  let end = text.length
  if (text.length > length) {
    const slack = Math.max(0, length - (spanEnd - spanStart))
    start = Math.max(0, spanStart - Math.floor(slack / 3))
    end = Math.min(text.length, start + length)
    start = Math.max(0, Math.min(start, end - length))
    // Do not cut words in half (unless a single word is longer than the window).
    while (start > 0 && start < spanStart && isWordAt(text, start - 1)) start++
    while (end < text.length && end > spanEnd && isWordAt(text, end)) end--
  }
  // Collapse whitespace, keeping a map from text offsets to snippet offsets.
  let out = start > 0 ? ELLIPSIS : ''
  const map = new Int32Array(end - start + 1)
  let previousSpace = true
  for (let i = start; i < end; i++) {
    map[i - start] = out.length
    const code = text.charCodeAt(i)
    if (isSpace(code)) {
      if (!previousSpace) out += ' '
      previousSpace = true
    } else {
      out += text[i]
      previousSpace = false
    }
  }
  map[end - start] = out.length
  let trimmed = out.replace(/ $/, '')
  if (end < text.length) trimmed += ELLIPSIS
  const highlights = merge(found.filter((o) => o.start >= start && o.end <= end)).map((o) => ({ start: map[o.start - start]!, end: map[o.end - start]! }))
  return { text: trimmed, highlights }
}
