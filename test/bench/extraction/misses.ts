import { withinTenPercent, type PageScore } from './scores'

/**
 * Prints, per subject, every page that misses a target (F1 below the subject's target, body lost,
 * title wrong, paragraph count off by more than 10% for the article shapes), worst first, with
 * the figures a person needs to see why; for the HTML import the baseline's F1 on the same page too.
 */
export function printMisses<S extends string>(
  results: Map<S, PageScore[]>,
  labels: Record<S, string>,
  f1Targets: Partial<Record<S, number>>,
  paragraphSubjects: readonly string[],
): void {
  const baseline = new Map((results.get('baseline' as S) ?? []).map((s) => [s.page, s]))
  for (const [subject, list] of results) {
    if (subject === 'baseline') continue
    const target = f1Targets[subject] ?? 0
    const countsParagraphs = paragraphSubjects.includes(subject)
    const misses = list
      .map((s) => {
        const why: string[] = []
        if (s.recall < 0.5) why.push('body lost')
        else if (s.f1 < target) why.push(s.precision < s.recall ? 'extra text' : 'missing text')
        if (s.titleRight === false) why.push(`title "${(s.gotTitle ?? '(none)').slice(0, 60)}"`)
        if (countsParagraphs && !withinTenPercent(s)) why.push(`paragraphs ${s.gotParagraphs}/${s.expectedParagraphs}`)
        return { s, why }
      })
      .filter((m) => m.why.length > 0)
      .sort((a, b) => a.s.f1 - b.s.f1)
    console.log(`\n${labels[subject]}: ${misses.length} of ${list.length} pages miss`)
    for (const { s, why } of misses) {
      const base = subject === 'html' && baseline.get(s.page) ? `  baseline F1 ${baseline.get(s.page)!.f1.toFixed(3)}` : ''
      const removed = s.removedReasons.length ? `  removed: ${s.removedReasons.join(', ')}` : ''
      const warned = s.warnings.length ? `  warning: ${s.warnings.join(' / ').slice(0, 120)}` : ''
      console.log(`  ${s.page.padEnd(40)} F1 ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}, ${s.gotTokens}/${s.expectedTokens} tokens)${base}  ${why.join('; ')}${removed}${warned}`)
    }
  }
}
