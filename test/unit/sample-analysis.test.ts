import { describe, expect, it } from 'vitest'
import { join, resolve } from 'node:path'
import { startLibraryServices } from '../../electron/main/services/library-services'
import { tempDir } from './temp-library'

const noFilters = { from: null, to: null, outlets: [], minReliability: null, maxCredibility: null, tagIds: [] }
const options = (libraryDir: string) => ({
  libraryDir,
  sampleLibraryDir: resolve('resources/sample-library'),
  sampleAnalysisFile: resolve('resources/sample-analysis.json'),
  parseWorkerFile: resolve('electron/main/services/importer/parse-worker.ts'),
  pickImportPaths: async () => null,
  pickSavePath: async () => null,
  pickAnnotationFile: async () => null,
})

describe('the sample analysis', () => {
  it('comes with the sample articles on first run: positions to compare and a linked statement, nothing to undo', async () => {
    const libraryDir = join(await tempDir(), 'lib')
    const services = await startLibraryServices(options(libraryDir))
    try {
      const { handlers } = services
      const registries = await handlers.getRegistries({})
      expect(registries.parties.map((p) => p.name)).toEqual(['Russia', 'Turkey', 'Syrian government', 'Syrian opposition', 'United Nations'])
      const all = (await Promise.all(services.store.listDocuments().map((d) => handlers.listAnnotations({ documentId: d.id })))).flat()
      expect(all.filter((a) => a.kind === 'claim')).toHaveLength(10)
      expect(all.filter((a) => a.kind !== 'claim').map((a) => a.kind).sort()).toEqual(['highlight', 'note'])
      expect(all.every((a) => a.anchorStatus === 'anchored')).toBe(true)

      const view = await handlers.getPositions({ filters: noFilters })
      const cell = (issue: string, party: string) => {
        const issueId = view.issues.find((i) => i.title === issue)!.id
        const partyId = view.parties.find((p) => p.name === party)!.id
        return view.cells[`${issueId}|${partyId}`]
      }
      // The opposition hardened: conditional on 22 November, opposed from the 24th.
      expect(cell('Sochi congress', 'Syrian opposition')).toMatchObject({ stance: 'opposes', shifted: true, claimCount: 3 })
      expect(cell('Sochi congress', 'Russia')).toMatchObject({ stance: 'supports', claimCount: 2, independentOutlets: 2 })
      expect(cell('Kurdish participation', 'Turkey')).toMatchObject({ stance: 'opposes' })
      expect(cell('Kurdish participation', 'United Nations')).toBeUndefined()

      const putin = all.find((a) => a.kind === 'claim' && a.target.quote.exact.startsWith('We have agreed to support'))!
      expect((await handlers.getStatement({ claimId: putin.id })).claim.reach).toEqual({ claimCount: 2, independentOutlets: 2 })
      expect(await handlers.getHistoryState({})).toEqual({ undoLabel: null, redoLabel: null })
    } finally {
      await services.close()
    }
    // A second start neither repeats it nor brings back what the analyst removed.
    const again = await startLibraryServices(options(libraryDir))
    try {
      expect((await again.handlers.getRegistries({})).parties).toHaveLength(5)
    } finally {
      await again.close()
    }
  }, 60_000)
})
