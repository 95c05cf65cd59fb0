import type { ImportResult } from '../../../../shared/ipc/contract'

export function summariseImport(results: readonly ImportResult[], cancelled = false): string {
  const count = (status: string) => results.filter((r) => r.status === status).length
  const parts = [`${count('imported')} imported`]
  if (count('duplicate')) parts.push(`${count('duplicate')} already in the library`)
  if (count('failed')) parts.push(`${count('failed')} failed`)
  if (cancelled) parts.push('the rest cancelled')
  return parts.join(', ')
}
