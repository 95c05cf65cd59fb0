import { resolve } from 'node:path'
import { LibraryStore } from '../../../electron/main/services/store/library-store'
import { seedSampleLibrary } from '../../../electron/main/services/sample-library'
import { inProcessParserRunner } from '../../../electron/main/services/importer/parser-runner'
import { createHandlerTable } from '../../../electron/main/services/ipc/handler-table'
import { LibrarySearch } from '../../../electron/main/services/library-search/library-search'
import type { Claim } from '../../../shared/domain/annotation'
import { tempDir } from '../temp-library'

const samples = resolve('resources/sample-library')

/** The real handler table over a sample library: the same calls the renderer makes. */
export async function workbench() {
  const store = await LibraryStore.open(await tempDir())
  await seedSampleLibrary(store, samples, inProcessParserRunner)
  let annotationFile: string | null = null
  let savePath: string | null = null
  const handlers = createHandlerTable({
    store,
    search: await LibrarySearch.open(store),
    parser: inProcessParserRunner,
    pickImportPaths: async () => null,
    pickSavePath: async () => savePath,
    pickAnnotationFile: async () => annotationFile,
  })
  const wire = store.listDocuments().find((d) => d.original.name === '01-sochi-summit-wire.txt')!
  const text = (await handlers.getDocument({ id: wire.id })).text
  const span = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length })
  const putin = await handlers.saveSource({ id: null, name: 'Vladimir Putin', aliases: ['Putin'], kind: 'person', partyIds: [], reliability: 'B' })
  const russia = await handlers.saveParty({ id: null, name: 'Russia', color: '#c92a2a', aliases: [] })
  const congress = await handlers.saveIssue({ id: null, title: 'Sochi congress', description: '' })
  const claim = (phrase: string, sourceId = putin.id) =>
    handlers.createAnnotation({
      documentId: wire.id,
      kind: 'claim',
      ...span(phrase),
      color: '#c92a2a',
      note: '',
      tagIds: [],
      claim: { sourceId, partyIds: [russia.id], issueId: congress.id, stance: 'supports', reporting: 'direct-quote', statementDate: '2017-11-22', credibility: 2 },
    }) as Promise<Claim>
  return { store, handlers, wire, text, span, putin, russia, congress, claim, setSavePath: (p: string) => (savePath = p), setAnnotationFile: (p: string) => (annotationFile = p) }
}
