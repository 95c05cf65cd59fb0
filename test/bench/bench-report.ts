/** Shared by every benchmark: a table for people, then one JSON line of figures, last. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

export interface BenchRow {
  measure: string
  value: string
  target?: string
  pass?: boolean
}

export function printReport(title: string, rows: BenchRow[], figures: Record<string, unknown>): void {
  const widths = [Math.max(7, ...rows.map((r) => r.measure.length)), Math.max(5, ...rows.map((r) => r.value.length)), Math.max(6, ...rows.map((r) => (r.target ?? '').length))]
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 4)).join(' | ')} |`
  console.log(`\n${title}\n`)
  console.log(line(['measure', 'value', 'target', 'ok']))
  console.log(line(widths.map((w) => '-'.repeat(w)).concat('--')))
  for (const row of rows) console.log(line([row.measure, row.value, row.target ?? '', row.pass === undefined ? '' : row.pass ? 'yes' : 'NO']))
  console.log('')
  console.log(JSON.stringify(figures))
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`
