import type { Issue } from '../domain/registries'
import { STOP_WORDS, singular, wordsOf } from './word-sets'

interface IssueTerms {
  id: string
  /** Keyword phrases as word sequences; a phrase counts when its words appear in a row. */
  phrases: string[][]
  titleWords: string[]
}

const TITLE_NOISE = new Set([...STOP_WORDS, 'issue', 'question', 'whether', 'should', 'role', 'plan', 'new', 'over', 'about'])

/**
 * Proposes the issue a statement is about from the issue registry's keywords (which analysts add)
 * and title words. The best issue must beat the runner-up; otherwise nothing is proposed, since a
 * wrong issue misplaces a claim in the matrix and an empty one only asks the analyst to choose.
 */
export class IssueMatcher {
  private readonly terms: IssueTerms[]

  constructor(issues: readonly Issue[]) {
    this.terms = issues.map((issue) => {
      const names = namesIn(issue.title)
      const inNames = new Set(names.flat())
      return {
        id: issue.id,
        phrases: [...(issue.keywords ?? []).map((k) => wordsOf(k).map(singular)), ...names].filter((p) => p.length > 0),
        titleWords: [...new Set(wordsOf(issue.title).map(singular).filter((w) => w.length >= 4 && !TITLE_NOISE.has(w) && !inNames.has(w)))],
      }
    })
  }

  /**
   * The statement's own words decide first; its paragraph and the document's title count for
   * less, since a quote often leaves its subject to the sentence around it ("It's useless").
   */
  match(text: string, context = ''): string | null {
    if (this.terms.length === 0) return null
    const own = this.wordsAndSet(text)
    const around = this.wordsAndSet(context)
    let best: { id: string; score: number } | null = null
    let runnerUp = 0
    for (const term of this.terms) {
      const score = this.score(term, own) + 0.5 * this.score(term, around)
      if (!best || score > best.score) {
        runnerUp = best?.score ?? 0
        best = { id: term.id, score }
      } else if (score > runnerUp) runnerUp = score
    }
    return best && best.score >= 2 && best.score > runnerUp ? best.id : null
  }

  private wordsAndSet(text: string): { words: string[]; present: Set<string> } {
    const words = wordsOf(text).map(singular)
    return { words, present: new Set(words) }
  }

  private score(term: IssueTerms, { words, present }: { words: string[]; present: Set<string> }): number {
    let score = 0
    for (const phrase of term.phrases) if (containsRun(words, present, phrase)) score += phrase.length > 1 ? 3 : 2
    for (const word of term.titleWords) if (present.has(word)) score += 1.5
    return score
  }
}

/** Short words that stay lower case in a title written in Title Case. */
const FUNCTION_WORDS = new Set(['from', 'with', 'into', 'onto', 'over', 'under', 'than', 'that', 'this', 'upon', 'about', 'after', 'before', 'between', 'against', 'without', 'within'])

/**
 * Names of several capitalised words in a title written in sentence case ("Banning Muslims from
 * entering the United States"): their words mean something only together, so they count as a
 * phrase, not one by one ("state"). A possessive ends a name ("Obama's Supreme Court nominee").
 * In a title in Title Case every word is capitalised, so none of it is read as a name.
 */
function namesIn(title: string): string[][] {
  const lowerCaseWords = (title.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => w.length > 3 && /^\p{Ll}/u.test(w) && !FUNCTION_WORDS.has(w))
  if (lowerCaseWords.length === 0) return []
  const names: string[][] = []
  for (const m of title.replace(/['’]s\b/g, ' ;').matchAll(/(?<=\s)\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}'’-]*)+/gu)) names.push(wordsOf(m[0]).map(singular))
  return names
}

function containsRun(words: readonly string[], present: ReadonlySet<string>, phrase: readonly string[]): boolean {
  if (phrase.length === 1) return present.has(phrase[0]!)
  if (!phrase.every((w) => present.has(w))) return false
  for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((w, k) => words[i + k] === w)) return true
  return false
}
