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
  /** The document's web address (a saved page's canonical URL), when it has one. */
  url?: string | null
  /** Its DOI, when the page declares one. */
  doi?: string | null
  /** When only the day is known (a dateline with no year): month 1–12 and day, for a one-step fix. */
  monthDay?: { month: number; day: number } | null
  /** Things the analyst should know, e.g. "read as Windows-1252". */
  warnings: string[]
  /**
   * Set when the file is a news-database export (Nexis, Factiva): it imports as one document per
   * article. The fields above then read the whole file as one document, for callers that re-read
   * a single document's original.
   */
  export?: ParsedExport | null
}

/** A news-database export, split into its articles. */
export interface ParsedExport {
  /** "Nexis", "Nexis Uni", "Factiva". */
  database: string
  articles: ParsedExportArticle[]
  /** About the whole file, e.g. that it ends before the last article the export announces. */
  warnings: string[]
}

/** One article of an export, imported as its own document. */
export interface ParsedExportArticle {
  /** 1-based place in the file. */
  position: number
  /** Null when the article could not be read; `failure` then says why. */
  parsed: ParsedDocument | null
  failure: string | null
  headline: string | null
  /** The length as the database states it ("355 words"). */
  statedLength: string | null
  /** A file holding only this article, kept as its original; reading it again gives the same article. */
  original: { name: string; extension: string; bytes: Uint8Array } | null
}

/**
 * A format parser. It must never touch the network or the file system, and throws
 * ParleyError('import-failed', '<file>: <specific reason>') for input it refuses.
 */
export type FormatParser = (bytes: Uint8Array, fileName: string) => Promise<ParsedDocument>
