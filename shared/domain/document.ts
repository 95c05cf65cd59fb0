import { z } from 'zod'

/** Formats the importer understands; later importers add to this list. */
export const documentFormatSchema = z.enum(['txt', 'md', 'html', 'pdf', 'docx', 'paste'])
export type DocumentFormat = z.infer<typeof documentFormatSchema>

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest')

/** A calendar date (YYYY-MM-DD) or a full ISO timestamp: outlets give either. */
export const publishedDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'expected an ISO date (YYYY-MM-DD)')

export const originalFileSchema = z.object({
  /** File name as the analyst imported it, for display only. */
  name: z.string().min(1).max(1000),
  /** Extension the original is stored under, without the dot. */
  extension: z.string().regex(/^[a-z0-9]{1,10}$/),
  sizeBytes: z.number().int().nonnegative(),
})

export const documentSchema = z.object({
  id: z.string().min(1).max(100),
  title: z.string().min(1).max(1000),
  outlet: z.string().max(300).nullable(),
  byline: z.string().max(500).nullable(),
  publishedAt: publishedDateSchema.nullable(),
  /** BCP 47 language tag such as "en" or "fr-CH". */
  language: z.string().max(35).nullable(),
  format: documentFormatSchema,
  wordCount: z.number().int().nonnegative(),
  /** SHA-256 of the normalised text; also the name of the stored text file. */
  textHash: sha256HexSchema,
  original: originalFileSchema,
  importedAt: z.iso.datetime(),
  /**
   * Other documents that carry the same story (a reprinted wire story, say), found by shingle
   * overlap on import. Comparison views count such a group as one independent report.
   */
  sameStoryAs: z.array(z.string().min(1).max(100)).max(1000),
  /** The web address a saved page gave for itself; absent for other formats and older documents. */
  url: z.string().max(2000).nullable().optional(),
  /** The DOI a saved page declared ("10.1234/abc", lower case); absent when none. */
  doi: z.string().max(300).nullable().optional(),
})
export type ParleyDocument = z.infer<typeof documentSchema>
