import { describe, expect, it } from 'vitest'
import { describeFindings } from '../../shared/import/describe-findings'

describe('describeFindings', () => {
  it('says what an import found, and what it did not', () => {
    expect(describeFindings({ outlet: 'Gulf Observer', byline: 'Jane Doe', publishedAt: '2017-11-22T10:30:00Z', paragraphs: 12, speechBlocks: 3, removedBlocks: 4 })).toBe('Gulf Observer · by Jane Doe · 2017-11-22 · 12 paragraphs, 3 speech blocks, 4 removed')
    expect(describeFindings({ outlet: null, byline: null, publishedAt: null, paragraphs: 1, speechBlocks: 0, removedBlocks: 0 })).toBe('no outlet · no byline · no date · 1 paragraph, 0 removed')
  })
})
