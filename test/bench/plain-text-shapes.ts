/**
 * Plain-text shapes measured on real articles: every page of a Readability test-page folder
 * (../shared/corpora/readability-pages) gives its expected article as paragraphs; each is
 * rendered one paragraph per line, blank-line separated and hard-wrapped at 72 columns (with and
 * without blank lines), and the page's visible text stands for a whole-page paste. Each goes
 * through parseTxt (the importer's entry for .txt and pasted text) and the importer's block
 * preparation, and the kept body is scored against the expected article.
 *
 *   npx tsx test/bench/plain-text-shapes.ts [DIR] [--worst N]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseTxt } from '../../electron/main/services/importer/formats/parse-text-formats'
import { prepareBlocks } from '../../electron/main/services/importer/prepare-blocks'
import { printReport, type BenchRow } from './bench-report'
import { articleParagraphs } from './plain-text/article-paragraphs'
import { renderShape, SHAPES, type ShapeName } from './plain-text/render-shapes'
import { tokenScores } from './plain-text/token-f1'
import { visibleText } from './plain-text/visible-text'

const args = process.argv.slice(2)
const worstCount = Number(args[args.indexOf('--worst') + 1]) || 8
const dir = resolve(args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? '../shared/corpora/readability-pages')
if (!existsSync(dir)) {
  console.log(`No corpus at ${dir}: nothing to measure (pass the readability-pages folder as the first argument).`)
  process.exit(0)
}

type Shape = ShapeName | 'whole-page'
interface PageResult {
  page: string
  f1: number
  precision: number
  recall: number
  expectedParagraphs: number
  gotParagraphs: number
  titleRight: boolean | null
  removed: string[]
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase()
/** "Headline | Site" and "Headline - Site" count as right for "Headline". */
function titleMatches(got: string | null, expected: string): boolean {
  if (!got) return false
  const [g, e] = [squash(got), squash(expected)]
  return g === e || e.split(/\s+[|–—-]\s+/).some((part) => part.length > 8 && squash(part) === g) || g.split(/\s+[|–—-]\s+/).some((part) => part === e)
}

async function measure(page: string, text: string, expected: string[], title: string | null): Promise<PageResult> {
  // Named by a number, as downloads often are: the title must never come from the file name.
  const parsed = await parseTxt(new TextEncoder().encode(text), `${(page.length * 2654435761) % 4294967296}.txt`)
  const blocks = prepareBlocks(parsed.blocks)
  const kept = blocks.filter((b) => !b.removed)
  const scores = tokenScores(kept.map((b) => b.text).join('\n'), expected.join('\n'))
  return {
    page,
    ...scores,
    expectedParagraphs: expected.length,
    gotParagraphs: kept.length,
    titleRight: title ? titleMatches(parsed.title, title) : null,
    removed: [...new Set(blocks.filter((b) => b.removed).map((b) => b.removed!.reason))],
  }
}

const results = new Map<Shape, PageResult[]>([...SHAPES, 'whole-page' as const].map((s) => [s, []]))
const pages = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'expected.html'))).sort()
for (const page of pages) {
  const metadata = JSON.parse(readFileSync(join(dir, page, 'expected-metadata.json'), 'utf8')) as { title?: string | null }
  const paragraphs = articleParagraphs(readFileSync(join(dir, page, 'expected.html'), 'utf8'))
  if (paragraphs.length === 0) continue
  const title = metadata.title?.trim() || null
  // The article as it arrives: its headline on the first line, unless it already opens with it.
  const opensWithTitle = title !== null && squash(paragraphs[0]!) === squash(title)
  const body = opensWithTitle ? paragraphs.slice(1) : paragraphs
  const withTitle = title ? [title, ...body] : body
  for (const shape of SHAPES) results.get(shape)!.push(await measure(page, renderShape(withTitle, shape), body, title))
  results.get('whole-page')!.push(await measure(page, visibleText(readFileSync(join(dir, page, 'source.html'), 'utf8')), body, title))
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)
const pct = (value: number) => `${(value * 100).toFixed(1)}%`
const withinTenPercent = (r: PageResult) => Math.abs(r.gotParagraphs - r.expectedParagraphs) <= r.expectedParagraphs * 0.1
const rows: BenchRow[] = []
const figures: Record<string, unknown> = { pages: pages.length }
for (const [shape, list] of results) {
  const f1 = mean(list.map((r) => r.f1))
  const paragraphShare = list.filter(withinTenPercent).length / list.length
  const titled = list.filter((r) => r.titleRight !== null)
  const titleShare = titled.filter((r) => r.titleRight).length / Math.max(1, titled.length)
  const lost = list.filter((r) => r.recall < 0.5).length
  const measured = shape !== 'whole-page'
  rows.push({ measure: `${shape}: token F1 (mean)`, value: f1.toFixed(4), target: measured ? '≥ 0.99' : '≥ 0.90', pass: f1 >= (measured ? 0.99 : 0.9) })
  rows.push({ measure: `${shape}: precision / recall`, value: `${mean(list.map((r) => r.precision)).toFixed(4)} / ${mean(list.map((r) => r.recall)).toFixed(4)}` })
  if (measured) rows.push({ measure: `${shape}: paragraph count within 10%`, value: pct(paragraphShare), target: '100%', pass: paragraphShare === 1 })
  rows.push({ measure: `${shape}: title right`, value: pct(titleShare), target: '≥ 95%', pass: titleShare >= 0.95 })
  rows.push({ measure: `${shape}: bodies lost (recall < 0.5)`, value: String(lost), target: '0', pass: lost === 0 })
  figures[shape] = { f1: Number(f1.toFixed(4)), paragraphsWithin10: Number(paragraphShare.toFixed(4)), titleRight: Number(titleShare.toFixed(4)), lost }
}

for (const [shape, list] of results) {
  const worst = [...list].sort((a, b) => a.f1 - b.f1 || Math.abs(b.gotParagraphs - b.expectedParagraphs) / b.expectedParagraphs - Math.abs(a.gotParagraphs - a.expectedParagraphs) / a.expectedParagraphs).slice(0, worstCount)
  console.log(`\nworst ${shape}:`)
  for (const r of worst) console.log(`  ${r.page.padEnd(36)} F1 ${r.f1.toFixed(3)} (P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)})  paragraphs ${r.gotParagraphs}/${r.expectedParagraphs}  title ${r.titleRight === null ? '-' : r.titleRight ? 'ok' : 'WRONG'}  removed: ${r.removed.join(', ') || '-'}`)
  const offCount = list.filter((r) => !withinTenPercent(r))
  if (offCount.length) console.log(`  paragraph counts off by more than 10%: ${offCount.map((r) => `${r.page} ${r.gotParagraphs}/${r.expectedParagraphs}`).join('; ')}`)
}
printReport('Plain-text shapes on real articles', rows, figures)
