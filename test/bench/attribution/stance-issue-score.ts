import type { BenchRow } from '../bench-report'
export async function scoreStanceAndIssue(_dir: string): Promise<{ rows: BenchRow[]; figures: Record<string, unknown> }> {
  return { rows: [], figures: {} }
}
