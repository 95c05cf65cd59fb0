import type { ImportResult } from '../../../../shared/ipc/contract'

/** An imported document that came without a publication date, and what its text did give. */
export interface DatelessDocument {
  documentId: string
  title: string
  /** The day and month a dateline gave without its year, if any. */
  monthDay: { month: number; day: number } | null
}

/** The imported rows whose document still has no date, once the dates set since are counted. */
export function datelessDocuments(rows: readonly ImportResult[], datesSet: ReadonlyMap<string, string>): DatelessDocument[] {
  return rows.flatMap((row) =>
    row.status === 'imported' && row.documentId && row.found && !row.found.publishedAt && !datesSet.has(row.documentId)
      ? [{ documentId: row.documentId, title: row.title ?? row.fileName, monthDay: row.found.monthDay ?? null }]
      : [],
  )
}

const pad = (n: number) => String(n).padStart(2, '0')

/** "2017-11-22" for a month and day in a given year; null for a day that year lacks (29 Feb). */
export function dayInYear(year: number, monthDay: { month: number; day: number }): string | null {
  const date = new Date(Date.UTC(year, monthDay.month - 1, monthDay.day))
  if (date.getUTCMonth() !== monthDay.month - 1 || date.getUTCDate() !== monthDay.day) return null
  return `${year}-${pad(monthDay.month)}-${pad(monthDay.day)}`
}

/** The dates a year gives every document that has a day without a year, and those it cannot date. */
export function datesForYear(documents: readonly DatelessDocument[], year: number): { dates: Array<{ documentId: string; publishedAt: string }>; impossible: DatelessDocument[] } {
  const dates: Array<{ documentId: string; publishedAt: string }> = []
  const impossible: DatelessDocument[] = []
  for (const document of documents) {
    if (!document.monthDay) continue
    const day = dayInYear(year, document.monthDay)
    if (day) dates.push({ documentId: document.documentId, publishedAt: day })
    else impossible.push(document)
  }
  return { dates, impossible }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** "Nov 22". */
export const monthDayText = (monthDay: { month: number; day: number }) => `${MONTHS[monthDay.month - 1]} ${monthDay.day}`
