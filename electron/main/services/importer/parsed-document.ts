/** What every format parser hands to the importer, before normalisation and hashing. */
export interface ParsedDocument {
  title: string
  text: string
  outlet: string | null
  byline: string | null
  publishedAt: string | null
  language: string | null
  warnings: string[]
}
