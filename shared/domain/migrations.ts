import { CURRENT_SCHEMA_VERSION } from './library-data'
import { ParleyError } from '../ipc/errors'

/** A step from version N (its key) to N + 1. Steps are pure: they take and return plain data. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>
export type MigrationTable = Readonly<Record<number, Migration>>

/**
 * The stored-data history; each shape change adds a step here and bumps CURRENT_SCHEMA_VERSION.
 * 1 -> 2: documents gain `sameStoryAs`, the links between reprints of one story.
 */
export const libraryMigrations: MigrationTable = {
  1: (data) => ({
    ...data,
    documents: Array.isArray(data.documents)
      ? data.documents.map((document: unknown) =>
          typeof document === 'object' && document !== null ? { sameStoryAs: [], ...document } : document,
        )
      : data.documents,
  }),
}

export interface MigrationOutcome {
  data: Record<string, unknown>
  fromVersion: number
  toVersion: number
}

/** Brings stored data up to the current version, or says exactly why it cannot. */
export function migrateStoredData(
  raw: unknown,
  migrations: MigrationTable = libraryMigrations,
  targetVersion: number = CURRENT_SCHEMA_VERSION,
): MigrationOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ParleyError('library-damaged', 'The library file does not hold a JSON object.')
  }
  const version = (raw as Record<string, unknown>).schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ParleyError('library-damaged', 'The library file has no valid schemaVersion.')
  }
  if (version > targetVersion) {
    throw new ParleyError(
      'library-too-new',
      `The library was written by a newer Parley (schema ${version}; this version reads up to ${targetVersion}).`,
    )
  }
  let data = raw as Record<string, unknown>
  for (let v = version; v < targetVersion; v++) {
    const step = migrations[v]
    if (!step) throw new ParleyError('library-damaged', `No migration from schema ${v} to ${v + 1}.`)
    data = { ...step(data), schemaVersion: v + 1 }
  }
  return { data, fromVersion: version, toVersion: targetVersion }
}
