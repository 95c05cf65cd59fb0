// npm run bench:report — how long a full report takes to save as PDF: 100 documents (about 700
// words each) carrying 1,000 annotations (600 claims over 10 issues and 8 parties, 250
// highlights, 150 notes, most with notes, so footnotes), every section on, full texts. The
// report goes through the same exporter as the app and the CLI, printed by Debian's Chromium
// (CHROMIUM_PATH overrides). 3 runs after 1 warm-up; the median and max are reported.
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Annotation } from '../../shared/domain/annotation'
import { blocksFromText, composeText } from '../../shared/domain/content'
import type { Issue, Party, Source } from '../../shared/domain/registries'
import { defaultReportOptions } from '../../shared/report/report-options'
import { LibraryStore, sha256Hex } from '../../electron/main/services/store/library-store'
import { ChromiumPdfPrinter, findChromium } from '../../electron/main/services/report/chromium-pdf-printer'
import { assembleReport } from '../../electron/main/services/report/report-assembly'
import { exportReport } from '../../electron/main/services/report/report-exporter'
import { generatedArticleText, generatedClaim, generatedDocuments, seededRandom } from './generate-library'
import { ms, percentile, printReport, type BenchRow } from './bench-report'

const DOCUMENTS = 100
const ANNOTATIONS = 1_000
const RUNS = 3
const TARGET_MS = 30_000

const random = seededRandom(2017)
const parties: Party[] = Array.from({ length: 8 }, (_, i) => ({ id: `party-${i}`, name: `Party ${i + 1}`, color: ['#c92a2a', '#2f9e44', '#e8590c', '#1971c2', '#7048e8', '#0c8599', '#e64980', '#5c940d'][i]!, aliases: [] }))
const issues: Issue[] = Array.from({ length: 10 }, (_, i) => ({ id: `issue-${i}`, title: `Issue ${i + 1}`, description: 'What the parties said about it.' }))
const sources: Source[] = Array.from({ length: 20 }, (_, i) => ({ id: `source-${i}`, name: `Source ${i + 1}`, aliases: [], kind: 'person', partyIds: [`party-${i % 8}`], reliability: (['A', 'B', 'C', 'D', 'E', 'F'] as const)[i % 6]! }))

const dir = await mkdtemp(join(tmpdir(), 'parley-bench-report-'))
try {
  const store = await LibraryStore.open(join(dir, 'library'))
  const documents = generatedDocuments(DOCUMENTS, 11)
  const texts = documents.map(() => generatedArticleText(random))
  await store.addDocuments(
    documents.map((document, i) => {
      const blocks = blocksFromText(texts[i]!)
      const textHash = sha256Hex(composeText(blocks).text)
      return { document: { ...document, textHash }, blocks, original: new TextEncoder().encode(texts[i]!) }
    }),
  )
  await store.commit((data) => ({ ...data, parties, issues, sources }))
  const stored = store.listDocuments()
  const byDocument = new Map<string, Annotation[]>()
  for (let i = 0; i < ANNOTATIONS; i++) {
    const document = stored[i % DOCUMENTS]!
    const claim = generatedClaim(document, texts[i % DOCUMENTS]!, random, i)
    claim.partyIds = [`party-${Math.floor(random() * 8)}`]
    claim.issueId = `issue-${Math.floor(random() * 10)}`
    claim.sourceId = `source-${Math.floor(random() * 20)}`
    claim.tagIds = []
    const annotation: Annotation = i % 10 < 6 ? claim : { ...claim, kind: i % 10 < 8 || i % 10 === 8 ? 'highlight' : 'note', note: i % 10 === 8 ? '' : claim.note } as Annotation
    byDocument.set(document.id, [...(byDocument.get(document.id) ?? []), annotation])
  }
  for (const [documentId, list] of byDocument) await store.annotations.replaceAll(documentId, list)

  const options = { ...defaultReportOptions('2017-12-31'), title: 'Benchmark brief', documentText: 'full' as const }
  const { counts } = await assembleReport(store, options)
  const printer = new ChromiumPdfPrinter(findChromium())
  const path = join(dir, 'report.pdf')
  const times: number[] = []
  const stageTimes: Record<string, number[]> = {}
  let bytes = 0
  for (let run = 0; run < RUNS + 1; run++) {
    const start = performance.now()
    let stageStart = start
    let stage = ''
    const result = await exportReport(store, printer, {
      options,
      format: 'pdf',
      path,
      onProgress: (next) => {
        if (next === stage) return
        const now = performance.now()
        if (stage && run > 0) (stageTimes[stage] ??= []).push(now - stageStart)
        stage = next
        stageStart = now
      },
    })
    if (run > 0) times.push(performance.now() - start)
    bytes = result.bytes
  }
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1])
  const median = percentile(times, 50)
  const max = Math.max(...times)
  const stage = (name: string) => percentile(stageTimes[name] ?? [], 50)
  const rows: BenchRow[] = [
    { measure: 'documents / annotations / claims / footnotes', value: `${counts.documents} / ${counts.annotations} / ${counts.claims} / ${counts.footnotes}` },
    { measure: 'PDF pages / size', value: `${pages} / ${(bytes / 1024 / 1024).toFixed(2)} MB` },
    { measure: 'gather texts + annotations, median', value: ms(stage('collecting')) },
    { measure: 'compose HTML, median', value: ms(stage('composing')) },
    { measure: 'print with Chromium, median', value: ms(stage('printing')) },
    { measure: 'write the file, median', value: ms(stage('writing')) },
    { measure: 'whole export to PDF, median', value: ms(median), target: `≤ ${TARGET_MS / 1000} s`, pass: median <= TARGET_MS },
    { measure: 'whole export to PDF, max', value: ms(max), target: `≤ ${TARGET_MS / 1000} s`, pass: max <= TARGET_MS },
  ]
  printReport(`Report to PDF: ${DOCUMENTS} documents, ${ANNOTATIONS} annotations, ${RUNS} runs after 1 warm-up`, rows, {
    bench: 'report',
    documents: counts.documents,
    annotations: counts.annotations,
    claims: counts.claims,
    footnotes: counts.footnotes,
    pages,
    bytes,
    runs: RUNS,
    collectMedianMs: Number(stage('collecting').toFixed(1)),
    composeMedianMs: Number(stage('composing').toFixed(1)),
    printMedianMs: Number(stage('printing').toFixed(1)),
    writeMedianMs: Number(stage('writing').toFixed(1)),
    exportMedianMs: Number(median.toFixed(1)),
    exportMaxMs: Number(max.toFixed(1)),
    targetMs: TARGET_MS,
    pass: median <= TARGET_MS && max <= TARGET_MS,
  })
  await store.close()
} finally {
  await rm(dir, { recursive: true, force: true })
}
