import Fuse from 'fuse.js'
import type { ParleyDocument } from '../../../../shared/domain/document'

/**
 * Typo-tolerant filtering over the short fields of the library (title, outlet, byline): the kind
 * of short-string matching Fuse.js is made for. Full-text search of bodies is a separate index.
 */
export function createDocumentFilter(documents: readonly ParleyDocument[]): (query: string) => ParleyDocument[] {
  const fuse = new Fuse(documents as ParleyDocument[], {
    keys: [
      { name: 'title', weight: 3 },
      { name: 'outlet', weight: 1 },
      { name: 'byline', weight: 1 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
    ignoreDiacritics: true,
  })
  return (query) => {
    const trimmed = query.trim()
    if (trimmed === '') return [...documents]
    return fuse.search(trimmed).map((result) => result.item)
  }
}
