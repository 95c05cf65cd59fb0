/**
 * Extraction measured on real pages: every page of a Mozilla Readability test-page folder
 * (default ../shared/corpora/readability-pages; see that folder's README) is read
 *   (a) as Parley's HTML import of source.html (parseHtml, then prepareBlocks; the kept reading text),
 *   (b) as the page's visible text, select-all + copy, pasted through the plain-text parser,
 *   (c) as the expected article in three plain-text shapes (one paragraph per line, blank-line
 *       separated, hard-wrapped at 72 columns), through the plain-text parser,
 * and plain Readability.js over linkedom runs on the same pages in the same run as the baseline.
 * Each body is scored against expected.html's text: bag-of-token precision, recall and F1, macro
 * (mean over pages, the headline figure: every page counts the same, as every article does to an
 * analyst) and micro (pooled tokens, where long pages weigh more); titles against
 * expected-metadata.json; a body with recall < 0.5 is lost.
 *
 *   npm run bench:extraction [DIR] [--html-only] [--linkedom] [--only NAME]
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { decodeHtmlBytes } from '../../electron/main/services/importer/formats/decode-html'
import { printReport, type BenchRow } from './bench-report'
import { readCorpus } from './extraction/corpus'
import { openPageTextSource } from './extraction/page-text'
import { printMisses } from './extraction/misses'
import { summarise, type PageScore, type Summary } from './extraction/scores'
import { RemovalAudit } from './extraction/removal-audit'
import { expectedBody, htmlImport, plainReadability, plainTextImport, score, withRemovedKept } from './extraction/subjects'
import { renderShape, type ShapeName } from './plain-text/render-shapes'

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(name)
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const only = option('--only')
const dir = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--only') ?? '../shared/corpora/readability-pages')
if (!existsSync(dir)) {
  console.log(`No corpus at ${dir}: nothing to measure. Pass the readability-pages folder (see ../shared/corpora/README.md) as the first argument.`)
  process.exit(0)
}

const PLAIN_SHAPES: ShapeName[] = ['one-per-line', 'blank-lines', 'wrapped-72']
type Subject = 'baseline' | 'html' | 'html-unmarked' | 'whole-page' | ShapeName
const results = new Map<Subject, PageScore[]>()
const add = (subject: Subject, result: PageScore) => results.set(subject, [...(results.get(subject) ?? []), result])

const pages = readCorpus(dir, only).filter((page) => page.expectedParagraphs.length > 0)
const audit = new RemovalAudit()
const textSource = flag('--html-only') ? null : await openPageTextSource(flag('--linkedom'))
try {
  for (const page of pages) {
    add('baseline', score(page, plainReadability(page)))
    const imported = await htmlImport(page)
    add('html', score(page, imported))
    add('html-unmarked', score(page, withRemovedKept(imported)))
    audit.add(page, imported)
    if (!textSource) continue
    const { html } = decodeHtmlBytes(page.sourceBytes, 'source.html')
    add('whole-page', score(page, await plainTextImport(page, await textSource.text(html))))
    // The article as it arrives in plain text: its headline on the first line, then the body.
    const body = expectedBody(page)
    const withTitle = page.expectedTitle ? [page.expectedTitle, ...body] : body
    for (const shape of PLAIN_SHAPES) add(shape, score(page, await plainTextImport(page, renderShape(withTitle, shape))))
  }
} finally {
  await textSource?.close()
}

const LABELS: Record<Subject, string> = {
  baseline: 'baseline: Readability.js over linkedom',
  html: '(a) HTML import',
  'html-unmarked': '(a) with removed blocks kept',
  'whole-page': '(b) visible text pasted',
  'one-per-line': '(c) article, one paragraph per line',
  'blank-lines': '(c) article, blank-line separated',
  'wrapped-72': '(c) article, wrapped at 72',
  'wrapped-72-no-blank': '(c) article, wrapped, no blank lines',
}
const F1_TARGET: Partial<Record<Subject, number>> = { html: 0.97, 'whole-page': 0.9, 'one-per-line': 0.99, 'blank-lines': 0.99, 'wrapped-72': 0.99 }
const f = (value: number) => value.toFixed(4)
const pct = (value: number) => `${(value * 100).toFixed(1)}%`
const summaries = new Map<Subject, Summary>([...results].map(([subject, list]) => [subject, summarise(list)]))
const baseline = summaries.get('baseline')!

const rows: BenchRow[] = []
const figures: Record<string, unknown> = { dir, pages: pages.length, visibleText: textSource?.kind ?? 'not measured', headline: 'macro F1' }
for (const [subject, summary] of summaries) {
  if (subject === 'html-unmarked') {
    rows.push({ measure: `${LABELS[subject]}: F1 macro (P / R)`, value: `${f(summary.macro.f1)} (${f(summary.macro.precision)} / ${f(summary.macro.recall)})` })
    figures[subject] = { f1: Number(f(summary.macro.f1)) }
    continue
  }
  const label = LABELS[subject]
  const target = F1_TARGET[subject]
  const aboveBaseline = subject === 'html' ? summary.macro.f1 > baseline.macro.f1 : true
  rows.push({
    measure: `${label}: F1 macro`,
    value: f(summary.macro.f1),
    ...(target ? { target: `≥ ${target}${subject === 'html' ? ', > baseline' : ''}`, pass: summary.macro.f1 >= target && aboveBaseline } : {}),
  })
  rows.push({ measure: `${label}: P / R macro`, value: `${f(summary.macro.precision)} / ${f(summary.macro.recall)}` })
  rows.push({ measure: `${label}: F1 micro (P / R)`, value: `${f(summary.micro.f1)} (${f(summary.micro.precision)} / ${f(summary.micro.recall)})` })
  rows.push({ measure: `${label}: title right`, value: pct(summary.titleRight), target: '≥ 95%', pass: summary.titleRight >= 0.95 })
  rows.push({ measure: `${label}: bodies lost (recall < 0.5)`, value: String(summary.lost.length), ...(subject === 'html' ? { target: '0', pass: summary.lost.length === 0 } : {}) })
  if (PLAIN_SHAPES.includes(subject as ShapeName)) {
    rows.push({ measure: `${label}: paragraph count within 10%`, value: pct(summary.paragraphsWithin10), target: '100%', pass: summary.paragraphsWithin10 === 1 })
    // The reference keeps some boilerplate (related links, prices, sign-up lines) that is removed here.
    rows.push({ measure: `${label}: the same, removed blocks counted`, value: pct(summary.paragraphsWithin10WithRemoved) })
  }
  figures[subject] = {
    f1: Number(f(summary.macro.f1)),
    precision: Number(f(summary.macro.precision)),
    recall: Number(f(summary.macro.recall)),
    microF1: Number(f(summary.micro.f1)),
    titleRight: Number(summary.titleRight.toFixed(4)),
    lost: summary.lost,
    ...(PLAIN_SHAPES.includes(subject as ShapeName) ? { paragraphsWithin10: Number(summary.paragraphsWithin10.toFixed(4)), paragraphsWithin10WithRemoved: Number(summary.paragraphsWithin10WithRemoved.toFixed(4)) } : {}),
  }
}

printMisses(new Map([...results].filter(([subject]) => subject !== 'html-unmarked')), LABELS, F1_TARGET, PLAIN_SHAPES)
audit.print()
figures.removedThoughInReference = audit.figures()
printReport(`Extraction on ${pages.length} real pages (${dir}); visible text: ${textSource?.kind ?? 'not measured (--html-only)'}`, rows, figures)
