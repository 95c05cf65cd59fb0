/**
 * One article as a news database (Nexis, Nexis Uni, Factiva) prints it in a bulk export, before it
 * becomes a document. Every reader of an export format fills this shape, so the rest of the
 * importer sees one kind of article whatever the file was.
 */
export interface ExportArticle {
  headline: string | null
  outlet: string | null
  /** The date as the database prints it ("January 11, 2010 Monday"). */
  dateText: string | null
  /** YYYY-MM-DD, when the date could be read. */
  publishedAt: string | null
  byline: string | null
  section: string | null
  /** The length as the database states it ("355 words"), never counted by us. */
  length: string | null
  /** BCP 47 code when the database named a language we know ("ENGLISH" → "en"). */
  language: string | null
  edition: string | null
  copyright: string | null
  /** The database's own identifier ("Document IINM000020171113edbd0000d"). */
  documentId: string | null
  loadDate: string | null
  /** The reading text, one entry per paragraph. */
  paragraphs: string[]
}

/** An article that could not be read, with the reason, so the others still import. */
export interface UnreadableArticle {
  failure: string
  /** Its headline when that much could be read, for the results list. */
  headline: string | null
}

export type ExportEntry = ExportArticle | UnreadableArticle

export const isUnreadable = (entry: ExportEntry): entry is UnreadableArticle => 'failure' in entry

/** The databases whose exports Parley splits; named in results ("Nexis export, article 3 of 10"). */
export type ExportDatabase = 'Nexis' | 'Nexis Uni' | 'Factiva'

export interface SplitExport {
  database: ExportDatabase
  entries: ExportEntry[]
  /** Whole-file remarks: the export says it holds more articles than were found, say. */
  warnings: string[]
}

export const emptyArticle = (): ExportArticle => ({
  headline: null,
  outlet: null,
  dateText: null,
  publishedAt: null,
  byline: null,
  section: null,
  length: null,
  language: null,
  edition: null,
  copyright: null,
  documentId: null,
  loadDate: null,
  paragraphs: [],
})

/**
 * The checks every format shares: an article needs text. One with a headline but no body (Nexis
 * sometimes delivers only the metadata of a graphic or a withdrawn story) is reported, not kept.
 */
export function checkedEntry(article: ExportArticle, position: number, count: number): ExportEntry {
  if (article.paragraphs.length > 0) return article
  const where = `article ${position} of ${count}`
  return {
    headline: article.headline,
    failure: article.headline ? `${where} (“${article.headline}”) has no text in the export, only its details.` : `${where} has neither headline nor text; it could not be read.`,
  }
}
