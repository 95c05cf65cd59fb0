// npm run bench:store — a library of 10,000 generated articles with 10,000 annotations:
// how long it takes to open, how long until an annotation save is durable, and how long each
// save blocks the main thread.
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { LibraryStore } from '../../electron/main/services/store/library-store'
import { libraryPaths } from '../../electron/main/services/store/library-paths'
import { emptyLibraryData, ANNOTATION_FILE_VERSION } from '../../shared/domain/library-data'
import type { Annotation } from '../../shared/domain/annotation'
import { generatedArticleText, generatedClaim, generatedDocuments, seededRandom, sha256 } from './generate-library'
import { ms, percentile, printReport } from './bench-report'

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 10_000)
const ANNOTATIONS = Number(process.env.BENCH_ANNOTATIONS ?? 10_000)
const SAVES = 300

async function generateLibrary(dir: string) {
  const random = seededRandom(42)
  const paths = libraryPaths(dir)
  await mkdir(paths.documentsDir, { recursive: true })
  await mkdir(paths.annotationsDir, { recursive: true })
  const documents = generatedDocuments(DOCUMENTS, 42)
  const texts: string[] = []
  // Setup writes plainly (not durably): it is not what is measured.
  for (const [i, document] of documents.entries()) {
    const text = generatedArticleText(random)
    document.textHash = sha256(text)
    texts.push(text)
    await writeFile(paths.textFile(document.textHash), text)
    if (i % 2000 === 0) process.stderr.write(`generating: ${i}/${DOCUMENTS} articles\r`)
  }
  const byDocument = new Map<number, Annotation[]>()
  for (let i = 0; i < ANNOTATIONS; i++) {
    // Analysts annotate some articles heavily and most not at all.
    const index = Math.floor(random() ** 2 * DOCUMENTS)
    const list = byDocument.get(index) ?? []
    list.push(generatedClaim(documents[index]!, texts[index]!, random, i))
    byDocument.set(index, list)
  }
  for (const [index, annotations] of byDocument) {
    const documentId = documents[index]!.id
    await writeFile(paths.annotationFile(documentId), JSON.stringify({ schemaVersion: ANNOTATION_FILE_VERSION, documentId, annotations }))
  }
  await writeFile(paths.dataFile, JSON.stringify({ ...emptyLibraryData(), documents, settings: { sampleLibrarySeeded: true } }))
  process.stderr.write(`generated ${DOCUMENTS} articles, ${ANNOTATIONS} annotations over ${byDocument.size} documents\n`)
  return { documents, texts, annotatedDocuments: byDocument.size }
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'parley-bench-store-'))
  try {
    const { documents, texts, annotatedDocuments } = await generateLibrary(dir)
    const dataFileBytes = (await stat(libraryPaths(dir).dataFile)).size

    const openTimes: number[] = []
    let store: LibraryStore | null = null
    for (let run = 0; run < 5; run++) {
      const start = performance.now()
      store = await LibraryStore.open(dir)
      openTimes.push(performance.now() - start)
      if (run < 4) await store.close()
    }
    store = store!

    const random = seededRandom(7)
    const durable: number[] = []
    const blocking: number[] = []
    const loopDelay = monitorEventLoopDelay({ resolution: 1 })
    loopDelay.enable()
    for (let i = 0; i < SAVES; i++) {
      const index = Math.floor(random() * DOCUMENTS)
      const claim = generatedClaim(documents[index]!, texts[index]!, random, ANNOTATIONS + i)
      const start = performance.now()
      const saving = store.annotations.save(claim)
      blocking.push(performance.now() - start)
      await saving
      durable.push(performance.now() - start)
    }
    loopDelay.disable()
    const maxLoopDelay = loopDelay.max / 1e6 - 1 // the monitor's own 1 ms timer period

    // For context (no target): an index write, as an import commits, stringifies the whole index.
    const indexStart = performance.now()
    const indexWrite = store.commit((data) => ({ ...data }))
    const indexBlocking = performance.now() - indexStart
    await indexWrite
    const indexDurable = performance.now() - indexStart
    await store.close()

    const figures = {
      documents: DOCUMENTS,
      annotations: ANNOTATIONS,
      annotatedDocuments,
      libraryFileMB: +(dataFileBytes / 1048576).toFixed(2),
      openMsMedian: +percentile(openTimes, 50).toFixed(1),
      openMsMax: +Math.max(...openTimes).toFixed(1),
      saveDurableMsP50: +percentile(durable, 50).toFixed(2),
      saveDurableMsP95: +percentile(durable, 95).toFixed(2),
      saveDurableMsMax: +Math.max(...durable).toFixed(2),
      saveBlockingMsP95: +percentile(blocking, 95).toFixed(3),
      saveBlockingMsMax: +Math.max(...blocking).toFixed(3),
      eventLoopDelayMsMaxDuringSaves: +Math.max(0, maxLoopDelay).toFixed(2),
      indexWriteBlockingMs: +indexBlocking.toFixed(1),
      indexWriteDurableMs: +indexDurable.toFixed(1),
    }
    const blockedMax = Math.max(figures.saveBlockingMsMax, figures.eventLoopDelayMsMaxDuringSaves)
    printReport(`Store benchmark: ${DOCUMENTS.toLocaleString()} articles, ${ANNOTATIONS.toLocaleString()} annotations (library.json ${figures.libraryFileMB} MB), ${SAVES} saves`, [
      { measure: 'open library (median of 5)', value: ms(figures.openMsMedian), target: '≤ 1000 ms', pass: figures.openMsMax <= 1000 },
      { measure: 'open library (max of 5)', value: ms(figures.openMsMax) },
      { measure: 'annotation save durable p50', value: ms(figures.saveDurableMsP50) },
      { measure: 'annotation save durable p95', value: ms(figures.saveDurableMsP95), target: '≤ 50 ms', pass: figures.saveDurableMsP95 <= 50 },
      { measure: 'annotation save durable max', value: ms(figures.saveDurableMsMax) },
      { measure: 'save blocks main thread (sync part, max)', value: ms(figures.saveBlockingMsMax), target: '≤ 5 ms', pass: figures.saveBlockingMsMax <= 5 },
      { measure: 'event-loop delay during saves (max)', value: ms(figures.eventLoopDelayMsMaxDuringSaves), target: '≤ 5 ms', pass: blockedMax <= 5 },
      { measure: 'index write blocks (import commit, context)', value: ms(figures.indexWriteBlockingMs) },
      { measure: 'index write durable (context)', value: ms(figures.indexWriteDurableMs) },
    ], figures)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

void main()
