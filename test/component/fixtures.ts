import { documentSchema, type ParleyDocument } from '../../shared/domain/document'

let counter = 0

/** A stable, valid 64-hex-digit SHA-256-shaped string derived from `seed`. */
export function fakeHash(seed: number): string {
  return seed.toString(16).padStart(8, '0').repeat(8)
}

/**
 * A ParleyDocument that satisfies the domain schema (validated here, so a fixture that drifts from
 * shared/domain/document.ts fails loudly instead of testing a shape the app never sees).
 */
export function makeDocument(overrides: Partial<ParleyDocument> = {}): ParleyDocument {
  counter += 1
  const id = overrides.id ?? `doc-${counter}`
  return documentSchema.parse({
    id,
    title: `Article ${counter}`,
    outlet: null,
    byline: null,
    publishedAt: null,
    language: 'en',
    format: 'txt',
    wordCount: 100,
    textHash: fakeHash(counter),
    original: { name: `${id}.txt`, extension: 'txt', sizeBytes: 1024 },
    importedAt: '2024-06-01T09:30:00.000Z',
    sameStoryAs: [],
    ...overrides,
  })
}

/** Many cheap documents for the virtualisation test (schema-checked once, not 5,000 times). */
export function makeManyDocuments(count: number): ParleyDocument[] {
  const template = makeDocument({ id: 'template' })
  return Array.from({ length: count }, (_, index) => ({
    ...template,
    id: `bulk-${index}`,
    title: `Bulk article ${index}`,
    wordCount: index,
    textHash: fakeHash(index + 1),
  }))
}
