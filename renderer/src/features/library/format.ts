/** Dates as analysts write them: 22 Nov 2017. Stored dates are ISO, shown in the user's locale. */
export function formatPublished(date: string | null): string {
  if (!date) return '—'
  const [y, m, d] = date.slice(0, 10).split('-').map(Number)
  if (!y || !m || !d) return date
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
}

export const formatCount = (n: number): string => n.toLocaleString()
