import type { ParleyDocument } from '../../../../shared/domain/document'

export type SortKey = 'title' | 'outlet' | 'publishedAt' | 'wordCount'
export type SortDirection = 'asc' | 'desc'
export interface SortState {
  key: SortKey
  direction: SortDirection
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** Sorts a copy; documents missing the sorted field always go last, whatever the direction. */
export function sortDocuments(documents: readonly ParleyDocument[], { key, direction }: SortState): ParleyDocument[] {
  const sign = direction === 'asc' ? 1 : -1
  return [...documents].sort((a, b) => {
    const left = a[key]
    const right = b[key]
    if (left === null && right === null) return collator.compare(a.title, b.title)
    if (left === null) return 1
    if (right === null) return -1
    const order = typeof left === 'number' && typeof right === 'number' ? left - right : collator.compare(String(left), String(right))
    return order !== 0 ? sign * order : collator.compare(a.title, b.title)
  })
}

/** A column's natural first direction: newest and longest first, names A to Z. */
export function initialSort(key: SortKey): SortState {
  return { key, direction: key === 'publishedAt' || key === 'wordCount' ? 'desc' : 'asc' }
}

/** Clicking the sorted column flips it; another column starts in its natural direction. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
  return initialSort(key)
}
