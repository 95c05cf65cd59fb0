import { opensTrailingSection } from './page-furniture'
import { isProse, weightOf } from './prose'
import { endsSentence, isBulleted } from './source-lines'

/** What the article region finder knows of each unit. */
export interface RegionInput {
  text: string
  /** A rule's reason when the unit alone is boilerplate or page furniture. */
  reason: string | null
  /** Furniture (menus, footer links, share buttons, comment labels), not content boilerplate. */
  furniture: boolean
}

export interface ArticleRegion {
  start: number
  end: number
  /** Whether the text is a whole page (menus, footers around the article), not an article alone. */
  wholePage: boolean
}

/**
 * Each unit's weight for the article: prose counts for its words, page furniture and short
 * label-like lines against. A section label such as "Comments" or "Most read" weighs heavily:
 * the article does not run on past it unless much more prose follows.
 */
function score(unit: RegionInput): number {
  if (unit.reason) return opensTrailingSection(unit.reason) ? -40 : -8
  if (isProse(unit.text) || isBulleted(unit.text)) return weightOf(unit.text)
  if (endsSentence(unit.text)) return 1
  return weightOf(unit.text) <= 4 ? -3 : -1
}

/**
 * The article inside a text: the run of units with the greatest total score (the largest
 * maximum-sum run, as body-text extraction does over a page's tokens). Outside it, a whole-page
 * paste has its menus, banners, comments and footer; a plain article has at most a headline,
 * a byline and a date line, so the edges are only trimmed when the page shows itself.
 */
export function findArticleRegion(units: readonly RegionInput[]): ArticleRegion {
  let best = { sum: -Infinity, start: 0, end: units.length - 1 }
  let sum = 0
  let start = 0
  units.forEach((unit, i) => {
    if (sum <= 0) {
      sum = 0
      start = i
    }
    sum += score(unit)
    if (sum > best.sum) best = { sum, start, end: i }
  })
  if (best.sum <= 0) return { start: 0, end: units.length - 1, wholePage: false }
  const outside = [...units.slice(0, best.start), ...units.slice(best.end + 1)]
  const furniture = outside.filter((u) => u.furniture).length
  // Short lines alone prove nothing (lists, tables, poems); menus and footers name themselves.
  const wholePage = furniture >= 3
  return { start: best.start, end: best.end, wholePage }
}
