import { z } from 'zod'
import { documentSchema } from './document'
import { issueSchema, partySchema, sourceSchema, tagSchema } from './registries'
import { annotationSchema } from './annotation'

/** Bump with a migration in migrations.ts whenever the stored shape changes. */
export const CURRENT_SCHEMA_VERSION = 2

/** The lowdb file: the document index and the registries. Annotations live per document. */
export const libraryDataSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  documents: z.array(documentSchema),
  sources: z.array(sourceSchema),
  parties: z.array(partySchema),
  issues: z.array(issueSchema),
  tags: z.array(tagSchema),
  settings: z.object({
    /** Set once the sample articles were offered, so an emptied library stays empty. */
    sampleLibrarySeeded: z.boolean(),
  }),
})
export type LibraryData = z.infer<typeof libraryDataSchema>

export function emptyLibraryData(): LibraryData {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    documents: [],
    sources: [],
    parties: [],
    issues: [],
    tags: [],
    settings: { sampleLibrarySeeded: false },
  }
}

/** Version of the per-document annotation files, which change shape independently. */
export const ANNOTATION_FILE_VERSION = 1

/** One document's annotations, stored in a file of their own so a save rewrites only that file. */
export const annotationFileSchema = z.object({
  schemaVersion: z.literal(ANNOTATION_FILE_VERSION),
  documentId: z.string().min(1),
  annotations: z.array(annotationSchema),
})
export type AnnotationFile = z.infer<typeof annotationFileSchema>
