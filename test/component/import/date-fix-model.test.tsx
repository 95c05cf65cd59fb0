import { describe, expect, it } from 'vitest'
import { datelessDocuments, datesForYear, dayInYear } from '../../../renderer/src/features/import/date-fix-model'
import type { ImportResult } from '../../../shared/ipc/contract'
import { documentRows } from '../../../shared/import/result-rows'

const found = (publishedAt: string | null, monthDay: { month: number; day: number } | null = null) => ({ outlet: null, byline: null, publishedAt, monthDay, paragraphs: 1, speechBlocks: 0, removedBlocks: 0 })
const row = (id: string, extra: Partial<ImportResult>): ImportResult => ({ fileName: `${id}.txt`, status: 'imported', documentId: id, title: id, message: '', warnings: [], ...extra })

describe('dates from the import results', () => {
  it('lists the imported documents still without a date, with the day their dateline gave', () => {
    const rows = [
      row('a', { found: found(null, { month: 11, day: 22 }) }),
      row('b', { found: found('2017-11-23') }),
      row('c', { found: found(null) }),
      row('d', { status: 'duplicate', found: null }),
      row('e', { found: found(null) }),
    ]
    expect(datelessDocuments(rows, new Map([['e', '2017-12-01']]))).toEqual([
      { documentId: 'a', title: 'a', monthDay: { month: 11, day: 22 } },
      { documentId: 'c', title: 'c', monthDay: null },
    ])
  })

  it('dates every day in a year, and names the days that year lacks', () => {
    const documents = [
      { documentId: 'a', title: 'a', monthDay: { month: 11, day: 22 } },
      { documentId: 'b', title: 'b', monthDay: { month: 2, day: 29 } },
      { documentId: 'c', title: 'c', monthDay: null },
    ]
    expect(datesForYear(documents, 2017)).toEqual({ dates: [{ documentId: 'a', publishedAt: '2017-11-22' }], impossible: [documents[1]] })
    expect(datesForYear(documents, 2016).dates).toEqual([
      { documentId: 'a', publishedAt: '2016-11-22' },
      { documentId: 'b', publishedAt: '2016-02-29' },
    ])
    expect(dayInYear(2017, { month: 4, day: 31 })).toBeNull()
  })

  it('counts an export as its articles', () => {
    const articles = [row('a', { found: found(null) }), row('b', { status: 'failed', documentId: null })]
    expect(documentRows([row('x', { articles }), row('c', {})]).map((r) => r.fileName)).toEqual(['a.txt', 'b.txt', 'c.txt'])
  })
})
