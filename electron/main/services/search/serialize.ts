import { GrowableBytes, GrowableU32 } from './growable'
import { PostingPool } from './postings'
import type { IndexParts } from './query-exec'
import { FacetDictionary, RecordTable } from './records'
import { Vocabulary } from './vocabulary'

/**
 * Binary form of a (compacted) index: "PRLYIDX" + format byte, a JSON header (words, record
 * ids, kinds, facet values, totals), then typed arrays, each 4-byte aligned and length-prefixed.
 * Loading copies the arrays out and rebuilds only the word -> id map and the bigram lists.
 */

const MAGIC = 'PRLYIDX'
const FORMAT = 2

interface Header {
  terms: string
  ids: string[]
  documentIds: Array<string | null>
  kindNames: string[]
  facets: Array<{ name: string; display: string[] }>
  totalLength: number
}

type Section = Uint8Array | Uint32Array | Int32Array

export function writeIndex(parts: Omit<IndexParts, 'expander'>): Uint8Array {
  const { vocabulary, postings, records } = parts
  const termCount = vocabulary.size
  // Posting lists packed back to back, in word order.
  const start = new Uint32Array(termCount)
  const sizes = new Uint32Array(termCount)
  let total = 0
  for (let t = 0; t < termCount; t++) total += postings.size[t] ?? 0
  const bytes = new Uint8Array(total)
  let at = 0
  for (let t = 0; t < termCount; t++) {
    const from = postings.start[t] ?? 0
    start[t] = at
    sizes[t] = postings.size[t] ?? 0
    bytes.set(postings.bytes.subarray(from, from + sizes[t]!), at)
    at += sizes[t]!
  }
  const count = new Uint32Array(termCount)
  count.set(postings.count.subarray(0, Math.min(termCount, postings.count.length)))
  const last = new Int32Array(termCount).fill(-1)
  last.set(postings.last.subarray(0, Math.min(termCount, postings.last.length)))
  const n = records.count
  const header: Header = {
    terms: vocabulary.terms.join('\n'),
    ids: records.ids.slice(0, n),
    documentIds: records.documentIds.slice(0, n),
    kindNames: records.kindNames,
    facets: records.facets.map((f) => ({ name: f.name, display: f.display })),
    totalLength: records.totalLength,
  }
  const sections: Section[] = [
    vocabulary.df.subarray(0, termCount),
    vocabulary.sortedIds(),
    bytes,
    start,
    sizes,
    count,
    last,
    records.kinds.subarray(0, n),
    records.dates.subarray(0, n),
    records.lengths.subarray(0, n),
    records.facetStart.subarray(0, n),
    records.facetCount.subarray(0, n),
    records.facetPool.view(),
    records.streamStart.subarray(0, n),
    records.streamLength.subarray(0, n),
    records.streams.view(),
  ]
  const headerBytes = new TextEncoder().encode(JSON.stringify(header))
  const pad = (size: number) => (size + 3) & ~3
  let size = 8 + 4 + pad(headerBytes.length)
  for (const section of sections) size += 4 + pad(section.byteLength)
  const out = new Uint8Array(size)
  const view = new DataView(out.buffer)
  out.set(new TextEncoder().encode(MAGIC), 0)
  out[7] = FORMAT
  view.setUint32(8, headerBytes.length, true)
  out.set(headerBytes, 12)
  let offset = 12 + pad(headerBytes.length)
  for (const section of sections) {
    view.setUint32(offset, section.byteLength, true)
    out.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), offset + 4)
    offset += 4 + pad(section.byteLength)
  }
  return out
}

export function readIndex(bytes: Uint8Array): Omit<IndexParts, 'expander'> {
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 7)) !== MAGIC) throw new Error('Not a Parley search index')
  if (bytes[7] !== FORMAT) throw new Error(`Search index format ${bytes[7]} is not supported (expected ${FORMAT})`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headerLength = view.getUint32(8, true)
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as Header
  let offset = 12 + ((headerLength + 3) & ~3)
  const next = (): ArrayBuffer => {
    if (offset + 4 > bytes.length) throw new Error('Search index is truncated')
    const length = view.getUint32(offset, true)
    if (offset + 4 + length > bytes.length) throw new Error('Search index is truncated')
    const start = bytes.byteOffset + offset + 4
    offset += 4 + ((length + 3) & ~3)
    return bytes.buffer.slice(start, start + length) as ArrayBuffer
  }
  const df = new Uint32Array(next())
  const sorted = new Uint32Array(next())
  const vocabulary = Vocabulary.restore(header.terms.split('\n'), df, sorted)
  const postings = PostingPool.restore(new Uint8Array(next()), new Uint32Array(next()), new Uint32Array(next()), new Uint32Array(next()), new Int32Array(next()))
  const records = new RecordTable()
  const n = header.ids.length
  records.count = n
  records.live = n
  records.totalLength = header.totalLength
  records.ids = header.ids
  records.documentIds = header.documentIds
  records.kindNames.push(...header.kindNames)
  for (const facet of header.facets) {
    const dictionary = new FacetDictionary(facet.name)
    for (const value of facet.display) dictionary.intern(value)
    records.facets.push(dictionary)
  }
  header.ids.forEach((id, ordinal) => records.ordinalOf.set(id, ordinal))
  records.kinds = new Uint8Array(next())
  records.dates = new Int32Array(next())
  records.lengths = new Uint32Array(next())
  records.alive = new Uint8Array(n).fill(1)
  records.facetStart = new Uint32Array(next())
  records.facetCount = new Uint32Array(next())
  const facetPool = new Uint32Array(next())
  records.facetPool = Object.assign(new GrowableU32(0), { data: facetPool, length: facetPool.length })
  records.streamStart = new Uint32Array(next())
  records.streamLength = new Uint32Array(next())
  const streams = new Uint8Array(next())
  records.streams = Object.assign(new GrowableBytes(0), { data: streams, length: streams.length })
  return { vocabulary, postings, records }
}
