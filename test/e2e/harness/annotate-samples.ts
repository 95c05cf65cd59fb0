import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { seedSampleAnalysis } from '../../../electron/main/services/sample-analysis'
import type { LibraryStore } from '../../../electron/main/services/store/library-store'

const analysis = join(resolve(fileURLToPath(new URL('.', import.meta.url)), '../..'), 'fixtures', 'analysis', 'annotated-samples.json')

/**
 * The sample library as the report tests expect it (test/fixtures/analysis/annotated-samples.json),
 * seeded as the app seeds its own sample analysis. Returns the id each key became ("kurds", …).
 */
export function annotateSamples(store: LibraryStore): Promise<ReadonlyMap<string, string>> {
  return seedSampleAnalysis(store, analysis)
}
