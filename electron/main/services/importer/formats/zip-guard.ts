import { createInflateRaw, inflateRawSync } from 'node:zlib'
import { ParleyError } from '../../../../../shared/ipc/errors'

/**
 * Limits for ZIP-based formats (.docx). A Word document with 2,000 parts or 200 MB of XML and
 * media is already far beyond anything an analyst imports; beyond that the file is hostile.
 */
export interface ZipLimits {
  maxEntries: number
  maxUncompressedBytes: number
  /** Total declared uncompressed size divided by the file's size. Word's XML compresses ~5-20x. */
  maxRatio: number
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 2000, maxUncompressedBytes: 200 * 1024 * 1024, maxRatio: 200 }

/** One central directory record, with ZIP64 sizes already resolved. */
export interface ZipEntryInfo {
  name: string
  /** 0 stored, 8 deflated; anything else is refused when read. */
  method: number
  compressedSize: number
  /** As the archive declares it: never trusted without a bounded check. */
  uncompressedSize: number
  localHeaderOffset: number
}

export interface ZipDirectory {
  entries: ZipEntryInfo[]
  totalUncompressedBytes: number
}

const EOCD_SIGNATURE = 0x06054b50
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
const ZIP64_EOCD_SIGNATURE = 0x06064b50
const CENTRAL_HEADER_SIGNATURE = 0x02014b50
const LOCAL_HEADER_SIGNATURE = 0x04034b50
const EOCD_SIZE = 22
/** The EOCD record plus the longest possible archive comment. */
const EOCD_SEARCH_SPAN = EOCD_SIZE + 0xffff
const U16_MAX = 0xffff
const U32_MAX = 0xffffffff

export function notAWordDocument(fileName: string): ParleyError {
  return new ParleyError('import-failed', `${fileName}: this is not a valid Word document (the file is damaged or not a .docx).`)
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1)
const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${megabytes(bytes)} MB`)
/** "200" for the default limit, "0.5" for a fractional one. */
const limitMegabytes = (bytes: number) => String(Math.round((bytes / (1024 * 1024)) * 10) / 10)

function expandsTooFar(fileName: string, total: number, limit: number): ParleyError {
  return new ParleyError('import-failed', `${fileName}: refused: the archive would expand to ${megabytes(total)} MB (limit ${limitMegabytes(limit)} MB); it may be a zip bomb.`)
}

export function declaresFalseSizes(fileName: string): ParleyError {
  return new ParleyError('import-failed', `${fileName}: refused: the archive declares false sizes for its contents; it may be a zip bomb.`)
}

/** Little-endian reads that report "out of bounds" instead of throwing a RangeError. */
class Reader {
  private readonly view: DataView
  constructor(
    readonly bytes: Uint8Array,
    private readonly fail: () => ParleyError,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }
  get length() {
    return this.bytes.byteLength
  }
  has(offset: number, size: number) {
    return Number.isSafeInteger(offset) && offset >= 0 && offset + size <= this.bytes.byteLength
  }
  u16(offset: number) {
    if (!this.has(offset, 2)) throw this.fail()
    return this.view.getUint16(offset, true)
  }
  u32(offset: number) {
    if (!this.has(offset, 4)) throw this.fail()
    return this.view.getUint32(offset, true)
  }
  /** Exact below 2^53; anything larger is far past every limit anyway. */
  u64(offset: number) {
    return this.u32(offset) + this.u32(offset + 4) * 0x1_0000_0000
  }
}

interface EndRecord {
  declaredEntries: number
  directoryOffset: number
  directorySize: number
}

function lastSignature(reader: Reader, signature: number, from: number, to: number): number {
  const first = signature & 0xff
  for (let offset = from; offset >= to; offset--) {
    if (reader.bytes[offset] === first && reader.u32(offset) === signature) return offset
  }
  return -1
}

/**
 * Finds the end records the way JSZip (inside mammoth) does, and refuses every archive where the
 * two readings could differ: the EOCD is the last signature in the file; ZIP64 records are used
 * only when an EOCD field is saturated; the central directory must end exactly where the end
 * records begin (JSZip silently shifts every offset when it does not, which would let an archive
 * show this guard one directory and mammoth another).
 */
function readEndRecord(reader: Reader, fail: () => ParleyError): EndRecord {
  if (reader.length < EOCD_SIZE) throw fail()
  const eocd = lastSignature(reader, EOCD_SIGNATURE, reader.length - 4, Math.max(0, reader.length - EOCD_SEARCH_SPAN))
  if (eocd === -1 || !reader.has(eocd, EOCD_SIZE)) throw fail()
  const disk = reader.u16(eocd + 4)
  const directoryDisk = reader.u16(eocd + 6)
  const entriesOnDisk = reader.u16(eocd + 8)
  let declaredEntries = reader.u16(eocd + 10)
  let directorySize = reader.u32(eocd + 12)
  let directoryOffset = reader.u32(eocd + 16)
  let directoryEnd = eocd

  // ZIP64 is supported rather than refused: declared sizes above 4 GiB are then read and refused
  // as the bombs they are, and tools that write ZIP64 records for ordinary files still import.
  const saturated = [disk, directoryDisk, entriesOnDisk, declaredEntries].includes(U16_MAX) || directorySize === U32_MAX || directoryOffset === U32_MAX
  if (saturated) {
    const locator = eocd - 20
    if (locator < 0 || lastSignature(reader, ZIP64_LOCATOR_SIGNATURE, reader.length - 4, 0) !== locator) throw fail()
    const record = reader.u64(locator + 8)
    if (!reader.has(record, 56) || reader.u32(record) !== ZIP64_EOCD_SIGNATURE) throw fail()
    // The record's size field excludes its own first 12 bytes; the locator must follow it.
    if (record + 12 + reader.u64(record + 4) !== locator) throw fail()
    if (reader.u32(record + 16) !== 0 || reader.u32(record + 20) !== 0) throw fail()
    declaredEntries = reader.u64(record + 32)
    directorySize = reader.u64(record + 40)
    directoryOffset = reader.u64(record + 48)
    directoryEnd = record
  } else if (disk !== 0 || directoryDisk !== 0) {
    throw fail() // split archives
  }
  if (directoryOffset + directorySize !== directoryEnd) throw fail()
  return { declaredEntries, directoryOffset, directorySize }
}

/**
 * Resolves 0xFFFFFFFF fields from the ZIP64 extended information extra field (0x0001). Extra
 * fields that overrun, or a second 0x0001 field (JSZip would take the last, this the first, and
 * the two readings could point at different data), make the archive invalid.
 */
function readZip64Extra(reader: Reader, start: number, length: number, wanted: { uncompressed: boolean; compressed: boolean; offset: boolean }, fail: () => ParleyError) {
  let zip64: number | undefined
  let zip64Size = 0
  let position = start
  const end = start + length
  while (position < end) {
    if (position + 4 > end) throw fail()
    const id = reader.u16(position)
    const size = reader.u16(position + 2)
    if (position + 4 + size > end) throw fail()
    if (id === 0x0001) {
      if (zip64 !== undefined) throw fail()
      zip64 = position + 4
      zip64Size = size
    }
    position += 4 + size
  }
  if (zip64 === undefined) throw fail()
  let field = zip64
  const next = () => {
    if (field + 8 > zip64! + zip64Size) throw fail()
    const value = reader.u64(field)
    field += 8
    return value
  }
  return {
    uncompressed: wanted.uncompressed ? next() : undefined,
    compressed: wanted.compressed ? next() : undefined,
    offset: wanted.offset ? next() : undefined,
  }
}

/**
 * Reads the central directory without decompressing anything. Like JSZip (which mammoth uses),
 * the walk starts at the directory offset and goes on while headers follow one another, so an
 * archive cannot hide entries from this guard behind a falsified directory size or count.
 */
export function readCentralDirectory(bytes: Uint8Array, fileName: string): { end: EndRecord; entries: ZipEntryInfo[] } {
  const fail = () => notAWordDocument(fileName)
  const reader = new Reader(bytes, fail)
  const end = readEndRecord(reader, fail)
  const decoder = new TextDecoder('utf-8')
  const entries: ZipEntryInfo[] = []
  let position = end.directoryOffset
  while (reader.has(position, 4) && reader.u32(position) === CENTRAL_HEADER_SIGNATURE) {
    if (!reader.has(position, 46)) throw fail()
    const method = reader.u16(position + 10)
    let compressedSize = reader.u32(position + 20)
    let uncompressedSize = reader.u32(position + 24)
    const nameLength = reader.u16(position + 28)
    const extraLength = reader.u16(position + 30)
    const commentLength = reader.u16(position + 32)
    let localHeaderOffset = reader.u32(position + 42)
    const nameStart = position + 46
    const extraStart = nameStart + nameLength
    const next = extraStart + extraLength + commentLength
    if (!reader.has(position, next - position)) throw fail()
    if (uncompressedSize === U32_MAX || compressedSize === U32_MAX || localHeaderOffset === U32_MAX) {
      const zip64 = readZip64Extra(
        reader,
        extraStart,
        extraLength,
        { uncompressed: uncompressedSize === U32_MAX, compressed: compressedSize === U32_MAX, offset: localHeaderOffset === U32_MAX },
        fail,
      )
      uncompressedSize = zip64.uncompressed ?? uncompressedSize
      compressedSize = zip64.compressed ?? compressedSize
      localHeaderOffset = zip64.offset ?? localHeaderOffset
    }
    entries.push({ name: decoder.decode(bytes.subarray(nameStart, extraStart)), method, compressedSize, uncompressedSize, localHeaderOffset })
    position = next
  }
  // A well-formed directory ends exactly where the end records begin.
  if (position !== end.directoryOffset + end.directorySize) throw fail()
  return { end, entries }
}

/**
 * Refuses archives that are not ZIPs, or whose central directory declares too many entries,
 * too many bytes, or an implausible compression ratio. Reads declared sizes only; nothing is
 * decompressed. Returns the directory so callers need not parse it again.
 */
export function checkZipLimits(bytes: Uint8Array, fileName: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipDirectory {
  const { end, entries } = readCentralDirectory(bytes, fileName)
  const count = Math.max(entries.length, end.declaredEntries)
  if (count > limits.maxEntries) {
    throw new ParleyError('import-failed', `${fileName}: refused: the archive has ${count} entries (limit ${limits.maxEntries}); it may be a zip bomb.`)
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0)
  if (total > limits.maxUncompressedBytes) throw expandsTooFar(fileName, total, limits.maxUncompressedBytes)
  const ratio = total / bytes.byteLength
  if (ratio > limits.maxRatio) {
    // Within the size limit, but compressed far more than any real document: that is the reason given.
    throw new ParleyError(
      'import-failed',
      `${fileName}: refused: its compression ratio is ${Math.round(ratio).toLocaleString('en')}:1 (${sizeText(bytes.byteLength)} would expand to ${megabytes(total)} MB; the limit is ${limits.maxRatio}:1); it may be a zip bomb.`,
    )
  }
  return { entries, totalUncompressedBytes: total }
}

/** Where an entry's stored bytes are, from its local header (whose name/extra lengths may differ). */
function entryData(bytes: Uint8Array, entry: ZipEntryInfo, fileName: string): Uint8Array {
  const fail = () => notAWordDocument(fileName)
  const reader = new Reader(bytes, fail)
  const local = entry.localHeaderOffset
  if (!reader.has(local, 30) || reader.u32(local) !== LOCAL_HEADER_SIGNATURE) throw fail()
  const start = local + 30 + reader.u16(local + 26) + reader.u16(local + 28)
  if (!reader.has(start, entry.compressedSize)) throw fail()
  return bytes.subarray(start, start + entry.compressedSize)
}

/**
 * Reads one entry (stored or deflated) into memory, refusing it if it declares or turns out to
 * be larger than maxBytes. The inflater stops at the smaller of maxBytes and the declared size,
 * so a lying header cannot make it allocate more. Returns null when the entry does not exist.
 */
export function readZipEntry(bytes: Uint8Array, name: string, maxBytes: number, fileName = 'archive'): Uint8Array | null {
  const { entries } = readCentralDirectory(bytes, fileName)
  const entry = entries.find((candidate) => candidate.name === name)
  if (!entry) return null
  if (entry.uncompressedSize > maxBytes) {
    throw new ParleyError('import-failed', `${fileName}: refused: ${name} would expand to ${entry.uncompressedSize} bytes (limit ${maxBytes}).`)
  }
  const data = entryData(bytes, entry, fileName)
  if (entry.method === 0) {
    if (data.byteLength !== entry.uncompressedSize) throw notAWordDocument(fileName)
    return data.slice()
  }
  if (entry.method !== 8) throw notAWordDocument(fileName)
  let inflated: Buffer
  try {
    // One byte of headroom tells "exactly the declared size" from "more than declared".
    inflated = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw declaresFalseSizes(fileName)
    throw notAWordDocument(fileName)
  }
  if (inflated.byteLength !== entry.uncompressedSize) {
    throw inflated.byteLength > entry.uncompressedSize ? declaresFalseSizes(fileName) : notAWordDocument(fileName)
  }
  return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength)
}

/** Streams a deflated entry through zlib, keeping nothing, and stops as soon as it passes limit. */
function inflatedSizeWithin(data: Uint8Array, limit: number): Promise<'ok' | 'over' | 'damaged'> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw()
    let total = 0
    let settled = false
    const settle = (outcome: 'ok' | 'over' | 'damaged') => {
      if (settled) return
      settled = true
      resolve(outcome)
    }
    inflater.on('data', (chunk: Buffer) => {
      total += chunk.byteLength
      if (total > limit) {
        settle('over')
        inflater.destroy()
      }
    })
    inflater.on('error', () => settle('damaged'))
    inflater.on('end', () => settle(total === limit ? 'ok' : 'damaged'))
    inflater.end(data)
  })
}

/**
 * The guard above trusts declared sizes; JSZip (inside mammoth) only compares the real size
 * with the declared one after it has inflated the whole entry into memory. So before mammoth
 * sees the archive, every entry is inflated once into nothing, bounded by its declared size:
 * an entry that declares 1 KB and holds 10 GB is refused after 1 KB + one zlib chunk.
 * The total work is bounded by checkZipLimits' maxUncompressedBytes.
 */
export async function verifyDeclaredSizes(bytes: Uint8Array, fileName: string, directory: ZipDirectory): Promise<void> {
  for (const entry of directory.entries) {
    const data = entryData(bytes, entry, fileName)
    if (entry.method === 0) {
      if (data.byteLength !== entry.uncompressedSize) throw notAWordDocument(fileName)
      continue
    }
    if (entry.method !== 8) throw notAWordDocument(fileName)
    if (entry.uncompressedSize === 0 && data.byteLength === 0) continue // some writers deflate empty parts to nothing
    const outcome = await inflatedSizeWithin(data, entry.uncompressedSize)
    if (outcome === 'over') throw declaresFalseSizes(fileName)
    if (outcome === 'damaged') throw notAWordDocument(fileName)
  }
}
