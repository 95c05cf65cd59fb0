import { describe, expect, it } from 'vitest'
import { documentSchema } from '../../../shared/domain/document'
import { annotationSchema } from '../../../shared/domain/annotation'
import { sourceSchema, partySchema } from '../../../shared/domain/registries'
import { emptyLibraryData, libraryDataSchema } from '../../../shared/domain/library-data'
import { migrateStoredData } from '../../../shared/domain/migrations'
import { generatedClaim, generatedDocuments, seededRandom } from '../../bench/generate-library'

const document = generatedDocuments(1, 11)[0]!

describe('document schema', () => {
  it('accepts a complete document and nulls for unknown metadata', () => {
    expect(documentSchema.parse(document)).toEqual(document)
    expect(documentSchema.safeParse({ ...document, outlet: null, byline: null, publishedAt: null, language: null }).success).toBe(true)
  })

  it.each([
    ['an empty title', { title: '' }],
    ['a malformed date', { publishedAt: '22/11/2017' }],
    ['a text hash that is not SHA-256', { textHash: 'abc' }],
    ['a negative word count', { wordCount: -1 }],
    ['an unknown format', { format: 'exe' }],
    ['an original extension with a path in it', { original: { ...document.original, extension: '../x' } }],
  ])('rejects %s', (_name, change) => {
    expect(documentSchema.safeParse({ ...document, ...change }).success).toBe(false)
  })
})

describe('annotation schema', () => {
  const claim = generatedClaim(document, 'Russia said the congress would go ahead. '.repeat(30), seededRandom(2), 0)

  it('accepts a claim with both W3C selectors', () => {
    expect(annotationSchema.parse(claim)).toEqual(claim)
  })

  it('accepts highlights and notes without claim fields', () => {
    const { sourceId, partyIds, issueId, stance, reporting, statementDate, credibility, kind, ...base } = claim
    void kind
    void [sourceId, partyIds, issueId, stance, reporting, statementDate, credibility]
    expect(annotationSchema.safeParse({ ...base, kind: 'highlight' }).success).toBe(true)
    expect(annotationSchema.safeParse({ ...base, kind: 'note' }).success).toBe(true)
  })

  it.each([
    ['credibility outside 1-6', { credibility: 7 }],
    ['an unknown stance', { stance: 'maybe' }],
    ['a claim without parties', { partyIds: [] }],
    ['a span that ends before it starts', { target: { ...claim.target, position: { type: 'TextPositionSelector', start: 10, end: 5 } } }],
    ['a colour that is not hex', { color: 'red' }],
  ])('rejects %s', (_name, change) => {
    expect(annotationSchema.safeParse({ ...claim, ...change }).success).toBe(false)
  })
})

describe('registries', () => {
  it('grades sources A-F and refuses other grades', () => {
    const source = { id: 's1', name: 'Vladimir Putin', aliases: ['Putin'], kind: 'person', partyIds: ['russia'], reliability: 'B' }
    expect(sourceSchema.safeParse(source).success).toBe(true)
    expect(sourceSchema.safeParse({ ...source, reliability: 'G' }).success).toBe(false)
    expect(partySchema.safeParse({ id: 'p', name: 'Russia', color: '#c92a2a', aliases: [] }).success).toBe(true)
  })
})

describe('stored data and migration', () => {
  it('validates the library file shape, including its documents', () => {
    expect(libraryDataSchema.safeParse(emptyLibraryData()).success).toBe(true)
    expect(libraryDataSchema.safeParse({ ...emptyLibraryData(), documents: [{ ...document, id: '' }] }).success).toBe(false)
  })

  it('leaves current data as it is', () => {
    const outcome = migrateStoredData(emptyLibraryData())
    expect(outcome).toMatchObject({ fromVersion: 2, toVersion: 2 })
  })

  it('upgrades schema 1: documents gain their same-story links', () => {
    const { sameStoryAs, ...v1Document } = document
    void sameStoryAs
    const outcome = migrateStoredData({ ...emptyLibraryData(), schemaVersion: 1, documents: [v1Document] })
    expect(outcome.fromVersion).toBe(1)
    expect(libraryDataSchema.parse(outcome.data).documents[0]).toEqual({ ...v1Document, sameStoryAs: [] })
  })

  it('applies each step in order up to the target version', () => {
    const migrations = {
      1: (data: Record<string, unknown>) => ({ ...data, renamed: data.old, old: undefined }),
      2: (data: Record<string, unknown>) => ({ ...data, added: true }),
    }
    const outcome = migrateStoredData({ schemaVersion: 1, old: 'value' }, migrations, 3)
    expect(outcome.data).toMatchObject({ schemaVersion: 3, renamed: 'value', added: true })
    expect(outcome.fromVersion).toBe(1)
  })

  it('names a missing step, a missing version and a newer version', () => {
    expect(() => migrateStoredData({ schemaVersion: 1 }, {}, 2)).toThrow(/No migration from schema 1 to 2/)
    expect(() => migrateStoredData({ documents: [] })).toThrow(expect.objectContaining({ code: 'library-damaged' }))
    expect(() => migrateStoredData([])).toThrow(/JSON object/)
    expect(() => migrateStoredData({ schemaVersion: 9 })).toThrow(expect.objectContaining({ code: 'library-too-new' }))
  })
})
