// npm run bench:anchoring — how often re-anchoring puts an annotation back at the right place
// after the text changes, how often it gives up, and how often it is wrong.
//
// Seeded articles (~700 words) each get 20 annotations (3–40 whole words). Random word edits
// (delete a word, insert a word, replace a word) are applied at 2%, 10% and 20% of the words, then
// reanchor() runs once per document. The ground truth follows each original word through the
// edits: the true new span runs from the first to the last surviving word of the original span
// (a replaced word does not survive). A placed annotation is correct when its span overlaps the
// true span by at least 50% of the longer of the two; otherwise it is wrong. An annotation whose
// every word was deleted or replaced is "span deleted": orphaning it is correct, placing it is
// wrong. wrong % is over all annotations; correct % is over annotations whose span survived.
//
// BENCH_DOCUMENTS changes the number of documents; ANCHOR_MIN_SCORE, ANCHOR_MIN_SCORE_FAR and
// ANCHOR_MIN_QUOTE override the fuzzy thresholds to explore the trade-off; BENCH_SHOW_WRONG=1
// prints each wrong placement to stderr.
import { performance } from 'node:perf_hooks'
import { describeSpan } from '../../shared/anchoring/selectors'
import { reanchor, type AnchorResult, type ReanchorOptions } from '../../shared/anchoring/reanchor'
import { generatedArticleText, seededRandom } from './generate-library'
import { ms, printReport, type BenchRow } from './bench-report'

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 300)
const ANNOTATIONS_PER_DOCUMENT = 20
/** Word edit rates, and one scenario where a whole paragraph is also removed (the Parley case of
 * a block removed: its annotations must be orphaned, not moved onto a look-alike passage). */
const SCENARIOS = [
  { label: '2% of words', rate: 0.02, removeParagraph: false },
  { label: '10% of words', rate: 0.1, removeParagraph: false },
  { label: '20% of words', rate: 0.2, removeParagraph: false },
  { label: '10% + paragraph removed', rate: 0.1, removeParagraph: true },
]
const LONG_DOCUMENTS = 5

const options: Partial<ReanchorOptions> = {}
if (process.env.ANCHOR_MIN_SCORE) options.minScore = Number(process.env.ANCHOR_MIN_SCORE)
if (process.env.ANCHOR_MIN_SCORE_FAR) options.minScoreFar = Number(process.env.ANCHOR_MIN_SCORE_FAR)
if (process.env.ANCHOR_MIN_QUOTE) options.minQuoteSimilarity = Number(process.env.ANCHOR_MIN_QUOTE)

const SHOW_WRONG = process.env.BENCH_SHOW_WRONG === '1'

function showWrong(label: string, quote: { prefix: string; exact: string; suffix: string }, result: AnchorResult, truth: { start: number; end: number } | null, text: string): void {
  const around = (start: number, end: number) => `${JSON.stringify(text.slice(Math.max(0, start - 32), start))} [[${JSON.stringify(text.slice(start, end))}]] ${JSON.stringify(text.slice(end, end + 32))}`
  console.error(`wrong (${label}, ${result.method})\n  quote: ${JSON.stringify(quote.prefix)} [[${JSON.stringify(quote.exact)}]] ${JSON.stringify(quote.suffix)}`)
  console.error(`  truth: ${truth ? around(truth.start, truth.end) : 'span deleted'}\n  found: ${around(result.start!, result.end!)}`)
}

/** A word of the document, the whitespace after it, and which original word it is (−1: new). */
interface Word {
  text: string
  after: string
  original: number
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/(\S+)(\s*)/g)].map((m, i) => ({ text: m[1]!, after: m[2]!, original: i }))
}

/** The text and the offset of each word. */
function compose(words: readonly Word[]): { text: string; offsets: number[] } {
  let text = ''
  const offsets: number[] = []
  for (const word of words) {
    offsets.push(text.length)
    text += word.text + word.after
  }
  return { text, offsets }
}

/** Removes one whole paragraph, as when the analyst removes a block. */
function removeParagraph(words: Word[], random: () => number): void {
  const starts = [0]
  words.forEach((w, i) => {
    if (w.after.includes('\n') && i + 1 < words.length) starts.push(i + 1)
  })
  const p = Math.floor(random() * starts.length)
  const from = starts[p]!
  const to = p + 1 < starts.length ? starts[p + 1]! : words.length
  const wasLast = to === words.length
  words.splice(from, to - from)
  if (wasLast && from > 0) words[from - 1]!.after = ''
}

function applyEdits(original: readonly Word[], rate: number, random: () => number, paragraph = false): Word[] {
  const words = original.map((w) => ({ ...w }))
  if (paragraph) removeParagraph(words, random)
  const vocabulary = original.map((w) => w.text.replace(/[^\p{L}\p{N}'-]/gu, '')).filter((w) => w.length > 0)
  const randomWord = () => vocabulary[Math.floor(random() * vocabulary.length)]!
  const edits = Math.round(rate * original.length)
  for (let e = 0; e < edits && words.length > 1; e++) {
    const k = Math.floor(random() * words.length)
    const kind = random()
    if (kind < 1 / 3) {
      const [removed] = words.splice(k, 1)
      // Keep paragraph breaks and the end of the text where they were.
      if (k > 0 && (removed!.after.includes('\n') || k === words.length)) words[k - 1]!.after = removed!.after
    } else if (kind < 2 / 3) {
      words.splice(k, 0, { text: randomWord(), after: ' ', original: -1 })
    } else {
      words[k] = { ...words[k]!, text: randomWord(), original: -1 }
    }
  }
  return words
}

interface Tally {
  annotations: number
  anchored: number
  needsReview: number
  needsReviewByDiff: number
  orphaned: number
  correct: number
  wrong: number
  wrongExact: number
  wrongFuzzy: number
  spanDeleted: number
  spanDeletedOrphaned: number
  milliseconds: number
}

const emptyTally = (): Tally => ({ annotations: 0, anchored: 0, needsReview: 0, needsReviewByDiff: 0, orphaned: 0, correct: 0, wrong: 0, wrongExact: 0, wrongFuzzy: 0, spanDeleted: 0, spanDeletedOrphaned: 0, milliseconds: 0 })

function classify(tally: Tally, result: AnchorResult, truth: { start: number; end: number } | null): void {
  tally.annotations++
  if (result.status === 'anchored') tally.anchored++
  else if (result.status === 'needs-review') {
    tally.needsReview++
    if (result.method === 'diff') tally.needsReviewByDiff++
  }
  else tally.orphaned++
  if (!truth) tally.spanDeleted++
  if (result.status === 'orphaned' || result.start === null || result.end === null) {
    if (!truth) tally.spanDeletedOrphaned++
    return
  }
  const overlap = truth ? Math.min(result.end, truth.end) - Math.max(result.start, truth.start) : 0
  if (truth && overlap >= 0.5 * Math.max(result.end - result.start, truth.end - truth.start)) tally.correct++
  else {
    tally.wrong++
    if (result.status === 'anchored') tally.wrongExact++
    else tally.wrongFuzzy++
  }
}

function run(): void {
  const tallies = new Map(SCENARIOS.map((scenario) => [scenario, emptyTally()]))
  for (let d = 0; d < DOCUMENTS; d++) {
    const random = seededRandom(10_000 + d)
    const words = wordsOf(generatedArticleText(random, 700))
    const { text, offsets } = compose(words)
    const spans = Array.from({ length: ANNOTATIONS_PER_DOCUMENT }, () => {
      const length = 3 + Math.floor(random() * 38)
      const first = Math.floor(random() * (words.length - length + 1))
      return { first, last: first + length - 1 }
    })
    const targets = spans.map(({ first, last }) => describeSpan(text, offsets[first]!, offsets[last]! + words[last]!.text.length))
    for (const [r, scenario] of SCENARIOS.entries()) {
      const edited = applyEdits(words, scenario.rate, seededRandom(20_000 + d * 8 + r), scenario.removeParagraph)
      const { text: newText, offsets: newOffsets } = compose(edited)
      const started = performance.now()
      const results = reanchor(text, newText, targets, options)
      const tally = tallies.get(scenario)!
      tally.milliseconds += performance.now() - started
      spans.forEach(({ first, last }, a) => {
        let from = -1
        let to = -1
        edited.forEach((word, i) => {
          if (word.original >= first && word.original <= last) {
            if (from < 0) from = i
            to = i
          }
        })
        const truth = from < 0 ? null : { start: newOffsets[from]!, end: newOffsets[to]! + edited[to]!.text.length }
        const wrongBefore = tally.wrong
        classify(tally, results[a]!, truth)
        if (SHOW_WRONG && tally.wrong > wrongBefore) showWrong(scenario.label, targets[a]!.quote, results[a]!, truth, newText)
      })
    }
  }

  // Long texts: ~100,000 characters, 10 annotations, timing only.
  const longTimes: number[] = []
  for (let d = 0; d < LONG_DOCUMENTS; d++) {
    const random = seededRandom(30_000 + d)
    const words = wordsOf(generatedArticleText(random, 14_500))
    const { text, offsets } = compose(words)
    const targets = Array.from({ length: 10 }, () => {
      const first = Math.floor(random() * (words.length - 40))
      const last = first + 2 + Math.floor(random() * 38)
      return describeSpan(text, offsets[first]!, offsets[last]! + words[last]!.text.length)
    })
    const newText = compose(applyEdits(words, 0.1, seededRandom(40_000 + d))).text
    const started = performance.now()
    reanchor(text, newText, targets, options)
    longTimes.push(performance.now() - started)
  }

  const percent = (part: number, whole: number) => (whole === 0 ? 0 : (100 * part) / whole)
  const pct = (value: number) => `${value.toFixed(2)}%`
  const columns = ['annotations', 'anchored', 'review', 'orphaned', 'wrong', 'correct', 'span deleted', 'per doc']
  const widths = columns.map((c) => Math.max(c.length, 9))
  const cells = (values: string[]) => values.map((v, i) => v.padStart(widths[i]!)).join(' ')
  const rows: BenchRow[] = [{ measure: 'edit rate', value: cells(columns) }]
  const figures: Record<string, unknown> = { documents: DOCUMENTS, annotationsPerDocument: ANNOTATIONS_PER_DOCUMENT, options }
  for (const [scenario, t] of tallies) {
    const survived = t.annotations - t.spanDeleted
    rows.push({
      measure: scenario.label,
      value: cells([String(t.annotations), String(t.anchored), String(t.needsReview), String(t.orphaned - t.spanDeletedOrphaned), pct(percent(t.wrong, t.annotations)), pct(percent(t.correct, survived)), String(t.spanDeleted), ms(t.milliseconds / DOCUMENTS)]),
    })
    figures[`rate${Math.round(scenario.rate * 100)}${scenario.removeParagraph ? 'ParagraphRemoved' : ''}`] = {
      annotations: t.annotations,
      anchoredExactly: t.anchored,
      needsReview: t.needsReview,
      needsReviewByDiff: t.needsReviewByDiff,
      needsReviewByFuzzy: t.needsReview - t.needsReviewByDiff,
      orphanedSpanSurvived: t.orphaned - t.spanDeletedOrphaned,
      spanDeleted: t.spanDeleted,
      spanDeletedOrphaned: t.spanDeletedOrphaned,
      correct: t.correct,
      wrong: t.wrong,
      wrongExact: t.wrongExact,
      wrongFuzzy: t.wrongFuzzy,
      wrongPercent: Number(percent(t.wrong, t.annotations).toFixed(3)),
      correctPercent: Number(percent(t.correct, survived).toFixed(3)),
      orphanedPercent: Number(percent(t.orphaned - t.spanDeletedOrphaned, survived).toFixed(3)),
      msPerDocument: Number((t.milliseconds / DOCUMENTS).toFixed(3)),
    }
  }
  const ten = tallies.get(SCENARIOS[1]!)!
  const wrongAtTen = percent(ten.wrong, ten.annotations)
  rows.push({ measure: 'wrong at 10%', value: pct(wrongAtTen), target: '≤ 0.5%', pass: wrongAtTen <= 0.5 })
  const longMean = longTimes.reduce((a, b) => a + b, 0) / longTimes.length
  rows.push({ measure: '100k-char text, 10% edits, 10 annotations', value: ms(longMean) })
  figures.wrongAt10Percent = Number(wrongAtTen.toFixed(3))
  figures.longDocumentMs = Number(longMean.toFixed(1))
  printReport(`Re-anchoring: ${DOCUMENTS} documents × ${ANNOTATIONS_PER_DOCUMENT} annotations per edit rate (orphaned excludes spans deleted; correct % of surviving spans)`, rows, figures)
}

run()
