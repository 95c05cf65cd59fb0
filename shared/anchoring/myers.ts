// Approximate string matching for re-anchoring: Myers' bit-parallel edit distance over a text.

export function reverse(text: string): string {
  // Code units, not code points: the search works on UTF-16 code units.
  let out = ''
  for (let i = text.length - 1; i >= 0; i--) out += text[i]
  return out
}

/** Bit-parallel pattern for Myers' algorithm, blocks of 32 rows. */
export interface Pattern {
  length: number
  blocks: number
  /** Per UTF-16 code unit: a bit mask per block of the rows where it occurs. */
  peq: Map<number, Int32Array>
  lastBit: number
}

export function compile(pattern: string): Pattern {
  const blocks = Math.ceil(pattern.length / 32)
  const peq = new Map<number, Int32Array>()
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i)
    let masks = peq.get(code)
    if (!masks) peq.set(code, (masks = new Int32Array(blocks)))
    masks[i >> 5]! |= 1 << (i & 31)
  }
  return { length: pattern.length, blocks, peq, lastBit: 1 << ((pattern.length - 1) & 31) }
}

/**
 * Edit distances of `pattern` against text read from `from` for `count` code units in direction
 * `step` (+1 or −1). With `anchored`, the match must begin at `from` (global); otherwise it may
 * begin anywhere (semi-global). scores[i] is the distance after i+1 code units.
 */
export function scan(pattern: Pattern, text: string, from: number, count: number, step: 1 | -1, anchored: boolean): Int32Array {
  const { blocks, peq, lastBit } = pattern
  const pv = new Int32Array(blocks).fill(-1)
  const mv = new Int32Array(blocks)
  const none = new Int32Array(blocks)
  const scores = new Int32Array(Math.max(0, count))
  let score = pattern.length
  const top = anchored ? 1 : 0
  for (let i = 0, at = from; i < count; i++, at += step) {
    const eqs = peq.get(text.charCodeAt(at)) ?? none
    let carry = top
    for (let b = 0; b < blocks; b++) {
      const negative = carry < 0 ? 1 : 0
      const positive = carry > 0 ? 1 : 0
      const eq = eqs[b]! | negative
      const p = pv[b]!
      const n = mv[b]!
      const xv = eq | n
      const xh = ((((eq & p) + p) | 0) ^ p) | eq
      let ph = n | ~(xh | p)
      let mh = p & xh
      const bit = b === blocks - 1 ? lastBit : -2147483648
      carry = ph & bit ? 1 : mh & bit ? -1 : 0
      ph = (ph << 1) | positive
      mh = (mh << 1) | negative
      pv[b] = mh | ~(xv | ph)
      mv[b] = ph & xv
    }
    score += carry
    scores[i] = score
  }
  return scores
}
