// npm run bench:annotations-import [COUNT] — imports a generated Hypothesis export of COUNT
// annotations (default 10,000) into a library of the five sample articles, and reports how many
// import per second and the share placed without the analyst. The file is made to look like real
// use: most annotations name the article by its title, some only by an address Parley does not
// know (found by their quote), some quote words that were edited since (a close match), and some
// are for articles not in the library.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { LibraryStore } from '../../electron/main/services/store/library-store'
import { seedSampleLibrary } from '../../electron/main/services/sample-library'
import { inProcessParserRunner } from '../../electron/main/services/importer/parser-runner'
import { AnnotationTransfer } from '../../electron/main/services/annotations/annotation-transfer'
import { UndoHistory } from '../../electron/main/services/annotations/undo-history'
import { printReport } from './bench-report'
import { seededRandom } from './generate-library'

const COUNT = Number(process.argv[2] ?? 10_000)

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'parley-bench-annotations-'))
  try {
    const store = await LibraryStore.open(join(dir, 'library'))
    await seedSampleLibrary(store, resolve('resources/sample-library'), inProcessParserRunner)
    const documents = await Promise.all(store.listDocuments().map(async (d) => ({ title: d.title, text: await store.readText(d) })))
    const random = seededRandom(7)
    const kinds = { title: 0, quoteOnly: 0, edited: 0, elsewhere: 0 }
    const rows = Array.from({ length: COUNT }, (_, i) => {
      const document = documents[Math.floor(random() * documents.length)]!
      const length = 20 + Math.floor(random() * 80)
      const start = Math.floor(random() * (document.text.length - length))
      let exact = document.text.slice(start, start + length)
      let title = document.title
      let uri = `https://news.example/${i}`
      const roll = random()
      if (roll < 0.7) kinds.title++
      else if (roll < 0.85) {
        kinds.quoteOnly++
        title = `Saved copy ${i}`
      } else if (roll < 0.95) {
        kinds.edited++
        exact = exact.replace(/\b(the|and|of|a)\b/, 'this')
      } else {
        kinds.elsewhere++
        title = `An article elsewhere ${i}`
        uri = `https://elsewhere.example/${i}`
        exact = `Words of an article that is not in the library, number ${i}, about the talks.`
      }
      return {
        id: `b${i}`,
        created: '2017-11-30T08:00:00.000Z',
        uri,
        text: i % 3 === 0 ? `Note ${i}` : '',
        tags: i % 5 === 0 ? ['bench'] : [],
        document: { title: [title] },
        target: [{ source: uri, selector: [{ type: 'TextQuoteSelector', exact, prefix: document.text.slice(Math.max(0, start - 32), start), suffix: document.text.slice(start + length, start + length + 32) }, { type: 'TextPositionSelector', start, end: start + length }] }],
      }
    })
    const file = JSON.stringify({ export_date: '2017-12-01T00:00:00Z', annotations: rows })
    const transfer = new AnnotationTransfer(store, new UndoHistory(store))
    const started = performance.now()
    const result = await transfer.import(file, 'bench.json')
    const seconds = (performance.now() - started) / 1000
    await store.close()
    const figures = {
      annotations: COUNT,
      seconds: +seconds.toFixed(2),
      perSecond: Math.round(COUNT / seconds),
      placed: result.imported,
      needsReview: result.needsReview,
      notPlaced: result.notPlaced.length,
      placedShare: +(result.imported / COUNT).toFixed(4),
      placedShareOfPlaceable: +(result.imported / (COUNT - kinds.elsewhere)).toFixed(4),
      fileKinds: kinds,
    }
    printReport(`Annotation import: a Hypothesis export of ${COUNT.toLocaleString('en')} annotations over the 5 sample articles`, [
      { measure: 'in the file: by title / quote only / edited words / not in the library', value: `${kinds.title} / ${kinds.quoteOnly} / ${kinds.edited} / ${kinds.elsewhere}` },
      { measure: 'import time', value: `${figures.seconds} s` },
      { measure: 'annotations per second', value: `${figures.perSecond}` },
      { measure: 'placed automatically (of all)', value: `${figures.placed} (${(figures.placedShare * 100).toFixed(1)}%)` },
      { measure: 'placed automatically (of those whose article is here)', value: `${(figures.placedShareOfPlaceable * 100).toFixed(1)}%`, target: '≥ 99%', pass: figures.placedShareOfPlaceable >= 0.99 },
      { measure: 'of those, marked "needs review"', value: `${figures.needsReview}` },
      { measure: 'kept unplaced, with a reason', value: `${figures.notPlaced}` },
    ], figures)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

void main()
