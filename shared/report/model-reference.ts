import type { Claim } from '../domain/annotation'
import type { Party, Source } from '../domain/registries'
import type { LegendSection, SourceEntry, SourcesSection } from './report-types'
import {
  CREDIBILITY_MEANINGS,
  RELIABILITY_GRADES,
  RELIABILITY_MEANINGS,
  SHIFTED_MARKER,
  SOURCE_KIND_LABELS,
  STANCE_ORDER,
  stanceLook,
} from '../domain/vocabulary'

/** The sources the claims in scope cite, by name, with what their reliability grade means. */
export function buildSourcesSection(claims: readonly Claim[], sources: readonly Source[], parties: readonly Party[]): SourcesSection | null {
  const counts = new Map<string, number>()
  for (const claim of claims) counts.set(claim.sourceId, (counts.get(claim.sourceId) ?? 0) + 1)
  const partyNames = new Map(parties.map((p) => [p.id, p.name]))
  const entries = sources
    .filter((source) => counts.has(source.id))
    .map((source): SourceEntry => ({
      name: source.name,
      kind: SOURCE_KIND_LABELS[source.kind],
      parties: source.partyIds.flatMap((id) => partyNames.get(id) ?? []),
      reliability: source.reliability,
      reliabilityMeaning: RELIABILITY_MEANINGS[source.reliability],
      claimCount: counts.get(source.id)!,
    }))
    .sort((a, b) => a.name.localeCompare(b.name))
  return entries.length === 0 ? null : { kind: 'sources', id: 'sources', title: 'Sources', sources: entries }
}

/** The keys a reader needs for grades, stances and matrix markers. */
export function buildLegendSection(): LegendSection {
  return {
    kind: 'legend',
    id: 'legend',
    title: 'Grading and symbols',
    reliability: RELIABILITY_GRADES.map((grade) => ({ grade, meaning: RELIABILITY_MEANINGS[grade] })),
    credibility: [1, 2, 3, 4, 5, 6].map((grade) => ({ grade: String(grade), meaning: CREDIBILITY_MEANINGS[grade]! })),
    stances: STANCE_ORDER.map(stanceLook),
    markers: [
      { marker: 'B2', meaning: 'Admiralty grade: source reliability (letter) and information credibility (digit), judged independently' },
      { marker: SHIFTED_MARKER, meaning: 'the stance changed over time' },
      { marker: stanceLook('mixed').symbol, meaning: "mixed: the party's sources disagree on the same date" },
      { marker: 'n claims · m reports', meaning: 'claims behind a cell; independent reports (reprints of one story count once)' },
      { marker: 'first-hand', meaning: "a first-hand statement outweighs a third party's report; a later statement outweighs an earlier one" },
      { marker: 'p. N / ¶ N', meaning: 'page of a paged original, else paragraph of the article text' },
    ],
  }
}
