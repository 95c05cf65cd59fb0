import { tokenScores } from '../plain-text/token-f1'

/** What one subject (an extractor or an input shape) gave on one page, scored against the expected article. */
export interface PageScore {
  page: string
  /** Bag-of-tokens overlap with the expected article, and the two sizes. */
  overlap: number
  gotTokens: number
  expectedTokens: number
  precision: number
  recall: number
  f1: number
  expectedParagraphs: number
  gotParagraphs: number
  /** Paragraphs with the removed (boilerplate) blocks counted too: the reference keeps some boilerplate. */
  gotParagraphsWithRemoved: number
  /** null when the page has no expected title. */
  titleRight: boolean | null
  gotTitle: string | null
  removedReasons: string[]
  warnings: string[]
}

/** Token precision, recall and F1 of `got` against `expected`, with the counts the micro average needs. */
export const scoreBody = (got: string, expected: string) => tokenScores(got, expected)

/** Whitespace, case, quotes and dashes made comparable. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

const SEPARATOR = String.raw`\s+(?:\||-|::|·|»|/)\s+`
const SITE_SUFFIX = new RegExp(`^${SEPARATOR}\\S.{0,60}$`)
const SITE_PREFIX = new RegExp(`^.{0,60}\\S${SEPARATOR}$`)

/** Right when equal once normalised, or when one is the other with a site's name affixed ("Headline | Site" for "Headline"). */
export function titleMatches(got: string | null, expected: string): boolean {
  if (!got) return false
  const [g, e] = [normaliseTitle(got), normaliseTitle(expected)]
  const affixed = (long: string, short: string) =>
    short.length >= 3 &&
    ((long.startsWith(short) && SITE_SUFFIX.test(long.slice(short.length))) || (long.endsWith(short) && SITE_PREFIX.test(long.slice(0, long.length - short.length))))
  return g === e || affixed(g, e) || affixed(e, g)
}

export interface Summary {
  pages: number
  /** Mean of per-page figures: every page counts the same (the headline figure). */
  macro: { precision: number; recall: number; f1: number }
  /** Pooled over all tokens: long pages weigh more. */
  micro: { precision: number; recall: number; f1: number }
  titleRight: number
  lost: string[]
  paragraphsWithin10: number
  paragraphsWithin10WithRemoved: number
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)
export const withinTenPercent = (s: PageScore) => Math.abs(s.gotParagraphs - s.expectedParagraphs) <= s.expectedParagraphs * 0.1

export function summarise(scores: PageScore[]): Summary {
  const overlap = scores.reduce((sum, s) => sum + s.overlap, 0)
  const got = scores.reduce((sum, s) => sum + s.gotTokens, 0)
  const expected = scores.reduce((sum, s) => sum + s.expectedTokens, 0)
  const precision = got ? overlap / got : 0
  const recall = expected ? overlap / expected : 0
  const titled = scores.filter((s) => s.titleRight !== null)
  return {
    pages: scores.length,
    macro: { precision: mean(scores.map((s) => s.precision)), recall: mean(scores.map((s) => s.recall)), f1: mean(scores.map((s) => s.f1)) },
    micro: { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 },
    titleRight: titled.filter((s) => s.titleRight).length / Math.max(1, titled.length),
    lost: scores.filter((s) => s.recall < 0.5).map((s) => s.page),
    paragraphsWithin10: scores.filter(withinTenPercent).length / Math.max(1, scores.length),
    paragraphsWithin10WithRemoved: scores.filter((s) => withinTenPercent({ ...s, gotParagraphs: s.gotParagraphsWithRemoved })).length / Math.max(1, scores.length),
  }
}
