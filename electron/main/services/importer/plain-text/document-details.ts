import { readDateline, readSignOff, type SignOff } from '../text-metadata'
import { readBylineLine, readReportsFrom } from './bylines'
import { isLabelledDate, readDateLine } from './date-lines'
import { findDate } from './dates'
import { outletFromCopyright, outletFromDisclaimer, outletFromSubscription } from './outlets'
import { isProse } from './prose'

/** A unit as the details reader sees it: its text and whether a rule already removed it. */
export interface DetailsInput {
  text: string
  removedAs: string | null
}

export interface DocumentDetails {
  outlet: string | null
  byline: string | null
  publishedAt: string | null
  /** "Nov 22" when a dateline gives no year. */
  dateWithoutYear: string | null
  /** The month and day of that dateline, as numbers. */
  monthDay: { month: number; day: number } | null
  /** Units that are only a byline or a date line near the top: removed, restorable. */
  metadataUnits: Map<number, 'byline' | 'date line'>
  /** Names of the reporters the text gives, for sign-off initials and pieces to camera. */
  reporters: string[]
  signOff: (SignOff & { unit: number }) | null
}

/** How far above and into the article a byline or a date line may sit. */
const LEAD_IN = 12
const INTO_ARTICLE = 3

/**
 * Outlet, byline and date from the text's own conventions, most telling first: a wire dateline,
 * byline and date lines near the top, "X reports from Y", a broadcast sign-off, and for the
 * outlet at last the disclaimer, the copyright line or the subscription prompt.
 */
export function readDocumentDetails(units: readonly DetailsInput[], articleStart: number, wholeText: string): DocumentDetails {
  const metadataUnits = new Map<number, 'byline' | 'date line'>()
  const reporters: string[] = []
  let byline: string | null = null
  let publishedAt: string | null = null
  // Byline and date lines sit above the story, or just inside it before its second paragraph; a
  // credit line at the end ("Reporting by …") is not one of them.
  const top = Math.max(0, articleStart - LEAD_IN)
  const secondProse = units.findIndex((unit, i) => i > articleStart && !unit.removedAs && isProse(unit.text))
  const bottom = Math.min(units.length - 1, articleStart + INTO_ARTICLE, secondProse === -1 ? Infinity : secondProse - 1)
  for (let i = top; i <= bottom; i++) {
    const unit = units[i]!
    if (unit.removedAs && !['navigation', 'page header', 'share prompt'].includes(unit.removedAs)) continue
    const names = readBylineLine(unit.text)
    if (names) {
      byline ??= names
      reporters.push(...names.split(/,\s*|\s+and\s+/))
      metadataUnits.set(i, 'byline')
      continue
    }
    const date = readDateLine(unit.text)
    if (date) {
      publishedAt ??= date
      metadataUnits.set(i, 'date line')
    }
  }

  const kept = units.map((unit, i) => ({ ...unit, i })).filter((unit) => !unit.removedAs && !metadataUnits.has(unit.i))
  // The dateline opens the story: its first paragraph, or the first after a kicker or standfirst.
  const opening = kept.filter((unit) => unit.i >= articleStart).slice(0, 3)
  const dateline = opening.map((unit) => readDateline(unit.text, wholeText)).find(Boolean) ?? null
  publishedAt ??= dateline?.date ?? null

  for (const unit of kept.slice(0, 8)) {
    const reporter = readReportsFrom(unit.text)
    if (reporter) reporters.push(reporter.name)
  }
  // A credit line at the end ("Reporting by …; editing by …") names the reporter too.
  for (const unit of kept.slice(-4)) {
    const credit = /^(?:reporting|additional reporting|writing) by\b/i.test(unit.text) ? readBylineLine(unit.text) : null
    if (credit) reporters.push(credit.split(/,\s*|\s+and\s+/)[0]!)
  }
  byline ??= reporters[0] ?? null

  const signOff = findSignOff(kept, reporters)
  byline ??= signOff?.byline ?? null
  publishedAt ??= labelledDate(units.slice(0, Math.min(units.length, articleStart + 6)))
  return {
    outlet: dateline?.outlet ?? signOff?.outlet ?? outletNamedIn(units),
    byline,
    publishedAt,
    dateWithoutYear: publishedAt ? null : (dateline?.dateWithoutYear ?? null),
    monthDay: publishedAt ? null : (dateline?.monthDay ?? null),
    metadataUnits,
    reporters,
    signOff,
  }
}

/** The sign-off closes a transcript: in its last kept block, or one of the last few. */
function findSignOff(kept: ReadonlyArray<DetailsInput & { i: number }>, reporters: readonly string[]): DocumentDetails['signOff'] {
  for (const unit of kept.slice(-3).reverse()) {
    const signOff = readSignOff(unit.text, reporters)
    if (signOff) return { ...signOff, unit: unit.i }
  }
  return null
}

function labelledDate(units: readonly DetailsInput[]): string | null {
  for (const unit of units) if (isLabelledDate(unit.text)) return findDate(unit.text)?.date ?? null
  return null
}

/** The outlet a disclaimer, a copyright line or a subscription prompt names, in that order. */
function outletNamedIn(units: readonly DetailsInput[]): string | null {
  for (const read of [outletFromDisclaimer, outletFromCopyright, outletFromSubscription]) {
    for (const unit of units) {
      const outlet = read(unit.text)
      if (outlet) return outlet
    }
  }
  return null
}
