import { boundedDamerau } from '../../../../shared/text/edit-distance'
import { ensureCapacity, GrowableU32 } from './growable'
import { hashOf, runWord } from './tokenize'

/** Words longer than this are only ever matched exactly (no bigrams, no typo search). */
export const MAX_FUZZY_LENGTH = 64

const START = 1
const END = 2

/**
 * Distinct character bigrams of "^word$", each unordered ("ab" and "ba" are one key), so an
 * adjacent transposition costs at most two of them, like any other edit. Therefore a word within
 * edit distance k of `word` shares at least (grams.length - 2k) of these, and (by symmetry) at
 * least (its own grams - 2k): the filter below never loses a word the edit-distance check would
 * accept.
 */
export function bigramsOf(word: string): number[] {
  const keys: number[] = []
  let previous = START
  for (let i = 0; i <= word.length; i++) {
    const code = i < word.length ? word.charCodeAt(i) : END
    const key = previous < code ? previous * 65536 + code : code * 65536 + previous
    if (!keys.includes(key)) keys.push(key)
    previous = code
  }
  return keys
}

function sortedHas(ids: Uint32Array, length: number, id: number): boolean {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (ids[middle]! < id) low = middle + 1
    else high = middle
  }
  return low < length && ids[low] === id
}

/**
 * Every word the index has seen, with its document frequency (live records only), a bigram
 * index for typo candidates and a sorted order for prefix completion. Ids start at 1; 0 is
 * reserved. Words are never removed: a word whose records are all gone keeps df 0 and is skipped.
 */
export class Vocabulary {
  readonly terms: string[] = ['']
  /** Open-addressing hash table of word ids (0 = empty), so indexing can look a word up straight from the text. */
  private table = new Int32Array(1 << 12)
  private hashes: Uint32Array = new Uint32Array(1024)
  df: Uint32Array = new Uint32Array(1024)
  /** Bumps whenever a word is added, so cached expansions know they are stale. */
  version = 0
  private readonly grams = new Map<number, GrowableU32>()
  private readonly byLength: GrowableU32[] = []
  private counter = new Uint8Array(1024)
  private touched = new Uint32Array(1024)
  /** Length and number of distinct bigrams of each word (capped at 255), for the typo filter. */
  private lengths = new Uint8Array(1024)
  private gramCounts = new Uint8Array(1024)
  private sorted: Uint32Array = new Uint32Array(0)
  private pending: number[] = []

  get size(): number {
    return this.terms.length
  }

  idOf(word: string): number {
    const hash = hashOf(word, 0, word.length, false)
    const { table, terms, hashes } = this
    const mask = table.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = table[slot]!
      if (id === 0) return 0
      if (hashes[id] === hash && terms[id] === word) return id
    }
  }

  /** The id of `word`, adding it when new. */
  intern(word: string): number {
    const hash = hashOf(word, 0, word.length, false)
    const { table, terms, hashes } = this
    const mask = table.length - 1
    let slot = hash & mask
    for (; ; slot = (slot + 1) & mask) {
      const id = table[slot]!
      if (id === 0) break
      if (hashes[id] === hash && terms[id] === word) return id
    }
    return this.add(word, hash, slot)
  }

  /**
   * The id of the word run text[start, end) found by `scanRuns`, with its hash (adding it when
   * new), without making a string for words already known. Returns 0 when the run normalises to nothing.
   */
  internRun(text: string, start: number, end: number, flags: number, hash: number): number {
    if (flags > 1) {
      const word = runWord(text, start, end, flags)
      return word ? this.intern(word) : 0
    }
    const lower = flags === 1
    const { table, terms, hashes } = this
    const mask = table.length - 1
    const length = end - start
    let slot = hash & mask
    probe: for (; ; slot = (slot + 1) & mask) {
      const id = table[slot]!
      if (id === 0) break
      if (hashes[id] !== hash) continue
      const term = terms[id]!
      if (term.length !== length) continue
      for (let i = 0; i < length; i++) {
        let code = text.charCodeAt(start + i)
        if (lower && code >= 65 && code <= 90) code += 32
        if (term.charCodeAt(i) !== code) continue probe
      }
      return id
    }
    return this.add(runWord(text, start, end, flags), hash, slot)
  }

  private add(word: string, hash: number, slot: number): number {
    const id = this.terms.length
    this.terms.push(word)
    this.hashes = ensureCapacity(this.hashes, id + 1, Uint32Array)
    this.hashes[id] = hash
    this.table[slot] = id
    if (id * 2 > this.table.length) this.rehash(this.table.length * 2)
    this.df = ensureCapacity(this.df, id + 1, Uint32Array)
    this.indexGrams(id, word)
    this.pending.push(id)
    this.version++
    return id
  }

  private rehash(size: number): void {
    const table = new Int32Array(size)
    const mask = size - 1
    for (let id = 1; id < this.terms.length; id++) {
      let slot = this.hashes[id]! & mask
      while (table[slot] !== 0) slot = (slot + 1) & mask
      table[slot] = id
    }
    this.table = table
  }

  private indexGrams(id: number, word: string): void {
    this.lengths = ensureCapacity(this.lengths, id + 1, Uint8Array)
    this.gramCounts = ensureCapacity(this.gramCounts, id + 1, Uint8Array)
    this.lengths[id] = Math.min(255, word.length)
    if (word.length > MAX_FUZZY_LENGTH) return
    const keys = bigramsOf(word)
    this.gramCounts[id] = keys.length
    for (const key of keys) {
      let list = this.grams.get(key)
      if (!list) this.grams.set(key, (list = new GrowableU32(4)))
      list.push(id)
    }
    const bucket = (this.byLength[word.length] ??= new GrowableU32(16))
    bucket.push(id)
  }

  /**
   * Words within `maxTypos` edits of `word` (including `word` itself), with their distance.
   * Bigram filter first, then the exact (bounded) Damerau-Levenshtein check decides.
   */
  withinDistance(word: string, maxTypos: number, visit: (id: number, typos: number) => void): void {
    if (word.length > MAX_FUZZY_LENGTH || maxTypos === 0) {
      const id = this.idOf(word)
      if (id) visit(id, 0)
      return
    }
    const keys = bigramsOf(word)
    const threshold = keys.length - 2 * maxTypos
    const minLength = word.length - maxTypos
    const maxLength = word.length + maxTypos
    const check = (id: number) => {
      const term = this.terms[id]!
      if (term.length < minLength || term.length > maxLength) return
      const typos = boundedDamerau(word, term, maxTypos)
      if (typos <= maxTypos) visit(id, typos)
    }
    if (threshold <= 0) {
      // Too short for the filter to say anything: check every word of a possible length.
      for (let length = Math.max(1, minLength); length <= maxLength; length++) {
        const bucket = this.byLength[length]
        if (bucket) for (let i = 0; i < bucket.length; i++) check(bucket.data[i]!)
      }
      return
    }
    if (this.counter.length < this.terms.length) this.counter = new Uint8Array(Math.ceil(this.terms.length * 1.5))
    if (this.touched.length < this.terms.length) this.touched = new Uint32Array(Math.ceil(this.terms.length * 1.5))
    const { counter, touched, lengths } = this
    let touchedCount = 0
    // Rarest bigrams first. A word reaching the threshold must hold one of the first
    // (keys - threshold + 1) of them, so only those lists can bring in new candidates; the
    // longer lists after them only add to the counts of candidates already found.
    const lists = keys.map((key) => this.grams.get(key)).filter((l) => l !== undefined).sort((a, b) => a.length - b.length)
    const seeding = keys.length - threshold + 1
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l]!
      const ids = list.data
      if (l < seeding) {
        for (let i = 0; i < list.length; i++) {
          const id = ids[i]!
          const length = lengths[id]!
          if (length < minLength || length > maxLength) continue
          if (counter[id] === 0) touched[touchedCount++] = id
          counter[id]!++
        }
      } else if (touchedCount * 12 < list.length) {
        // Few candidates, long list: look each one up (lists are sorted by id).
        for (let t = 0; t < touchedCount; t++) if (sortedHas(ids, list.length, touched[t]!)) counter[touched[t]!]!++
      } else {
        for (let i = 0; i < list.length; i++) {
          const id = ids[i]!
          if (counter[id] !== 0) counter[id]!++
        }
      }
    }
    // The bound holds both ways: the candidate must also keep (its bigrams - 2k) of its own.
    const { gramCounts } = this
    const slack = 2 * maxTypos
    for (let t = 0; t < touchedCount; t++) {
      const id = touched[t]!
      const count = counter[id]!
      if (count >= threshold && count >= gramCounts[id]! - slack) check(id)
      counter[id] = 0
    }
  }

  /** Up to `max` words starting with `prefix` (not the prefix itself), most frequent first. */
  completions(prefix: string, max: number): number[] {
    this.mergePending()
    const { terms, sorted, df } = this
    let low = 0
    let high = sorted.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (terms[sorted[middle]!]! < prefix) low = middle + 1
      else high = middle
    }
    const best: number[] = []
    for (let i = low; i < sorted.length; i++) {
      const id = sorted[i]!
      const term = terms[id]!
      if (!term.startsWith(prefix)) break
      if (term.length === prefix.length || df[id] === 0) continue
      if (best.length === max && df[id]! <= df[best[max - 1]!]!) continue
      // Insert, keeping `best` ordered by df (descending), at most `max` long.
      let at = Math.min(best.length, max - 1)
      if (best.length < max) best.push(id)
      while (at > 0 && df[best[at - 1]!]! < df[id]!) {
        best[at] = best[at - 1]!
        at--
      }
      best[at] = id
    }
    return best
  }

  /** Folds words added since the last prefix search into the sorted order (a linear merge). */
  private mergePending(): void {
    if (this.pending.length === 0) return
    const { terms } = this
    const byText = (a: number, b: number) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0)
    const fresh = this.pending.sort(byText)
    const merged = new Uint32Array(this.sorted.length + fresh.length)
    let i = 0
    let j = 0
    let k = 0
    while (i < this.sorted.length && j < fresh.length) merged[k++] = byText(this.sorted[i]!, fresh[j]!) <= 0 ? this.sorted[i++]! : fresh[j++]!
    while (i < this.sorted.length) merged[k++] = this.sorted[i++]!
    while (j < fresh.length) merged[k++] = fresh[j++]!
    this.sorted = merged
    this.pending = []
  }

  /** For persistence: the words in sorted order (ids). */
  sortedIds(): Uint32Array {
    this.mergePending()
    return this.sorted
  }

  /** Rebuilds a vocabulary from saved words, their df and their sorted order. */
  static restore(terms: string[], df: Uint32Array, sorted: Uint32Array): Vocabulary {
    const vocabulary = new Vocabulary()
    vocabulary.terms.length = 0
    for (const term of terms) vocabulary.terms.push(term)
    vocabulary.hashes = new Uint32Array(terms.length)
    for (let id = 1; id < terms.length; id++) {
      const word = terms[id]!
      vocabulary.hashes[id] = hashOf(word, 0, word.length, false)
      vocabulary.indexGrams(id, word)
    }
    let size = 1 << 12
    while (size < terms.length * 2) size *= 2
    vocabulary.rehash(size)
    vocabulary.df = ensureCapacity(df, terms.length, Uint32Array)
    vocabulary.sorted = sorted
    return vocabulary
  }
}
