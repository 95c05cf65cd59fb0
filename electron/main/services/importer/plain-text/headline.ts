import type { ClassifiedUnit } from './article-units'
import type { ArticleRegion } from './page-chrome'
import { isProse } from './prose'
import { isAllCaps } from './source-lines'
import { looksLikeHeadline } from './title'

/** Removals that a pasted page's headline may have been swept into. */
const AROUND_ARTICLE = new Set(['navigation', 'page header'])
/** How far around the article's first paragraph a pasted page's headline may sit. */
const LEAD_IN = 20
const INTO_ARTICLE = 8

/** A photo caption or credit, or a breadcrumb trail ("News > World > …"): never the headline. */
const isCaptionOrTrail = (text: string) =>
  /\b(?:photograph|photo|image|picture|caption|credit|getty images|reuters|afp|ap photo|source)\s*:|getty images$|\b(?:media caption|image caption|image copyright)\b/i.test(text) || (text.match(/\s[>›»/|]\s/g)?.length ?? 0) >= 2

/** Lines that promote, credit or navigate rather than announce the story. */
const isPromotion = (text: string) =>
  /^(?:by|from|via|posted|updated|published)\s/i.test(text) || /@\w/.test(text) || /\b(?:privacy|cookies?|terms of|gallery|photos|newsletters?|subscribe|sign (?:in|up)|log ?in|continue reading|read more|learn more|share this|follow us)\b/i.test(text)

const contentWords = (text: string) => [...new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])]
const wordCount = (text: string) => text.split(/\s+/).length
const fullHeadline = (text: string) => wordCount(text) >= 4 || isAllCaps(text)

function isCandidate(unit: ClassifiedUnit, index: number, page: boolean, metadata: ReadonlyMap<number, string>): boolean {
  if (metadata.has(index) || (unit.removedAs && !(page && AROUND_ARTICLE.has(unit.removedAs)))) return false
  return looksLikeHeadline(unit.text, index === 0) && unit.lineCount <= 3 && !(page && (isCaptionOrTrail(unit.text) || isPromotion(unit.text) || isProse(unit.text)))
}

/**
 * The headline. A plain article has it on top: the first headline-like line (a one- or two-word
 * kicker in capitals above it is not it). In a pasted page it is the line near the article's
 * start whose words the article's opening repeats most (menus, teasers and promotions share
 * few), above all one with a byline or a date line beside it.
 */
export function chooseHeadline(units: readonly ClassifiedUnit[], region: ArticleRegion, metadata: ReadonlyMap<number, string>): number | null {
  if (!region.wholePage) {
    // The first line may be the headline even when the text has no prose at all (a list).
    const end = Math.max(region.start, Math.min(1, units.length - 1))
    const candidates = [...Array(end).keys()].filter((i) => isCandidate(units[i]!, i, false, metadata))
    const [first, second] = candidates
    if (first === undefined) return null
    // Several headline-like lines above the story (a site name, a section, a menu line): unless
    // the story echoes the first, as any plain article does, the one it echoes most.
    if (candidates.length >= 3 && !echoes(units, region, first)) return echoedByOpening(units, region, metadata, candidates, false) ?? first
    const kicker = second === first + 1 && isAllCaps(units[first]!.text) && wordCount(units[first]!.text) <= 2 && fullHeadline(units[second]!.text)
    return kicker ? second : first
  }
  const from = Math.max(0, region.start - LEAD_IN)
  const to = Math.min(region.end, region.start + INTO_ARTICLE)
  // A line below the story's third kept paragraph is a section heading, not the headline (the
  // first one or two may be a blurb or a note above the story).
  const bodyStarted = thirdProseParagraph(units, region.start, to)
  const candidates = [...Array(to - from + 1).keys()].map((k) => from + k).filter((i) => isCandidate(units[i]!, i, true, metadata) && (bodyStarted === -1 || i <= bodyStarted))
  return echoedByOpening(units, region, metadata, candidates, true)
}

/** Whether the story's opening repeats a word of this line. */
function echoes(units: readonly ClassifiedUnit[], region: ArticleRegion, index: number): boolean {
  const opening = new Set(openingOf(units, region).flatMap((unit) => contentWords(unit.text)))
  return contentWords(units[index]!.text).some((word) => opening.has(word))
}

/** The story's first four kept paragraphs of prose. */
const openingOf = (units: readonly ClassifiedUnit[], region: ArticleRegion) => units.slice(region.start, region.end + 1).filter((unit) => !unit.removedAs && isProse(unit.text)).slice(0, 4)

/** The candidate whose words the story's opening repeats most (menus, teasers and promotions share few), above all one with a byline or a date line beside it. */
function echoedByOpening(units: readonly ClassifiedUnit[], region: ArticleRegion, metadata: ReadonlyMap<number, string>, candidates: readonly number[], page: boolean): number | null {
  const bodyWords = new Map<string, number>()
  const opening = openingOf(units, region)
  opening.forEach((unit) => contentWords(unit.text).forEach((word) => bodyWords.set(word, (bodyWords.get(word) ?? 0) + 1)))
  let best: { index: number; score: number } | null = null
  for (const i of candidates) {
    const words = contentWords(units[i]!.text)
    const inside = opening.includes(units[i]!) ? 1 : 0
    const shared = words.filter((w) => (bodyWords.get(w) ?? 0) > inside).length
    // Bylines and date lines sit right under a headline (or a date just above it).
    const nearDetails = [i + 1, i + 2, i + 3, i - 1, i - 2].some((j) => metadata.has(j))
    const score = shared - (words.length - shared) * 0.25 + (fullHeadline(units[i]!.text) ? 0.5 : 0) + (nearDetails ? 2 : 0) - Math.abs(region.start - i) * 0.05
    if (!best || score > best.score) best = { index: i, score }
  }
  return best && best.score >= (page ? 1 : 1.5) ? best.index : null
}

function thirdProseParagraph(units: readonly ClassifiedUnit[], from: number, to: number): number {
  let seen = 0
  for (let j = from; j <= to; j++) if (!units[j]!.removedAs && isProse(units[j]!.text) && ++seen === 3) return j
  return -1
}
