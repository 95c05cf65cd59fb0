import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ImportResult } from '../../../shared/ipc/contract'
import type { LibraryStore } from './store/library-store'
import { importFiles } from './importer/import-files'
import { supportedExtensions } from './importer/format-table'
import type { ParserRunner } from './importer/parser-runner'

/**
 * On the first run of an empty library, imports the sample articles through the same importer a
 * user's files take. Runs once per library: an analyst who empties it does not get them back.
 */
export async function seedSampleLibrary(store: LibraryStore, sampleDir: string, parser: ParserRunner): Promise<ImportResult[]> {
  if (store.data.settings.sampleLibrarySeeded) return []
  let results: ImportResult[] = []
  if (store.listDocuments().length === 0) {
    const names = (await readdir(sampleDir)).filter((name) => supportedExtensions.includes(name.split('.').pop() ?? '')).sort()
    results = await importFiles(names.map((name) => join(sampleDir, name)), { store, parser })
  }
  await store.commit((data) => ({ ...data, settings: { ...data.settings, sampleLibrarySeeded: true } }))
  return results
}
