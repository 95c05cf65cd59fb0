/**
 * Words of a text, as the search index sees them.
 *
 * - Lowercase, NFKD with combining marks removed ("Çavuşoğlu" -> "cavusoglu"), letters and digits
 *   only. Offsets always point into the ORIGINAL text, so snippets and the reader can highlight.
 * - Hyphens and apostrophes between two word characters join the parts of a compound:
 *   "de-escalation" gives the parts "de" and "escalation" (each a word with its own position, so a
 *   quoted phrase "de-escalation zones" is checked part by part) AND the joined form
 *   "deescalation", flagged `compound`, which spans the whole compound and takes no position of
 *   its own. The joined form lets "deescalation", "de-escalation" and "de-escaltion" (a typo) find
 *   each other, and keeps the noisy short part "de" out of free-text queries: a query word written
 *   with a hyphen is searched as its joined form (see `queryWords`).
 * - A possessive "'s" / "’s" at the end of a word is dropped: "Russia's" is the word "russia".
 * - Other punctuation (en and em dashes, periods, slashes, ...) separates words.
 */

export interface Token {
  /** Normalised word: lowercase, no diacritics, letters and digits only. */
  word: string
  /** Offsets in the original text: text.slice(start, end) is the word as written. */
  start: number
  end: number
  /** The joined form of a hyphenated or apostrophe compound; it has no position of its own. */
  compound?: true
}

/**
 * Receives each word: `compound` is false for a positional word (a plain word or a part of a
 * compound) and true for the joined form of a compound, which follows its parts.
 */
export type WordVisitor = (word: string, start: number, end: number, compound: boolean) => void

const wordChar = /[\p{L}\p{M}\p{N}]/u
const nonWord = /[^\p{L}\p{N}]/gu

/** 0: not a word character, 1: a-z or 0-9, 2: A-Z, for ASCII; everything else is looked up. */
const asciiClass = new Uint8Array(128)
for (let c = 48; c <= 57; c++) asciiClass[c] = 1
for (let c = 97; c <= 122; c++) asciiClass[c] = 1
for (let c = 65; c <= 90; c++) asciiClass[c] = 2

/** Hyphen-minus, hyphen, non-breaking hyphen, apostrophe, right single quote. */
const isJoiner = (code: number) => code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x27 || code === 0x2019
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019

/** Length (1 or 2 code units) of the word character at `index`, or 0 when it is not one. */
function wordCharAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code < 128) return asciiClass[code]! === 0 ? 0 : 1
  const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1
  return wordChar.test(text.slice(index, index + width)) ? width : 0
}

/** The index form of one raw word (no separators inside): lowercase, no diacritics. */
export function normalizeWord(raw: string): string {
  let plain = true
  for (let i = 0; i < raw.length && plain; i++) {
    const c = raw.charCodeAt(i)
    plain = c < 128 && asciiClass[c]! !== 0
  }
  if (plain) return raw.toLowerCase()
  return raw.normalize('NFKD').replace(nonWord, '').toLowerCase()
}

/**
 * The scanner under every tokenizer here, so they all agree on what a word is. `run` gets each
 * word run [start, end) of `text` with flags (0: ASCII lowercase and digits, 1: ASCII with
 * capitals, 2: anything else, to normalise) and, for ASCII runs, the FNV-1a hash of the
 * lowercased run (see `hashOf`); it returns a handle for the run, or undefined when it
 * normalises to nothing. `compound` follows the parts of a compound (two or more handles).
 */
export interface RunVisitor<T> {
  run(text: string, start: number, end: number, flags: number, hash: number): T | undefined
  compound(parts: T[], start: number, end: number): void
}

export function scanRuns<T>(text: string, visitor: RunVisitor<T>): void {
  const length = text.length
  let parts: T[] | null = null
  let first: T | undefined
  let partCount = 0
  let i = 0
  while (i < length) {
    const head = text.charCodeAt(i)
    if (head < 128 ? asciiClass[head] === 0 : wordCharAt(text, i) === 0) {
      i++
      continue
    }
    partCount = 0
    let compoundStart = i
    let lastEnd = i
    for (;;) {
      const start = i
      // The run of word characters, noting capitals (1) and non-ASCII (2), hashing it lowercased.
      let flags = 0
      let hash = 0x811c9dc5
      while (i < length) {
        const code = text.charCodeAt(i)
        if (code < 128) {
          const cls = asciiClass[code]!
          if (cls === 0) break
          flags |= cls - 1
          hash = Math.imul(hash ^ (cls === 2 ? code + 32 : code), 0x01000193)
          i++
        } else {
          const width = wordCharAt(text, i)
          if (width === 0) break
          flags |= 2
          i += width
        }
      }
      const handle = visitor.run(text, start, i, flags, hash >>> 0)
      if (handle !== undefined) {
        if (partCount === 0) {
          compoundStart = start
          first = handle
        } else {
          if (partCount === 1) parts = [first!]
          parts!.push(handle)
        }
        partCount++
        lastEnd = i
      }
      if (i + 1 >= length) break
      const joiner = text.charCodeAt(i)
      if (!isJoiner(joiner) || wordCharAt(text, i + 1) === 0) break
      // A possessive 's ends the word and is dropped.
      if (isApostrophe(joiner) && (text.charCodeAt(i + 1) | 0x20) === 0x73 && (i + 2 >= length || wordCharAt(text, i + 2) === 0)) {
        i += 2
        break
      }
      i++
    }
    if (partCount > 1) visitor.compound(parts!, compoundStart, lastEnd)
  }
}

/** FNV-1a over the UTF-16 code units of text[start, end), ASCII capitals lowered when `lower`. */
export function hashOf(text: string, start: number, end: number, lower: boolean): number {
  let hash = 0x811c9dc5
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i)
    if (lower && code >= 65 && code <= 90) code += 32
    hash = Math.imul(hash ^ code, 0x01000193)
  }
  return hash >>> 0
}

/** The normalised word of a run found by `scanRuns`. */
export function runWord(text: string, start: number, end: number, flags: number): string {
  const raw = text.slice(start, end)
  return flags === 0 ? raw : flags === 1 ? raw.toLowerCase() : normalizeWord(raw)
}

/** Visits every word of `text` in reading order (see `WordVisitor`). */
export function forEachWord(text: string, visit: WordVisitor): void {
  scanRuns<string>(text, {
    run(source, start, end, flags) {
      const word = runWord(source, start, end, flags)
      if (!word) return undefined
      visit(word, start, end, false)
      return word
    },
    compound(parts, start, end) {
      visit(parts.join(''), start, end, true)
    },
  })
}

/**
 * Tokens of `text` in reading order. A compound's parts come first, then its joined form.
 * With `compounds: false` the joined forms are left out (used for phrases).
 */
export function tokenize(text: string, options: { compounds?: boolean } = {}): Token[] {
  const withCompounds = options.compounds !== false
  const tokens: Token[] = []
  forEachWord(text, (word, start, end, compound) => {
    if (!compound) tokens.push({ word, start, end })
    else if (withCompounds) tokens.push({ word, start, end, compound: true })
  })
  return tokens
}

/**
 * The words a free-text query stands for: a compound counts once, as its joined form
 * ("De-Escalation" -> "deescalation"), so it matches every way of writing it.
 */
export function queryWords(text: string): string[] {
  const words: string[] = []
  const starts: number[] = []
  forEachWord(text, (word, start, _end, compound) => {
    // A compound follows its parts, which all start at or after its own start: replace them.
    if (compound) while (starts.length > 0 && starts[starts.length - 1]! >= start) starts.pop(), words.pop()
    words.push(word)
    starts.push(start)
  })
  return words
}
