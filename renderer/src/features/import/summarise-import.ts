import type { ImportResult } from '../../../../shared/ipc/contract'
import { documentRows } from '../../../../shared/import/result-rows'

/** "12 imported, 1 already in the library, 2 failed": an export's articles count one by one. */
export function summariseImport(results: readonly ImportResult[], cancelled = false): string {
  const rows = documentRows(results)
  const count = (status: string) => rows.filter((r) => r.status === status).length
  const parts = [`${count('imported')} imported`]
  if (count('duplicate')) parts.push(`${count('duplicate')} already in the library`)
  if (count('failed')) parts.push(`${count('failed')} failed`)
  if (cancelled) parts.push('the rest cancelled')
  return parts.join(', ')
}
