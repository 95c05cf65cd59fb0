// npm run bench:import — imports 1,000 generated HTML articles, 100 generated PDFs and a 200-article Nexis export through
// the real importer (parsing in the worker thread) and reports documents per second.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { LibraryStore } from '../../electron/main/services/store/library-store'
import { importFiles } from '../../electron/main/services/importer/import-files'
import { createWorkerParserRunner } from '../../electron/main/services/importer/parser-runner'
import { generatedArticleText, seededRandom } from './generate-library'
import { printReport } from './bench-report'
import { generatedNexisExport } from '../fixtures/news-exports/generate-export'

const HTML_COUNT = Number(process.env.BENCH_HTML ?? 1000)
const PDF_COUNT = Number(process.env.BENCH_PDF ?? 100)
const ONE_BY_ONE = 100
const EXPORT_ARTICLES = 200

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A saved news page: navigation, adverts, scripts, JSON-LD, the article, a paywall, comments. */
function htmlPage(index: number, random: () => number): string {
  const paragraphs = generatedArticleText(random).split('\n\n')
  const title = `Talks on Syria resume in Geneva, report ${index}`
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | The Levant Ledger</title>
<meta property="og:title" content="${title}"><meta property="og:site_name" content="The Levant Ledger">
<meta property="article:published_time" content="2017-11-${String(1 + (index % 28)).padStart(2, '0')}T09:00:00Z"><meta name="author" content="Karim Haddad">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"${title}","datePublished":"2017-11-22"}</script>
<link rel="stylesheet" href="https://cdn.example/site.css"><script src="https://cdn.example/tracker.js"></script></head>
<body><nav><a href="/">Home</a><a href="/world">World</a><a href="/politics">Politics</a></nav>
<div class="cookie">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<div class="advert">Advertisement</div>
<main><article><h1>${title}</h1><p class="byline">By Karim Haddad</p>
${paragraphs.map((p, i) => (i === 3 ? `<h2>Positions of the parties</h2><p>${escapeHtml(p)}</p>` : `<p>${escapeHtml(p)}</p>`)).join('\n')}
<p>You've reached your limit of free articles this month.</p><p>Subscribe now</p><p>Already subscribed? Log in</p>
</article></main><aside><h3>Related stories</h3><ul><li><a href="/a">Other story</a></li></ul></aside>
<section class="comments"><h3>Comments</h3><p>First!</p></section><footer>© The Levant Ledger</footer>
<script>window.dataLayer = []</script></body></html>`
}

async function pdfFile(index: number, random: () => number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(`Brief ${index}: the Sochi congress`)
  pdf.setAuthor('Levant Policy Forum')
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const words = generatedArticleText(random).replace(/\n\n/g, ' ¶ ').split(' ')
  let page = pdf.addPage([595, 842])
  let y = 790
  let line = ''
  const flush = () => {
    page.drawText(line.trim(), { x: 50, y, size: 11, font })
    y -= 15
    line = ''
    if (y < 60) {
      page = pdf.addPage([595, 842])
      y = 790
    }
  }
  for (const word of words) {
    if (word === '¶') {
      if (line) flush()
      y -= 8
      continue
    }
    if (font.widthOfTextAtSize(`${line} ${word}`, 11) > 495) flush()
    line += ` ${word}`
  }
  if (line) flush()
  return pdf.save()
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'parley-bench-import-'))
  const parser = createWorkerParserRunner(resolve('electron/main/services/importer/parse-worker.ts'))
  try {
    const random = seededRandom(11)
    const htmlPaths: string[] = []
    for (let i = 0; i < HTML_COUNT; i++) {
      const path = join(dir, `article-${i}.html`)
      await writeFile(path, htmlPage(i, random))
      htmlPaths.push(path)
    }
    const pdfPaths: string[] = []
    for (let i = 0; i < PDF_COUNT; i++) {
      const path = join(dir, `brief-${i}.pdf`)
      await writeFile(path, await pdfFile(i, random))
      pdfPaths.push(path)
    }
    process.stderr.write(`generated ${HTML_COUNT} HTML and ${PDF_COUNT} PDF files\n`)

    const store = await LibraryStore.open(join(dir, 'library'))
    // Warm the worker (module loading) so the figures are about steady-state parsing.
    await parser.parse('html', new TextEncoder().encode(htmlPage(-1, seededRandom(1))), 'warm.html')
    await parser.parse('pdf', await pdfFile(-1, seededRandom(2)), 'warm.pdf')

    let start = performance.now()
    const htmlResults = await importFiles(htmlPaths, { store, parser })
    const htmlSeconds = (performance.now() - start) / 1000
    start = performance.now()
    const pdfResults = await importFiles(pdfPaths, { store, parser })
    const pdfSeconds = (performance.now() - start) / 1000

    // The app imports file by file (progress, cancel): one commit per file.
    const oneByOne = await mkdtemp(join(tmpdir(), 'parley-bench-import-single-'))
    const singleStore = await LibraryStore.open(oneByOne)
    start = performance.now()
    for (const path of htmlPaths.slice(0, ONE_BY_ONE)) await importFiles([path], { store: singleStore, parser })
    const singleSeconds = (performance.now() - start) / 1000
    await singleStore.close()
    await rm(oneByOne, { recursive: true, force: true })

    // A news-database export of 200 articles: one file, one call, as the app imports it.
    const exportPath = join(dir, 'nexis-200.txt')
    await writeFile(exportPath, generatedNexisExport(EXPORT_ARTICLES))
    const exportStore = await LibraryStore.open(join(dir, 'export-library'))
    start = performance.now()
    const exportResults = await importFiles([exportPath], { store: exportStore, parser })
    const exportSeconds = (performance.now() - start) / 1000
    await exportStore.close()

    const imported = (results: { status: string }[]) => results.filter((r) => r.status === 'imported').length
    const failures = [...htmlResults, ...pdfResults].filter((r) => r.status !== 'imported')
    const sample = store.listDocuments()[0]!
    const sampleText = await store.readText(sample)
    await store.close()

    const figures = {
      htmlFiles: HTML_COUNT,
      htmlImported: imported(htmlResults),
      htmlSeconds: +htmlSeconds.toFixed(2),
      htmlPerSecond: +(HTML_COUNT / htmlSeconds).toFixed(1),
      pdfFiles: PDF_COUNT,
      pdfImported: imported(pdfResults),
      pdfSeconds: +pdfSeconds.toFixed(2),
      pdfPerSecond: +(PDF_COUNT / pdfSeconds).toFixed(1),
      htmlOneByOnePerSecond: +(ONE_BY_ONE / singleSeconds).toFixed(1),
      exportArticles: EXPORT_ARTICLES,
      exportImported: imported(exportResults),
      exportSeconds: +exportSeconds.toFixed(2),
      failures: failures.length,
      paywallLeftInText: /Subscribe now|reached your limit/.test(sampleText),
    }
    printReport(`Import benchmark: ${HTML_COUNT} HTML articles and ${PDF_COUNT} PDFs (about 700 words each), parsed in the worker thread`, [
      { measure: 'HTML imported (one batch, as the CLI does)', value: `${figures.htmlImported} / ${HTML_COUNT} in ${figures.htmlSeconds} s` },
      { measure: 'HTML articles per second', value: `${figures.htmlPerSecond}`, target: '≥ 50', pass: figures.htmlPerSecond >= 50 },
      { measure: 'HTML per second, one file per commit (as the app does)', value: `${figures.htmlOneByOnePerSecond}` },
      { measure: 'PDF imported', value: `${figures.pdfImported} / ${PDF_COUNT} in ${figures.pdfSeconds} s` },
      { measure: 'PDFs per second', value: `${figures.pdfPerSecond}` },
      { measure: `Nexis export of ${EXPORT_ARTICLES} articles (one file)`, value: `${figures.exportImported} / ${EXPORT_ARTICLES} in ${figures.exportSeconds} s`, target: 'all', pass: figures.exportImported === EXPORT_ARTICLES },
      { measure: 'files not imported', value: `${figures.failures}`, target: '0', pass: figures.failures === 0 },
      { measure: 'paywall text left in an imported article', value: figures.paywallLeftInText ? 'yes' : 'no', target: 'no', pass: !figures.paywallLeftInText },
    ], figures)
    if (failures.length > 0) process.stderr.write(`first failure: ${failures[0]!.message}\n`)
  } finally {
    await parser.close()
    await rm(dir, { recursive: true, force: true })
  }
}

void main()
