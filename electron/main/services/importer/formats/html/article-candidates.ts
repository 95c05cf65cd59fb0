import { parseHTML } from 'linkedom'
import { measureProse } from './prose'
import { runReadability } from './readability-run'

/*
 * Readability is right on most pages, but not all: on one real page its article was the print
 * footer, the article itself having been discarded for sitting in a container called
 * "site_header". So when its article is a small part of the page's readable prose, or very short,
 * other candidates are read too, and the best is kept by one rule (see chooseCandidate).
 */

export type CandidateSource = 'readability' | 'readability, relaxed' | 'fallback reader' | 'JSON-LD articleBody'

export interface Candidate {
  source: CandidateSource
  /** The candidate's article, in a document of its own (the boilerplate marks are set on it). */
  root: Element
  /** Its article-like prose (measureProse's `structured`): what candidates are compared by. */
  prose: number
  text: number
  tokens: Map<string, number>
}

const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu

function tokenBag(text: string): Map<string, number> {
  const bag = new Map<string, number>()
  for (const token of text.toLowerCase().match(TOKEN) ?? []) bag.set(token, (bag.get(token) ?? 0) + 1)
  return bag
}

/** Share of `a`'s words that `b` holds too (0..1): 1 when b contains a, 0 when they have nothing in common. */
export function containment(a: Candidate, b: Candidate): number {
  let total = 0
  let shared = 0
  for (const [token, count] of a.tokens) {
    total += count
    shared += Math.min(count, b.tokens.get(token) ?? 0)
  }
  return total ? shared / total : 0
}

export function candidateFrom(source: CandidateSource, html: string): Candidate | null {
  const root = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document.body
  const { structured, text } = measureProse(root)
  if (text === 0) return null
  return { source, root, prose: structured, text, tokens: tokenBag(root.textContent ?? '') }
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** JSON-LD articleBody is usually plain text, one paragraph per line; some sites put HTML in it. */
export function articleBodyHtml(articleBody: string): string {
  if (/<\/?(?:p|br|div|h[1-6]|ul|li)\b/i.test(articleBody)) return articleBody
  return articleBody
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('')
}

/** Below this many characters an article is "very short", and worth a second look. */
export const SHORT_ARTICLE_CHARS = 500
/** Readability's article holding less than this share of the page's prose is worth a second look. */
const SMALL_SHARE = 0.5
/** Clearly more prose: a quarter more, and at least a short article's worth more. */
const MORE_PROSE = 1.25
/** Below this share of its words found in another candidate, a candidate is different text, not part of it. */
const SAME_TEXT = 0.5

/**
 * The rule: candidates are taken in order of trust (Readability, Readability relaxed, the fallback
 * reader, JSON-LD articleBody). A later one replaces the one kept so far only when it holds
 * clearly more prose (25% more, and a short article's worth more) and, if the kept one is an
 * article's worth of prose itself, does not contain most of its words. A candidate that contains
 * a real article is that article with more around it (teasers, comments), so the tighter one
 * stays; one that holds more prose elsewhere, or around a kept text too small to be an article,
 * shows the kept one missed the article (a footer, a newsletter box, a caption was taken for it).
 */
export function chooseCandidate(candidates: readonly Candidate[]): Candidate | null {
  let kept: Candidate | null = null
  for (const candidate of candidates) {
    if (!kept) {
      kept = candidate
      continue
    }
    const clearlyMore = candidate.prose > kept.prose * MORE_PROSE && candidate.prose - kept.prose >= SHORT_ARTICLE_CHARS
    const keptIsArticle = kept.prose >= SHORT_ARTICLE_CHARS
    if (clearlyMore && (!keptIsArticle || containment(kept, candidate) < SAME_TEXT)) kept = candidate
  }
  return kept
}

/** Candidates that hold about as much prose as the kept one but other text: the choice between them was close. */
export function rivalsOf(kept: Candidate, candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((c) => c !== kept && c.prose >= kept.prose * 0.8 && c.prose > 0 && containment(kept, c) < SAME_TEXT && containment(c, kept) < SAME_TEXT)
}

export interface PageForCandidates {
  /** The page's article-like prose (measureProse's `structured`), measured before Readability rewrites the document. */
  pageProse: number
  /** The fallback reader's article, read before Readability rewrites the document. */
  fallbackHtml: string | null
  articleBody: string | null
  /** A fresh document of the page, for another Readability run. */
  reparse: () => Document
}


/**
 * Readability's article deserves a second look when it is very short or a small part of the page's
 * prose, and only when the page holds clearly more prose than it (else no candidate could win).
 */
export function needsSecondLook(primary: Candidate | null, pageProse: number): boolean {
  if (!primary) return true
  if (pageProse - primary.prose < SHORT_ARTICLE_CHARS) return false
  return primary.text < SHORT_ARTICLE_CHARS || primary.prose < pageProse * SMALL_SHARE
}

/**
 * The other candidates: Readability again with a threshold of half the page's prose, which makes
 * it retry with its filters relaxed (it then keeps its longest attempt), the fallback reader, and
 * the JSON-LD articleBody.
 */
export function otherCandidates(page: PageForCandidates): Candidate[] {
  const relaxed = runReadability(page.reparse(), Math.max(SHORT_ARTICLE_CHARS, Math.round(page.pageProse * SMALL_SHARE)))
  return [
    relaxed ? candidateFrom('readability, relaxed', relaxed.content) : null,
    page.fallbackHtml ? candidateFrom('fallback reader', page.fallbackHtml) : null,
    page.articleBody ? candidateFrom('JSON-LD articleBody', articleBodyHtml(page.articleBody)) : null,
  ].filter((candidate): candidate is Candidate => candidate !== null)
}
