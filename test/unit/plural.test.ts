import { describe, expect, it } from 'vitest'
import { countOf } from '../../shared/text/plural'

describe('countOf', () => {
  it('puts the noun in the right number and groups thousands', () => {
    expect(countOf(1, 'claim')).toBe('1 claim')
    expect(countOf(0, 'claim')).toBe('0 claims')
    expect(countOf(1988, 'more annotated document')).toBe('1,988 more annotated documents')
    expect(countOf(2, 'reply', 'replies')).toBe('2 replies')
  })
})
