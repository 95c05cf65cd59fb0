import { readdir, readFile } from 'node:fs/promises'
import type { ParleyDocument } from '../../../../shared/domain/document'
import type { LibraryPaths } from './library-paths'

/**
 * The file a document was imported from, as kept in documents/. It sits beside the text it was
 * first imported as, which later edits (removed blocks, a re-read) may have changed, so every
 * text the document has had is tried, the current one first. Null when none is left.
 */
export async function readOriginalFile(paths: LibraryPaths, document: ParleyDocument): Promise<Uint8Array | null> {
  const names = await readdir(paths.documentsDir).catch(() => [] as string[])
  const hashes = [document.textHash, ...names.filter((n) => n.endsWith(`.${document.id}.blocks.json`)).map((n) => n.slice(0, 64))]
  for (const hash of new Set(hashes)) {
    const bytes = await readFile(paths.originalFile(hash, document.original.extension)).catch(() => null)
    if (bytes) return new Uint8Array(bytes)
  }
  return null
}
