import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { findAttributions } from '../../../shared/attribution/find-attributions'
import type { AttributedStatement } from '../../../shared/attribution/types'
import type { Claim } from '../../../shared/domain/annotation'
import type { Issue, Party, Source } from '../../../shared/domain/registries'
import { StanceRecord } from '../../../shared/proposals/stance-record'
import { ClaimProposer, leanOnRecord } from '../../../shared/proposals/propose-claims'
import type { BenchRow } from '../bench-report'
import { tokenF1 } from './score'

interface Labels {
  parties: Array<{ id: string; name: string; aliases: string[] }>
  issues: Array<{ id: string; title: string; keywords: string[] }>
  statements: Array<{ article: string; span: string; source: string; party: string | null; issue: string; stance: string }>
}

const LABELS = join(import.meta.dirname, 'stance-labels.json')

interface Judged {
  article: string
  gold: Labels['statements'][number]
  statement: AttributedStatement
  text: string
  title: string
}

/**
 * Stance and issue cannot be scored on PolNeAR, so we labelled statements from its articles
 * ourselves (stance-labels.json: article name and quoted span only). Each labelled span is looked
 * up among the finder's statements (token F1 ≥ 0.5, for its cue); failing that, the words just
 * before it in its sentence stand in for the cue. Then the proposer's issue and stance are compared.
 *
 * Stance is scored twice: from the words alone (an empty library), and with the record of the
 * source or its party (an analyst who has coded the other articles: every other article's labels
 * are accepted claims, and the labelled speakers are registered sources with their parties). Leaving the statement's
 * whole article out keeps its own labels from counting.
 */
export async function scoreStanceAndIssue(dir: string): Promise<{ rows: BenchRow[]; figures: Record<string, unknown> }> {
  const labels = JSON.parse(await readFile(LABELS, 'utf8')) as Labels
  const parties: Party[] = labels.parties.map((p) => ({ ...p, color: '#888888' }))
  const issues: Issue[] = labels.issues.map((i) => ({ id: i.id, title: i.title, description: '', keywords: i.keywords }))
  const judged = await judgedStatements(dir, labels)
  if (judged.length === 0) return { rows: [{ measure: 'stance / issue', value: 'no labelled article in this folder' }], figures: { stanceLabelled: 0 } }
  const sources = registeredSources(labels)
  const sourceIdOf = new Map(sources.map((s) => [s.name, s.id]))
  const wordsOnly = new ClaimProposer({ sources, parties, issues })
  let stanceRight = 0
  let recordRight = 0
  let fromRecord = 0
  let issueRight = 0
  const confusion = new Map<string, number>()
  for (const { article, gold, statement, text, title } of judged) {
    const [proposal] = wordsOnly.propose('bench', [statement], text, title)
    if (proposal!.stance === gold.stance) stanceRight++
    else confusion.set(`${gold.stance}→${proposal!.stance}`, (confusion.get(`${gold.stance}→${proposal!.stance}`) ?? 0) + 1)
    if (proposal!.issueId === gold.issue) issueRight++
    const otherClaims = judged.filter((j) => j.article !== article && j.gold.party).map((j) => ({ issueId: j.gold.issue, partyIds: [j.gold.party!], sourceId: sourceIdOf.get(j.gold.source), stance: j.gold.stance as Claim['stance'] }))
    const withRecord = leanOnRecord(proposal!, new StanceRecord(otherClaims))
    if (withRecord.stance === gold.stance) recordRight++
    if (withRecord.stanceRecord) fromRecord++
  }
  const n = judged.length
  const stanceAccuracy = stanceRight / n
  const recordAccuracy = recordRight / n
  const issueAccuracy = issueRight / n
  const viaFinder = judged.filter((j) => j.statement.confidence < 1).length
  const topConfusions = [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v}`).join(', ')
  const round = (x: number) => Math.round(x * 1000) / 1000
  return {
    rows: [
      { measure: `labelled statements (found by the finder)`, value: `${n} (${viaFinder})` },
      { measure: 'stance accuracy, words only (empty library)', value: stanceAccuracy.toFixed(3), target: '≥ 0.70', pass: stanceAccuracy >= 0.7 },
      { measure: `stance accuracy with the source's or party's record (${fromRecord} taken from it)`, value: recordAccuracy.toFixed(3), target: '≥ 0.70', pass: recordAccuracy >= 0.7 },
      { measure: 'issue accuracy', value: issueAccuracy.toFixed(3), target: '≥ 0.80', pass: issueAccuracy >= 0.8 },
      { measure: 'commonest stance errors, words only (gold→proposed)', value: topConfusions || 'none' },
    ],
    figures: { stanceLabelled: n, stanceFoundByFinder: viaFinder, stanceAccuracy: round(stanceAccuracy), stanceAccuracyWithRecord: round(recordAccuracy), stanceFromRecord: fromRecord, issueAccuracy: round(issueAccuracy) },
  }
}

/** Each labelled span found in its article, as the statement the proposer sees. */
export async function judgedStatements(dir: string, labels: Labels): Promise<Judged[]> {
  const found = new Map<string, { text: string; statements: AttributedStatement[] }>()
  const judged: Judged[] = []
  for (const gold of labels.statements) {
    const path = join(dir, 'text', gold.article)
    if (!existsSync(path)) continue
    let article = found.get(gold.article)
    if (!article) {
      const text = await readFile(path, 'utf8')
      article = { text, statements: findAttributions(text) }
      found.set(gold.article, article)
    }
    const start = article.text.indexOf(gold.span)
    if (start < 0) continue
    const matched = article.statements.map((s) => ({ s, f1: tokenF1(s.content.text, gold.span) })).filter((m) => m.f1 >= 0.5).sort((a, b) => b.f1 - a.f1)[0]?.s
    const lineStart = Math.max(article.text.lastIndexOf('\n', start) + 1, article.text.lastIndexOf('. ', start) + 2, start - 60)
    const statement: AttributedStatement = {
      kind: matched?.kind ?? 'indirect',
      content: { start, end: start + gold.span.length, text: gold.span },
      cue: matched?.cue ?? { start: lineStart, end: start, text: article.text.slice(lineStart, start) },
      source: null,
      speaker: gold.source,
      role: null,
      // Marks which statements the finder found (the count in the table).
      confidence: matched ? 0.99 : 1,
    }
    judged.push({ article: gold.article, gold, statement, text: article.text, title: article.text.split('\n', 1)[0] ?? '' })
  }
  return judged
}

/** The labelled speakers as an analyst's source registry, each with the party the label gives. */
function registeredSources(labels: Labels): Source[] {
  const byName = new Map<string, Source>()
  for (const { source, party } of labels.statements) {
    if (!party || byName.has(source)) continue
    byName.set(source, { id: `source-${byName.size + 1}`, name: source, aliases: [], kind: 'person', partyIds: [party], reliability: 'F' })
  }
  return [...byName.values()]
}
