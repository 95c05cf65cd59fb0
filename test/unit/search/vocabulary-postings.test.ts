import { describe, expect, it } from 'vitest'
import { PostingPool } from '../../../electron/main/services/search/postings'
import { Vocabulary } from '../../../electron/main/services/search/vocabulary'
import { seededRandom } from '../../bench/generate-library'

/** Plain full-matrix optimal string alignment distance, as a reference. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
    }
  }
  return d[a.length]![b.length]!
}

describe('vocabulary typo search', () => {
  it('finds exactly the words a brute-force edit-distance scan finds (the bigram filter loses nothing)', () => {
    const random = seededRandom(99)
    const letters = 'aeinorstlkd'
    const vocabulary = new Vocabulary()
    const words: string[] = []
    for (let i = 0; i < 3000; i++) {
      let word = ''
      const length = 1 + Math.floor(random() * 9)
      for (let c = 0; c < length; c++) word += letters[Math.floor(random() * letters.length)]
      vocabulary.intern(word)
      if (!words.includes(word)) words.push(word)
    }
    for (let q = 0; q < 300; q++) {
      const base = words[Math.floor(random() * words.length)]!
      const chars = [...base]
      for (let e = 0; e < 1 + Math.floor(random() * 2); e++) {
        const at = Math.floor(random() * (chars.length + 1))
        const op = Math.floor(random() * 4)
        if (op === 0) chars.splice(at, 1)
        else if (op === 1) chars.splice(at, 0, letters[Math.floor(random() * letters.length)]!)
        else if (op === 2) chars[at] = letters[Math.floor(random() * letters.length)]!
        else if (at + 1 < chars.length) [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!]
      }
      const query = chars.join('')
      if (!query) continue
      const budget = query.length <= 4 ? 1 : 2
      const found: string[] = []
      vocabulary.withinDistance(query, budget, (id, typos) => {
        expect(typos).toBe(distance(query, vocabulary.terms[id]!))
        found.push(vocabulary.terms[id]!)
      })
      expect(found.sort()).toEqual(words.filter((w) => distance(query, w) <= budget).sort())
    }
  }, 60_000) // (300 queries against a brute-force scan of 3,000 words: seconds on a loaded 2-core machine; a check of results, not of speed.)

  it('completes prefixes with the most frequent words first, skipping words no record holds', () => {
    const vocabulary = new Vocabulary()
    for (const [word, df] of [['erdogan', 5], ['erdem', 9], ['erdo', 3], ['erdal', 0], ['ankara', 7]] as const) vocabulary.df[vocabulary.intern(word)] = df
    expect(vocabulary.completions('erd', 10).map((id) => vocabulary.terms[id])).toEqual(['erdem', 'erdogan', 'erdo'])
    expect(vocabulary.completions('erd', 1).map((id) => vocabulary.terms[id])).toEqual(['erdem'])
    vocabulary.df[vocabulary.intern('erdoganist')] = 1
    expect(vocabulary.completions('erdo', 10).map((id) => vocabulary.terms[id])).toEqual(['erdogan', 'erdoganist'])
  })
})

describe('posting pool', () => {
  it('stores, grows, compacts and restores lists exactly', () => {
    const random = seededRandom(5)
    const pool = new PostingPool()
    const model = new Map<number, Array<[number, number]>>()
    const dead = new Set<number>()
    const alive = (o: number) => !dead.has(o)
    for (let ordinal = 0; ordinal < 4000; ordinal++) {
      for (let k = 0; k < 1 + Math.floor(random() * 6); k++) {
        const term = 1 + Math.floor(random() ** 3 * 500)
        const list = model.get(term) ?? []
        if (list.at(-1)?.[0] === ordinal) continue
        const frequency = 1 + Math.floor(random() ** 4 * 400)
        pool.append(term, ordinal * 37, frequency, alive)
        list.push([ordinal * 37, Math.min(255, frequency)])
        model.set(term, list)
      }
    }
    const read = (p: PostingPool, term: number) => {
      const entries: Array<[number, number]> = []
      p.forEach(term, (o, f) => entries.push([o, f]))
      return entries
    }
    for (const [term, list] of model) expect(read(pool, term)).toEqual(list)
    for (let o = 0; o < 4000; o += 3) dead.add(o * 37)
    pool.compact(alive, (o) => o + 1)
    for (const [term, list] of model) expect(read(pool, term)).toEqual(list.filter(([o]) => alive(o)).map(([o, f]) => [o + 1, f]))
    expect(pool.entries).toBe([...model.values()].flat().filter(([o]) => alive(o)).length)
  })
})
