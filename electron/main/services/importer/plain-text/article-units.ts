import { boilerplateReason, classifyBoilerplate } from '../boilerplate'
import { findArticleRegion, type ArticleRegion } from './page-chrome'
import { opensTrailingSection, pageFurnitureReason } from './page-furniture'
import { inferShape, type TextShape } from './paragraph-shape'
import { formUnits, type Unit } from './paragraph-units'
import { weightOf } from './prose'
import { readSourceLines } from './source-lines'

export interface ClassifiedUnit extends Unit {
  /** Why the unit is not the article, or null while it may be. */
  removedAs: string | null
}

export interface ArticleUnits {
  units: ClassifiedUnit[]
  region: ArticleRegion
  shape: TextShape
}

const FURNITURE = new Set(['navigation', 'page footer', 'share prompt', 'comments', 'related links', 'cookie notice', 'copyright', 'newsletter prompt'])

/**
 * A plain text as units (paragraphs, headers, single boilerplate lines), each line judged for
 * boilerplate before paragraphs are formed so that a paywall line never merges into prose, and
 * the article's region found. In a whole pasted page, what lies around the article is removed:
 * menus and banners above it, comments, related links and footer below.
 */
export function readArticleUnits(source: string): ArticleUnits {
  const lines = readSourceLines(source)
  const lineReason = (text: string) => boilerplateReason(text) ?? pageFurnitureReason(text)
  const shape = inferShape(lines)
  const formed = formUnits(lines, shape, (text) => lineReason(text) !== null)
  const content = classifyBoilerplate(formed.map((unit) => unit.text))
  // A single line that is page furniture is named as such ("Privacy Policy | Cookie Policy" is a
  // footer row, not a cookie notice); content rules name everything else.
  const units: ClassifiedUnit[] = formed.map((unit, i) => ({ ...unit, removedAs: (unit.lineCount === 1 ? pageFurnitureReason(unit.text) : null) ?? content[i]?.reason ?? null }))
  const region = findArticleRegion(units.map((unit) => ({ text: unit.text, reason: unit.removedAs, furniture: unit.removedAs !== null && FURNITURE.has(unit.removedAs) })))
  if (region.wholePage) removeAroundArticle(units, region)
  return { units, region, shape }
}

function removeAroundArticle(units: ClassifiedUnit[], region: ArticleRegion): void {
  for (let i = 0; i < region.start; i++) {
    const unit = units[i]!
    unit.removedAs ??= weightOf(unit.text) < 8 ? 'navigation' : 'page header'
  }
  let section = 'page footer'
  for (let i = region.end + 1; i < units.length; i++) {
    const unit = units[i]!
    if (opensTrailingSection(unit.removedAs)) section = unit.removedAs!
    unit.removedAs ??= section
  }
}
