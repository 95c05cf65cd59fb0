import { describe, expect, it } from 'vitest'
import { highlightSegments } from '../../shared/text/highlight-segments'

describe('highlightSegments', () => {
  it('returns one plain segment when nothing covers the range', () => {
    expect(highlightSegments(10, 20, [{ id: 'far', start: 30, end: 40 }])).toEqual([{ start: 10, end: 20, ids: [] }])
  })

  it('splits overlapping spans so each part knows every span covering it, innermost first', () => {
    const spans = [
      { id: 'outer', start: 0, end: 20 },
      { id: 'inner', start: 5, end: 10 },
      { id: 'cross', start: 8, end: 25 },
    ]
    expect(highlightSegments(0, 30, spans)).toEqual([
      { start: 0, end: 5, ids: ['outer'] },
      { start: 5, end: 8, ids: ['inner', 'outer'] },
      { start: 8, end: 10, ids: ['inner', 'cross', 'outer'] },
      { start: 10, end: 20, ids: ['cross', 'outer'] },
      { start: 20, end: 25, ids: ['cross'] },
      { start: 25, end: 30, ids: [] },
    ])
  })

  it('clips spans to the block they are drawn in', () => {
    expect(highlightSegments(100, 110, [{ id: 'a', start: 90, end: 105 }])).toEqual([
      { start: 100, end: 105, ids: ['a'] },
      { start: 105, end: 110, ids: [] },
    ])
  })
})
