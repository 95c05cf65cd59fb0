/** The structural kinds a block of article text can have; the reader styles each. */
import type { BlockKind, Removal, Speaker } from '../../../../shared/domain/content'
export type { BlockKind }

/** One block of reading text, as a format parser found it (not yet normalised). */
export interface ParsedBlock {
  kind: BlockKind
  text: string
  /** 1-based page for paged formats (PDF), so a citation can say "p. 3"; null elsewhere. */
  page: number | null
  /** Who speaks a 'speech' block. */
  speaker?: Speaker | null
  /**
   * Set when the parser already knows the block is not the article (a pasted page's menu, a line
   * judged in its context); kept and restorable like any removed block.
   */
  removed?: Removal | null
}

/**
 * What every format parser hands to the importer. Metadata is null where the format did not say;
 * the importer then applies fallbacks (file name as title) and boilerplate removal.
 */
export interface ParsedDocument {
  title: string | null
  outlet: string | null
  byline: string | null
  /** YYYY-MM-DD, or a full ISO timestamp. */
  publishedAt: string | null
  /** BCP 47, e.g. "en". */
  language: string | null
  blocks: ParsedBlock[]
  /** Things the analyst should know, e.g. "read as Windows-1252". */
  warnings: string[]
}

/**
 * A format parser. It must never touch the network or the file system, and throws
 * ParleyError('import-failed', '<file>: <specific reason>') for input it refuses.
 */
export type FormatParser = (bytes: Uint8Array, fileName: string) => Promise<ParsedDocument>
