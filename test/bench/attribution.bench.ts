// npm run bench:attribution [DIR] — runs the attribution finder on a folder in PolNeAR's brat
// layout (text/ and attributions/; default ../shared/corpora/polnear-train) and scores it as the
// issue defines: a proposal matches a hand-annotated attribution when their content spans have
// token F1 ≥ 0.5, one to one, greedily. Then proposes stance and issue for the statements we
// labelled ourselves (test/bench/attribution/stance-labels.json) and scores those.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { findAttributions } from '../../shared/attribution/find-attributions'
import type { AttributedStatement } from '../../shared/attribution/types'
import { printReport, type BenchRow } from './bench-report'
import { readBratFolder } from './attribution/read-brat'
import { matchGreedily, sameSource, wordsOf } from './attribution/score'
import { scoreStanceAndIssue } from './attribution/stance-issue-score'

const DIR = resolve(process.argv[2] ?? '../shared/corpora/polnear-train')
const LIMIT = Number(process.env.ATTRIBUTION_LIMIT ?? Infinity)

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b)
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))
const fixed = (n: number) => n.toFixed(3)

async function main() {
  if (!existsSync(resolve(DIR, 'text')) || !existsSync(resolve(DIR, 'attributions'))) {
    console.log(`No PolNeAR-style folder at ${DIR} (it needs text/ and attributions/). Pass one: npm run bench:attribution -- DIR`)
    console.log(JSON.stringify({ skipped: true, reason: 'corpus folder absent', dir: DIR }))
    return
  }
  const articles = await readBratFolder(DIR, LIMIT)
  findAttributions('Warm-up: "The talks will go ahead," she said.')
  let words = 0
  let elapsed = 0
  const tally = { proposed: 0, gold: 0, matched: 0, goldDirect: 0, matchedDirect: 0, proposedDirect: 0, matchedProposedDirect: 0, goldOther: 0, matchedOther: 0, sourceRight: 0, sourceJudged: 0 }
  const byKind = new Map<string, { proposed: number; matched: number }>()
  for (const article of articles) {
    const started = performance.now()
    const statements = findAttributions(article.text)
    elapsed += performance.now() - started
    words += wordsOf(article.text).length
    const pairs = matchGreedily(statements.map((s) => s.content.text), article.attributions.map((g) => g.content))
    const matchedProposals = new Set(pairs.map(([i]) => i))
    const matchedGold = new Set(pairs.map(([, j]) => j))
    tally.proposed += statements.length
    tally.gold += article.attributions.length
    tally.matched += pairs.length
    statements.forEach((s, i) => {
      const entry = byKind.get(s.kind) ?? { proposed: 0, matched: 0 }
      entry.proposed++
      if (matchedProposals.has(i)) entry.matched++
      byKind.set(s.kind, entry)
    })
    article.attributions.forEach((g, j) => {
      if (g.direct) {
        tally.goldDirect++
        if (matchedGold.has(j)) tally.matchedDirect++
      } else {
        tally.goldOther++
        if (matchedGold.has(j)) tally.matchedOther++
      }
    })
    for (const [i, j] of pairs) {
      const gold = article.attributions[j]!
      if (gold.source === null) continue
      tally.sourceJudged++
      if (sameSource(sourceMention(statements[i]!), gold.source)) tally.sourceRight++
    }
    if (process.env.ATTRIBUTION_DUMP) dumpErrors(article.name, statements, article.attributions.map((g) => g.content), matchedProposals, matchedGold)
  }
  const precision = ratio(tally.matched, tally.proposed)
  const recall = ratio(tally.matched, tally.gold)
  const directRecall = ratio(tally.matchedDirect, tally.goldDirect)
  const otherRecall = ratio(tally.matchedOther, tally.goldOther)
  const sourceAccuracy = ratio(tally.sourceRight, tally.sourceJudged)
  const msPer1000Words = (elapsed / words) * 1000
  const stanceIssue = await scoreStanceAndIssue(DIR)
  const rows: BenchRow[] = [
    { measure: `articles / hand-annotated attributions`, value: `${articles.length} / ${tally.gold}` },
    { measure: 'proposed statements', value: String(tally.proposed) },
    { measure: 'precision', value: fixed(precision), target: '≥ 0.85', pass: precision >= 0.85 },
    { measure: 'recall', value: fixed(recall), target: '≥ 0.70', pass: recall >= 0.7 },
    { measure: 'F1', value: fixed(f1(precision, recall)) },
    { measure: `direct-quote recall (${tally.goldDirect} quotes)`, value: fixed(directRecall), target: '≥ 0.95', pass: directRecall >= 0.95 },
    { measure: `other recall (${tally.goldOther})`, value: fixed(otherRecall) },
    ...[...byKind].map(([kind, k]) => ({ measure: `precision, ${kind} (${k.proposed} proposed)`, value: fixed(ratio(k.matched, k.proposed)) })),
    { measure: `source accuracy (${tally.sourceJudged} matched pairs with a source)`, value: fixed(sourceAccuracy), target: '≥ 0.85', pass: sourceAccuracy >= 0.85 },
    { measure: 'ms per 1,000 words', value: msPer1000Words.toFixed(2), target: '≤ 20', pass: msPer1000Words <= 20 },
    ...stanceIssue.rows,
  ]
  printReport(`Attribution finder on ${DIR}`, rows, {
    articles: articles.length,
    gold: tally.gold,
    proposed: tally.proposed,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1(precision, recall)),
    directRecall: round(directRecall),
    otherRecall: round(otherRecall),
    precisionByKind: Object.fromEntries([...byKind].map(([kind, k]) => [kind, round(ratio(k.matched, k.proposed))])),
    sourceAccuracy: round(sourceAccuracy),
    msPer1000Words: round(msPer1000Words),
    ...stanceIssue.figures,
  })
}

const round = (n: number) => Math.round(n * 1000) / 1000
const sourceMention = (s: AttributedStatement): string | null => s.source?.text ?? s.speaker

function dumpErrors(name: string, statements: AttributedStatement[], gold: string[], matchedP: Set<number>, matchedG: Set<number>): void {
  statements.forEach((s, i) => { if (!matchedP.has(i)) console.error(`FP ${name} [${s.kind}] ${s.source?.text} | ${s.cue.text} | ${s.content.text.slice(0, 160)}`) })
  gold.forEach((g, j) => { if (!matchedG.has(j)) console.error(`FN ${name} ${g.slice(0, 160)}`) })
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
