import { mkdir, readFile, rename } from 'node:fs/promises'
import { readOriginalFile } from './original-file'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { BLOCK_SEPARATOR, blocksFromText, composeText, documentContentSchema, type ContentBlock } from '../../../../shared/domain/content'
import type { ParleyDocument } from '../../../../shared/domain/document'
import type { LibraryNotice } from '../../../../shared/ipc/contract'
import { ParleyError } from '../../../../shared/ipc/errors'
import { writeFileDurable } from './durable-write'
import { fileStamp } from './file-stamp'
import type { LibraryPaths } from './library-paths'

/** Parses a kept original again into blocks, as the importer would (boilerplate marked). */
export type BlockRebuilder = (document: ParleyDocument, original: Uint8Array) => Promise<ContentBlock[]>

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/**
 * Reads a document's blocks file, and rebuilds it when it is damaged: from the kept original,
 * with the analyst's removals re-applied so the reading text (and every anchor in it) is
 * unchanged; failing that, from the stored text. The damaged file goes to damaged/.
 */
export class BlockRepair {
  constructor(
    private readonly paths: LibraryPaths,
    private readonly rebuild: BlockRebuilder | null,
    private readonly now: () => Date,
    private readonly report: (notice: LibraryNotice) => void,
  ) {}

  async read(document: ParleyDocument, readText: () => Promise<string>): Promise<ContentBlock[]> {
    const path = this.paths.contentFile(document.id, document.textHash)
    let raw: string
    try {
      raw = await readFile(path, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') return blocksFromText(await readText())
      throw new ParleyError('library-damaged', `The blocks of “${document.title}” could not be read (${code ?? 'read error'}).`)
    }
    let json: unknown = null
    try {
      json = JSON.parse(raw)
    } catch {
      // Handled below as damage.
    }
    const parsed = documentContentSchema.safeParse(json)
    if (parsed.success) return parsed.data.blocks
    return this.repair(document, path, await readText())
  }

  private async repair(document: ParleyDocument, path: string, text: string): Promise<ContentBlock[]> {
    await mkdir(this.paths.damagedDir, { recursive: true })
    const movedTo = join(this.paths.damagedDir, `blocks-${document.id}-${fileStamp(this.now())}.json`)
    await rename(path, movedTo)
    const fromOriginal = await this.fromOriginal(document, text).catch(() => null)
    const blocks = fromOriginal ?? blocksFromText(text)
    await writeFileDurable(path, JSON.stringify({ documentId: document.id, textHash: document.textHash, blocks }))
    const how = fromOriginal
      ? 'They were rebuilt from the kept original; the text and its annotations are unchanged.'
      : 'They were rebuilt from the stored text; the text and its annotations are unchanged, but removed boilerplate and headings could not be recovered.'
    this.report({ level: 'warning', title: 'Document repaired', message: `The blocks file of “${document.title}” was damaged. ${how} The damaged file was moved to ${movedTo}.` })
    return blocks
  }

  private async fromOriginal(document: ParleyDocument, text: string): Promise<ContentBlock[] | null> {
    if (!this.rebuild) return null
    const original = await readOriginalFile(this.paths, document)
    if (!original) return null
    const rebuilt = await this.rebuild(document, original)
    if (sha256(composeText(rebuilt).text) === document.textHash) return rebuilt
    return keepAsStored(rebuilt, text)
  }
}

/**
 * Re-applies the analyst's choices of kept and removed blocks: a block is kept exactly when it is
 * the next paragraph of the stored text. Null when the rebuilt blocks cannot yield that text.
 */
function keepAsStored(rebuilt: ContentBlock[], text: string): ContentBlock[] | null {
  const expected = text.split(BLOCK_SEPARATOR)
  let next = 0
  const blocks = rebuilt.map((block): ContentBlock => {
    if (block.text === expected[next]) {
      next++
      return { ...block, removed: null }
    }
    return { ...block, removed: block.removed ?? { reason: 'marked by the analyst', by: 'analyst' } }
  })
  return next === expected.length && composeText(blocks).text === text ? blocks : null
}
