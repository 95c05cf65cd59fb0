import { ensureCapacity } from './growable'

/**
 * Postings of every word in one byte pool. Word t's list is bytes [start[t], start[t] + size[t])
 * and holds `count[t]` entries in increasing record ordinal (ordinals only grow), each one varint
 * (gap from the previous ordinal * 2, +1 when the term frequency is 1), followed by a frequency
 * byte when it is not 1. Frequencies are weighted (title occurrences count 3) and capped at 255,
 * far beyond where BM25 saturates. That is 1-2 bytes per (word, record) pair for frequent words
 * (small gaps) and about 3 for rare ones, against 5 or 6 for plain Uint32 + Uint8/Uint16 arrays.
 *
 * A full list moves to the end of the pool with twice the room (or grows in place when it is
 * already last). Space left behind, and entries of removed records, are reclaimed by `compact`,
 * which runs on its own when the pool must grow and a third of it is waste, and before saving.
 */
export class PostingPool {
  bytes: Uint8Array = new Uint8Array(1 << 16)
  /** High-water mark of the pool. */
  used = 0
  /** Bytes given to lists (used - allocated is waste). */
  private allocated = 0
  /** Entries in all lists, and how many of them belong to removed records. */
  entries = 0
  deadEntries = 0
  start: Uint32Array = new Uint32Array(1024)
  size: Uint32Array = new Uint32Array(1024)
  capacity: Uint32Array = new Uint32Array(1024)
  count: Uint32Array = new Uint32Array(1024)
  /** Last ordinal in each list (-1 when empty), to encode the next gap. */
  last: Int32Array = new Int32Array(1024).fill(-1)

  append(term: number, ordinal: number, frequency: number, isAlive: (ordinal: number) => boolean): void {
    if (term >= this.start.length) this.growTerms(term + 1)
    const tf = frequency > 255 ? 255 : frequency < 1 ? 1 : frequency
    const value = (ordinal - this.last[term]!) * 2 + (tf === 1 ? 1 : 0)
    const needed = (value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5) + (tf === 1 ? 0 : 1)
    if (this.size[term]! + needed > this.capacity[term]!) this.grow(term, needed, isAlive)
    let at = this.start[term]! + this.size[term]!
    const bytes = this.bytes
    let rest = value
    while (rest >= 0x80) {
      bytes[at++] = (rest & 0x7f) | 0x80
      rest = Math.floor(rest / 128)
    }
    bytes[at++] = rest
    if (tf !== 1) bytes[at++] = tf
    this.size[term] = at - this.start[term]!
    this.count[term]!++
    this.last[term] = ordinal
    this.entries++
  }

  /** Calls `visit` for each entry of word `term`, in order. */
  forEach(term: number, visit: (ordinal: number, frequency: number) => void): void {
    const bytes = this.bytes
    let at = this.start[term] ?? 0
    const end = at + (this.size[term] ?? 0)
    let ordinal = -1
    while (at < end) {
      let byte = bytes[at++]!
      let value = byte & 0x7f
      for (let shift = 128; byte & 0x80; shift *= 128) {
        byte = bytes[at++]!
        value += (byte & 0x7f) * shift
      }
      ordinal += Math.floor(value / 2)
      visit(ordinal, value & 1 ? 1 : bytes[at++]!)
    }
  }

  private growTerms(needed: number): void {
    const size = Math.max(needed, Math.ceil(this.start.length * 1.5))
    this.start = ensureCapacity(this.start, size, Uint32Array)
    this.size = ensureCapacity(this.size, size, Uint32Array)
    this.capacity = ensureCapacity(this.capacity, size, Uint32Array)
    this.count = ensureCapacity(this.count, size, Uint32Array)
    const previous = this.last.length
    this.last = ensureCapacity(this.last, size, Int32Array)
    this.last.fill(-1, previous)
  }

  private grow(term: number, needed: number, isAlive: (ordinal: number) => boolean): void {
    this.reserve(Math.max(8, this.capacity[term]! * 2, this.size[term]! + needed), isAlive)
    const capacity = this.capacity[term]!
    const size = this.size[term]!
    if (size + needed <= capacity) return // compaction made room
    const newCapacity = Math.max(8, capacity * 2, size + needed)
    const from = this.start[term]!
    this.allocated += newCapacity - capacity
    if (capacity > 0 && from + capacity === this.used) {
      this.used += newCapacity - capacity // the last list in the pool grows in place
    } else {
      this.bytes.copyWithin(this.used, from, from + size)
      this.start[term] = this.used
      this.used += newCapacity
    }
    this.capacity[term] = newCapacity
  }

  /** Makes room for `count` more bytes at the end, compacting first when much is wasted. */
  private reserve(count: number, isAlive: (ordinal: number) => boolean): void {
    if (this.used + count <= this.bytes.length) return
    if (this.used - this.allocated + this.deadEntries * 2 > this.used / 3) this.compact(isAlive)
    if (this.used + count > this.bytes.length) this.bytes = ensureCapacity(this.bytes, this.used + count, Uint8Array)
  }

  /**
   * Rewrites the pool: lists packed in word order with an eighth of room to grow, entries of
   * removed records dropped, ordinals renumbered through `renumber` (which must keep order).
   */
  compact(isAlive: (ordinal: number) => boolean, renumber?: (ordinal: number) => number): void {
    const old = { bytes: this.bytes, start: this.start, size: this.size, terms: this.start.length }
    const self = this
    this.bytes = new Uint8Array(Math.max(1 << 16, Math.ceil(this.used * 1.1)))
    this.used = 0
    this.entries = 0
    this.deadEntries = 0
    this.size = new Uint32Array(old.terms)
    this.capacity = new Uint32Array(old.terms)
    this.count = new Uint32Array(old.terms)
    this.last = new Int32Array(old.terms).fill(-1)
    this.start = new Uint32Array(old.terms)
    const reader = Object.assign(Object.create(PostingPool.prototype) as PostingPool, old)
    for (let t = 0; t < old.terms; t++) {
      this.start[t] = this.used
      this.capacity[t] = old.size[t]! + 8
      this.used += this.capacity[t]!
      if (this.used > this.bytes.length) this.bytes = ensureCapacity(this.bytes, this.used, Uint8Array)
      reader.forEach(t, (ordinal, frequency) => {
        if (isAlive(ordinal)) self.append(t, renumber ? renumber(ordinal) : ordinal, frequency, isAlive)
      })
      // Room to grow: an eighth of the list.
      const size = this.size[t]!
      this.capacity[t] = size + (size >> 3)
      this.used = this.start[t]! + this.capacity[t]!
      if (this.used > this.bytes.length) this.bytes = ensureCapacity(this.bytes, this.used, Uint8Array)
    }
    this.allocated = this.used
  }

  /** Restores a pool saved as packed lists. */
  static restore(bytes: Uint8Array, start: Uint32Array, size: Uint32Array, count: Uint32Array, last: Int32Array): PostingPool {
    const pool = new PostingPool()
    Object.assign(pool, { bytes, start, size, count, last, capacity: size.slice(), used: bytes.length, allocated: bytes.length })
    for (let t = 0; t < count.length; t++) pool.entries += count[t]!
    return pool
  }
}

/** Walks one list forwards, for intersections. */
export class PostingCursor {
  private at: number
  private readonly end: number
  ordinal = -1
  frequency = 0

  constructor(
    private readonly pool: PostingPool,
    term: number,
  ) {
    this.at = pool.start[term] ?? 0
    this.end = this.at + (pool.size[term] ?? 0)
  }

  /** Moves to the first entry at or after `target`; false when the list ends first. */
  seek(target: number): boolean {
    const bytes = this.pool.bytes
    while (this.ordinal < target) {
      if (this.at >= this.end) return false
      let byte = bytes[this.at++]!
      let value = byte & 0x7f
      for (let shift = 128; byte & 0x80; shift *= 128) {
        byte = bytes[this.at++]!
        value += (byte & 0x7f) * shift
      }
      this.ordinal += Math.floor(value / 2)
      this.frequency = value & 1 ? 1 : bytes[this.at++]!
    }
    return true
  }
}
