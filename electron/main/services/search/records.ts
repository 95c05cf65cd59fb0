import { ensureCapacity, GrowableBytes, GrowableU32 } from './growable'

/** Per-record data, by ordinal (the record's slot; a changed record gets a new one). */

/** "2017", "2017-03", "2017-03-05" or an ISO timestamp -> 20170000, 20170300, 20170305; else 0. */
export function dateKey(date: string | null | undefined): number {
  const match = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date) : null
  if (!match) return 0
  return Number(match[1]) * 10000 + Number(match[2] ?? 0) * 100 + Number(match[3] ?? 0)
}

/** Values of one facet (outlet, party, ...), matched case-insensitively, shown as first seen. */
export class FacetDictionary {
  readonly display: string[] = []
  private readonly ids = new Map<string, number>()
  constructor(readonly name: string) {}
  idOf(value: string): number | undefined {
    return this.ids.get(value.trim().toLowerCase())
  }
  intern(value: string): number {
    const key = value.trim().toLowerCase()
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.display.length
      this.display.push(value.trim())
      this.ids.set(key, id)
    }
    return id
  }
}

/** A facet entry packs the facet's index (high 8 bits) and the value id (low 24 bits). */
export const facetEntry = (facet: number, value: number) => facet * 0x1000000 + value

export class RecordTable {
  /** Ordinals handed out so far (live and removed). */
  count = 0
  live = 0
  /** Sum of the weighted lengths of live records, for BM25's average length. */
  totalLength = 0
  ids: string[] = []
  documentIds: Array<string | null> = []
  readonly ordinalOf = new Map<string, number>()
  readonly kindNames: string[] = []
  kinds = new Uint8Array(256)
  dates = new Int32Array(256)
  lengths = new Uint32Array(256)
  alive = new Uint8Array(256)
  facetStart = new Uint32Array(256)
  facetCount = new Uint32Array(256)
  facetPool = new GrowableU32(1024)
  readonly facets: FacetDictionary[] = []
  /**
   * The record's words in order, as varints: (word id << 1 | 1 for a compound's joined form),
   * title first, then 0, then the body. Used for phrases, for removing a record's counts and for
   * the words a hit matched. About 1.5 bytes per word of text.
   */
  streamStart = new Uint32Array(256)
  streamLength = new Uint32Array(256)
  streams = new GrowableBytes(1 << 16)

  kindCode(kind: string): number {
    let code = this.kindNames.indexOf(kind)
    if (code < 0) code = this.kindNames.push(kind) - 1
    return code
  }

  facetIndex(name: string, create: boolean): number {
    let index = this.facets.findIndex((f) => f.name === name)
    if (index < 0 && create && this.facets.length < 255) index = this.facets.push(new FacetDictionary(name)) - 1
    return index
  }

  /** Takes a new ordinal for a record. */
  allocate(id: string, kind: string, date: string | null, documentId: string | null, facets: Record<string, readonly string[] | undefined>): number {
    const ordinal = this.count++
    const size = ordinal + 1
    this.kinds = ensureCapacity(this.kinds, size, Uint8Array)
    this.dates = ensureCapacity(this.dates, size, Int32Array)
    this.lengths = ensureCapacity(this.lengths, size, Uint32Array)
    this.alive = ensureCapacity(this.alive, size, Uint8Array)
    this.facetStart = ensureCapacity(this.facetStart, size, Uint32Array)
    this.facetCount = ensureCapacity(this.facetCount, size, Uint32Array)
    this.streamStart = ensureCapacity(this.streamStart, size, Uint32Array)
    this.streamLength = ensureCapacity(this.streamLength, size, Uint32Array)
    this.ids[ordinal] = id
    this.documentIds[ordinal] = documentId
    this.ordinalOf.set(id, ordinal)
    this.kinds[ordinal] = this.kindCode(kind)
    this.dates[ordinal] = dateKey(date)
    this.alive[ordinal] = 1
    this.live++
    this.facetStart[ordinal] = this.facetPool.length
    for (const [name, values] of Object.entries(facets)) {
      if (!values || values.length === 0) continue
      const facet = this.facetIndex(name, true)
      if (facet < 0) continue
      const seen = new Set<number>()
      for (const value of values) {
        if (typeof value !== 'string' || !value.trim()) continue
        const valueId = this.facets[facet]!.intern(value)
        if (seen.has(valueId)) continue
        seen.add(valueId)
        this.facetPool.push(facetEntry(facet, valueId))
      }
    }
    this.facetCount[ordinal] = this.facetPool.length - this.facetStart[ordinal]!
    return ordinal
  }

  setLength(ordinal: number, length: number): void {
    this.lengths[ordinal] = length
    this.totalLength += length
  }

  /** Marks a record removed (its data stays until `compact`). */
  kill(ordinal: number): void {
    if (!this.alive[ordinal]) return
    this.alive[ordinal] = 0
    this.live--
    this.totalLength -= this.lengths[ordinal]!
    this.ordinalOf.delete(this.ids[ordinal]!)
  }

  /** Visits the record's stream: word id, compound flag, or (0, false) between title and body. */
  forEachStreamWord(ordinal: number, visit: (term: number, compound: boolean) => void): void {
    const bytes = this.streams.data
    let at = this.streamStart[ordinal]!
    const end = at + this.streamLength[ordinal]!
    while (at < end) {
      let value = 0
      let shift = 0
      let byte: number
      do {
        byte = bytes[at++]!
        value |= (byte & 0x7f) << shift
        shift += 7
      } while (byte & 0x80)
      visit(value >>> 1, (value & 1) === 1)
    }
  }

  /** Distinct word ids of a record (title and body, compounds included). */
  distinctTerms(ordinal: number): Set<number> {
    const terms = new Set<number>()
    this.forEachStreamWord(ordinal, (term) => {
      if (term) terms.add(term)
    })
    return terms
  }

  /** Old ordinal -> new ordinal (or -1 when removed) for packing live records in order. */
  renumbering(): Int32Array {
    const renumber = new Int32Array(this.count).fill(-1)
    let next = 0
    for (let old = 0; old < this.count; old++) if (this.alive[old]) renumber[old] = next++
    return renumber
  }

  /** Packs live records into ordinals 0..live-1 as given by `renumbering()`. */
  compact(renumber: Int32Array): void {
    const streams = new GrowableBytes(Math.max(1 << 16, this.streams.length))
    const facetPool = new GrowableU32(Math.max(1024, this.facetPool.length))
    let next = 0
    for (let old = 0; old < this.count; old++) {
      if (renumber[old]! < 0) continue
      const at = next++
      this.ids[at] = this.ids[old]!
      this.documentIds[at] = this.documentIds[old]!
      this.ordinalOf.set(this.ids[at]!, at)
      this.kinds[at] = this.kinds[old]!
      this.dates[at] = this.dates[old]!
      this.lengths[at] = this.lengths[old]!
      this.alive[at] = 1
      const facetFrom = this.facetStart[old]!
      this.facetStart[at] = facetPool.length
      for (let i = 0; i < this.facetCount[old]!; i++) facetPool.push(this.facetPool.data[facetFrom + i]!)
      this.facetCount[at] = this.facetCount[old]!
      const streamFrom = this.streamStart[old]!
      this.streamStart[at] = streams.length
      streams.pushBytes(this.streams.data.subarray(streamFrom, streamFrom + this.streamLength[old]!))
      this.streamLength[at] = this.streamLength[old]!
    }
    this.alive.fill(0, next)
    this.ids.length = next
    this.documentIds.length = next
    this.count = next
    this.streams = streams
    this.facetPool = facetPool
  }
}
