/**
 * Near-duplicate detection: the same wire story reprinted by two sites. Each text becomes a set
 * of 5-word shingles; a MinHash sketch of that set finds candidates cheaply across the whole
 * library, and the exact shingle overlap of each candidate decides.
 */
export const SHINGLE_WORDS = 5
export const SKETCH_SIZE = 64
/** Share of the shorter text's shingles found in the other: 0.8 means "the same story". */
export const SAME_STORY_OVERLAP = 0.8
/** Sketch similarity below which a pair cannot reach SAME_STORY_OVERLAP in practice. */
const CANDIDATE_SIMILARITY = 0.3

function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

export function shingles(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const result = new Set<number>()
  if (words.length < SHINGLE_WORDS) {
    if (words.length > 0) result.add(fnv1a(words.join(' ')))
    return result
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) result.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')))
  return result
}

// Fixed seeds: sketches are persisted, so they must be reproducible across runs.
const SEEDS = Array.from({ length: SKETCH_SIZE }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0)

function mix(value: number, seed: number): number {
  let h = (value ^ seed) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

export function sketch(set: ReadonlySet<number>): Uint32Array {
  const mins = new Uint32Array(SKETCH_SIZE).fill(0xffffffff)
  for (const value of set) {
    for (let i = 0; i < SKETCH_SIZE; i++) {
      const h = mix(value, SEEDS[i]!)
      if (h < mins[i]!) mins[i] = h
    }
  }
  return mins
}

export function sketchSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0
  for (let i = 0; i < SKETCH_SIZE; i++) if (a[i] === b[i]) same++
  return same / SKETCH_SIZE
}

/** |A ∩ B| / min(|A|, |B|): a reprint with extra lines still counts as the same story. */
export function overlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 || b.size === 0) return 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const value of small) if (large.has(value)) shared++
  return shared / small.size
}

/** Ids whose sketches make them worth an exact comparison, most similar first. */
export function candidateIds(target: Uint32Array, sketches: ReadonlyMap<string, Uint32Array>): string[] {
  const scored: Array<[string, number]> = []
  for (const [id, other] of sketches) {
    const similarity = sketchSimilarity(target, other)
    if (similarity >= CANDIDATE_SIMILARITY) scored.push([id, similarity])
  }
  return scored.sort((a, b) => b[1] - a[1]).map(([id]) => id)
}

export const encodeSketch = (value: Uint32Array): string => Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64')
export const decodeSketch = (value: string): Uint32Array => {
  const bytes = Buffer.from(value, 'base64')
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
}
