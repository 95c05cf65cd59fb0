// npm run bench:proposals — a library of 2,000 generated articles (BENCH_DOCUMENTS), each with
// quotes and reported speech: how fast claims are proposed for all of them (the finder in a
// worker thread, as the app runs it), and how long the review queue takes to list every
// proposal, first and after a dismissal (the queue reloads after every accept or dismiss).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { LibraryStore } from '../../electron/main/services/store/library-store'
import { libraryPaths } from '../../electron/main/services/store/library-paths'
import { createHandlerTable } from '../../electron/main/services/ipc/handler-table'
import { inProcessParserRunner } from '../../electron/main/services/importer/parser-runner'
import { createWorkerAttributionRunner } from '../../electron/main/services/proposals/attribution-runner'
import { LibrarySearch } from '../../electron/main/services/library-search/library-search'
import { emptyLibraryData } from '../../shared/domain/library-data'
import { generatedArticleText, generatedDocuments, seededRandom, sha256 } from './generate-library'
import { ms, percentile, printReport } from './bench-report'

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 2_000)
const speakers = ['Vladimir Putin', 'Recep Tayyip Erdogan', 'Hassan Rouhani', 'Staffan de Mistura', 'Nasr al-Hariri', 'Dmitry Peskov', 'Maria Zakharova']

/** Generated prose with, in each paragraph, a quote or a reported statement by a named speaker. */
function articleWithStatements(random: () => number): string {
  return generatedArticleText(random, 600)
    .split('\n\n')
    .map((paragraph, i) => {
      const speaker = speakers[Math.floor(random() * speakers.length)]!
      return i % 2 === 0 ? `${paragraph} "The talks in Geneva must go on and the congress will help them," said ${speaker}.` : `${paragraph} ${speaker} told reporters that the congress would take place in January.`
    })
    .join('\n\n')
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'parley-bench-proposals-'))
  const runner = createWorkerAttributionRunner(resolve('electron/main/services/importer/parse-worker.ts'))
  try {
    const random = seededRandom(11)
    const paths = libraryPaths(dir)
    await mkdir(paths.documentsDir, { recursive: true })
    const documents = generatedDocuments(DOCUMENTS, 11)
    let words = 0
    for (const document of documents) {
      const text = articleWithStatements(random)
      words += text.split(/\s+/).length
      document.textHash = sha256(text)
      await writeFile(paths.textFile(document.textHash), text)
    }
    await writeFile(paths.dataFile, JSON.stringify({ ...emptyLibraryData(), documents, settings: { sampleLibrarySeeded: true } }))
    const store = await LibraryStore.open(dir)
    const handlers = createHandlerTable({ store, search: await LibrarySearch.open(store), parser: inProcessParserRunner, pickImportPaths: async () => null, pickSavePath: async () => null, pickAnnotationFile: async () => null, attributions: runner })

    const started = performance.now()
    const suggested = await handlers.suggestClaims({ documentIds: null, force: false })
    const suggestMs = performance.now() - started

    const queueTimes: number[] = []
    let queue = await handlers.getReviewQueue({ limit: 5000 })
    for (let i = 0; i < 5; i++) {
      const t = performance.now()
      queue = await handlers.getReviewQueue({ limit: 5000 })
      queueTimes.push(performance.now() - t)
    }
    const first = queue.proposals[0]!
    const t = performance.now()
    await handlers.dismissProposals({ items: [{ documentId: first.documentId, key: first.key }] })
    const after = await handlers.getReviewQueue({ limit: 5000 })
    const dismissAndReload = performance.now() - t
    await store.close()

    const perSecond = DOCUMENTS / (suggestMs / 1000)
    const queueMedian = percentile(queueTimes, 50)
    printReport(`Claim proposals over ${DOCUMENTS.toLocaleString('en')} generated articles`, [
      { measure: 'documents analysed', value: `${suggested.documents.toLocaleString('en')} (${Math.round(words / DOCUMENTS)} words each)` },
      { measure: 'proposals waiting', value: queue.total.toLocaleString('en') },
      { measure: 'propose for all: documents per second', value: perSecond.toFixed(0) },
      { measure: 'propose for all: total', value: ms(suggestMs) },
      { measure: `review queue, ${queue.proposals.length.toLocaleString('en')} listed (median of 5)`, value: ms(queueMedian) },
      { measure: 'dismiss one, then reload the queue', value: ms(dismissAndReload), target: '< 1 s', pass: dismissAndReload < 1000 },
      { measure: 'proposals after the dismissal', value: after.total.toLocaleString('en') },
    ], { documents: DOCUMENTS, proposals: queue.total, documentsPerSecond: Math.round(perSecond), suggestAllMs: Math.round(suggestMs), queueMedianMs: Math.round(queueMedian), dismissAndReloadMs: Math.round(dismissAndReload) })
  } finally {
    await runner.close()
    await rm(dir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
