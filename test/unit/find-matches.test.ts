import { describe, expect, it } from 'vitest'
import { findMatchRanges } from '../../shared/text/find-matches'

describe('findMatchRanges', () => {
  it('finds whole words regardless of case and accents, in order', () => {
    const text = 'Erdoğan met Putin. ERDOGAN later said Erdoganism is new.'
    expect(findMatchRanges(text, ['erdogan']).map((r) => text.slice(r.start, r.end))).toEqual(['Erdoğan', 'ERDOGAN'])
  })

  it('returns nothing without terms', () => {
    expect(findMatchRanges('anything', [])).toEqual([])
  })
})
