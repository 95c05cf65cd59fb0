import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { findAttributions } from '../../../shared/attribution/find-attributions'
import type { AttributedStatement } from '../../../shared/attribution/types'
import type { Issue, Party } from '../../../shared/domain/registries'
import { ClaimProposer } from '../../../shared/proposals/propose-claims'
import type { BenchRow } from '../bench-report'
import { tokenF1 } from './score'

interface Labels {
  parties: Array<{ id: string; name: string; aliases: string[] }>
  issues: Array<{ id: string; title: string; keywords: string[] }>
  statements: Array<{ article: string; span: string; source: string; party: string | null; issue: string; stance: string }>
}

const LABELS = join(import.meta.dirname, 'stance-labels.json')

/**
 * Stance and issue cannot be scored on PolNeAR, so we labelled statements from its articles
 * ourselves (stance-labels.json: article name and quoted span only). Each labelled span is looked
 * up among the finder's statements (token F1 ≥ 0.5, for its cue); failing that, the words just
 * before it in its sentence stand in for the cue. Then the proposer's issue and stance are compared.
 */
export async function scoreStanceAndIssue(dir: string): Promise<{ rows: BenchRow[]; figures: Record<string, unknown> }> {
  const labels = JSON.parse(await readFile(LABELS, 'utf8')) as Labels
  const parties: Party[] = labels.parties.map((p) => ({ ...p, color: '#888888' }))
  const issues: Issue[] = labels.issues.map((i) => ({ id: i.id, title: i.title, description: '', keywords: i.keywords }))
  const proposer = new ClaimProposer({ sources: [], parties, issues })
  const found = new Map<string, { text: string; statements: AttributedStatement[] }>()
  let judged = 0
  let stanceRight = 0
  let issueRight = 0
  let viaFinder = 0
  const confusion = new Map<string, number>()
  for (const label of labels.statements) {
    const path = join(dir, 'text', label.article)
    if (!existsSync(path)) continue
    let article = found.get(label.article)
    if (!article) {
      const text = await readFile(path, 'utf8')
      article = { text, statements: findAttributions(text) }
      found.set(label.article, article)
    }
    const start = article.text.indexOf(label.span)
    if (start < 0) continue
    judged++
    const matched = article.statements.map((s) => ({ s, f1: tokenF1(s.content.text, label.span) })).filter((m) => m.f1 >= 0.5).sort((a, b) => b.f1 - a.f1)[0]?.s
    if (matched) viaFinder++
    const lineStart = Math.max(article.text.lastIndexOf('\n', start) + 1, article.text.lastIndexOf('. ', start) + 2, start - 60)
    const statement: AttributedStatement = {
      kind: matched?.kind ?? 'indirect',
      content: { start, end: start + label.span.length, text: label.span },
      cue: matched?.cue ?? { start: lineStart, end: start, text: article.text.slice(lineStart, start) },
      source: null,
      speaker: label.source,
      role: null,
      confidence: 1,
    }
    const title = article.text.split('\n', 1)[0] ?? ''
    const [proposal] = proposer.propose('bench', [statement], article.text, title)
    if (proposal!.stance === label.stance) stanceRight++
    else confusion.set(`${label.stance}→${proposal!.stance}`, (confusion.get(`${label.stance}→${proposal!.stance}`) ?? 0) + 1)
    if (proposal!.issueId === label.issue) issueRight++
  }
  if (judged === 0) return { rows: [{ measure: 'stance / issue', value: 'no labelled article in this folder' }], figures: { stanceLabelled: 0 } }
  const stanceAccuracy = stanceRight / judged
  const issueAccuracy = issueRight / judged
  const topConfusions = [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v}`).join(', ')
  return {
    rows: [
      { measure: `labelled statements (found by the finder)`, value: `${judged} (${viaFinder})` },
      { measure: 'stance accuracy', value: stanceAccuracy.toFixed(3), target: '≥ 0.70', pass: stanceAccuracy >= 0.7 },
      { measure: 'issue accuracy', value: issueAccuracy.toFixed(3), target: '≥ 0.80', pass: issueAccuracy >= 0.8 },
      { measure: 'commonest stance errors (gold→proposed)', value: topConfusions || 'none' },
    ],
    figures: { stanceLabelled: judged, stanceFoundByFinder: viaFinder, stanceAccuracy: Math.round(stanceAccuracy * 1000) / 1000, issueAccuracy: Math.round(issueAccuracy * 1000) / 1000 },
  }
}
