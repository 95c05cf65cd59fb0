/** Typed arrays that grow in chunks, for postings, record metadata and token streams. */

type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array
type TypedArrayConstructor<T extends TypedArray> = { new (length: number): T }

/** A copy of `array` with room for at least `needed` entries (grows by half, never shrinks). */
export function ensureCapacity<T extends TypedArray>(array: T, needed: number, make: TypedArrayConstructor<T>): T {
  if (needed <= array.length) return array
  const grown = new make(Math.max(needed, Math.ceil(array.length * 1.5), 16))
  grown.set(array as never)
  return grown
}

/** An append-only list of unsigned 32-bit integers. */
export class GrowableU32 {
  data: Uint32Array
  length = 0
  constructor(capacity = 16) {
    this.data = new Uint32Array(capacity)
  }
  push(value: number): void {
    if (this.length === this.data.length) this.data = ensureCapacity(this.data, this.length + 1, Uint32Array)
    this.data[this.length++] = value
  }
  /** The used part, as a view (valid until the next push). */
  view(): Uint32Array {
    return this.data.subarray(0, this.length)
  }
}

/** An append-only byte buffer with unsigned LEB128 varints. */
export class GrowableBytes {
  data: Uint8Array
  length = 0
  constructor(capacity = 1024) {
    this.data = new Uint8Array(capacity)
  }
  pushVarint(value: number): void {
    if (this.length + 5 > this.data.length) this.data = ensureCapacity(this.data, this.length + 5, Uint8Array)
    while (value >= 0x80) {
      this.data[this.length++] = (value & 0x7f) | 0x80
      value >>>= 7
    }
    this.data[this.length++] = value
  }
  pushBytes(bytes: Uint8Array): void {
    this.data = ensureCapacity(this.data, this.length + bytes.length, Uint8Array)
    this.data.set(bytes, this.length)
    this.length += bytes.length
  }
  view(): Uint8Array {
    return this.data.subarray(0, this.length)
  }
}
