import { rivalsOf, SHORT_ARTICLE_CHARS, type Candidate } from './article-candidates'

/** The kept article holding less than this share of the page's prose is in doubt. */
const SMALL_SHARE = 0.25

const words = (candidate: Candidate) => [...candidate.tokens.values()].reduce((sum, count) => sum + count, 0)
const opening = (candidate: Candidate) => {
  const text = (candidate.root.textContent ?? '').replace(/\s+/g, ' ').trim()
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}

/**
 * Why the kept article may not be the whole article, in words for the import results; empty when
 * nothing suggests it. Three signs: another candidate with about as much prose but other text (the
 * choice was close), an article that is very short on a page with much more prose, and an article
 * holding only a small share of the page's prose.
 */
export function doubtsAbout(kept: Candidate, candidates: readonly Candidate[], pageProse: number): string[] {
  const rival = rivalsOf(kept, candidates)[0]
  if (rival) return [`another part of the page (${rival.source}: “${opening(rival)}”) holds about as much text; check the original.`]
  if (kept.text < SHORT_ARTICLE_CHARS && pageProse >= 2 * kept.prose + SHORT_ARTICLE_CHARS) {
    return [`only ${words(kept)} words were found, and the page holds more text; check the original.`]
  }
  if (pageProse > 0 && kept.prose < pageProse * SMALL_SHARE) {
    return [`it holds only ${Math.round((kept.prose / pageProse) * 100)}% of the page's readable text; check the original.`]
  }
  return []
}
