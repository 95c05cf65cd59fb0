import { Readability } from '@mozilla/readability'

/**
 * Readability's running time grows with the sum of every element's depth (it walks ancestors and
 * subtrees repeatedly): about 5 µs per unit, so 1000 nested <div>s (a 10 KB file) take ~15 s, and
 * 30 blocks nested 300 deep inside an <article> (40 KB) ~8 s. Real pages stay well below this
 * budget (the news-article fixture is 433; a heavy page of 8 000 elements at an average depth of 18 would be ~150 000);
 * above it the page is read by the linear fallback, so a crafted file costs at most ~2.5 s here.
 */
const READABILITY_DEPTH_BUDGET = 500_000
/**
 * Its text handling grows with each character's depth too (textContent of every ancestor, then
 * whitespace clean-ups): a fuzzed 223 KB page with 57 KB of text ~400 deep took 16-20 s. The
 * heaviest of 130 real pages (a Wikipedia article) sums to about 7 000 000 character-levels.
 */
const READABILITY_TEXT_DEPTH_BUDGET = 12_000_000

export function withinReadabilityBudget(document: Document): boolean {
  const root = document.documentElement
  if (!root) return true
  let total = 0
  let textDepth = 0
  const stack: [Element, number][] = [[root, 0]]
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!
    total += depth
    for (const node of Array.from(element.childNodes)) if (node.nodeType === 3) textDepth += (node.textContent?.length ?? 0) * depth
    if (total > READABILITY_DEPTH_BUDGET || textDepth > READABILITY_TEXT_DEPTH_BUDGET) return false
    for (const child of Array.from(element.children)) stack.push([child, depth + 1])
  }
  return true
}

export interface ReadabilityArticle {
  title: string | null
  byline: string | null
  siteName: string | null
  lang: string | null
  publishedTime: string | null
  content: string
}

/**
 * Readability's article, or null. It rewrites the document it is given, so each run needs a
 * document of its own. Classes are kept: the boilerplate marks read their hints ("caption",
 * "related") before the sanitizer drops every attribute.
 */
export function runReadability(document: Document, charThreshold: number): ReadabilityArticle | null {
  try {
    const article = new Readability(document, { charThreshold, keepClasses: true }).parse()
    if (!article?.content) return null
    return {
      title: article.title ?? null,
      byline: article.byline ?? null,
      siteName: article.siteName ?? null,
      lang: article.lang ?? null,
      publishedTime: article.publishedTime ?? null,
      content: article.content,
    }
  } catch {
    // Readability can throw on pathological markup; the other candidates still read the page.
    return null
  }
}
