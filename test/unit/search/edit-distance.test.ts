import { describe, expect, it } from 'vitest'
import { boundedDamerau, maxTypos } from '../../../shared/text/edit-distance'

describe('boundedDamerau', () => {
  it('counts substitutions, insertions, deletions and adjacent transpositions as one edit each', () => {
    expect(boundedDamerau('erdogan', 'erdogan', 2)).toBe(0)
    expect(boundedDamerau('erdgan', 'erdogan', 2)).toBe(1)
    expect(boundedDamerau('lavorv', 'lavrov', 2)).toBe(1)
    expect(boundedDamerau('idlob', 'idlib', 2)).toBe(1)
    expect(boundedDamerau('msocw', 'moscow', 2)).toBe(2)
  })

  it('returns max + 1 once the distance exceeds the bound', () => {
    expect(boundedDamerau('ceasefire', 'constitution', 2)).toBe(3)
    expect(boundedDamerau('abc', 'abcdef', 2)).toBe(3)
    expect(boundedDamerau('', 'ab', 2)).toBe(2)
  })

  it('gives short words a budget of one typo and longer ones two', () => {
    expect(['al', 'idl', 'talk', 'talks', 'syrian', 'de-escaltion'].map(maxTypos)).toEqual([0, 1, 1, 1, 2, 2])
  })
})
