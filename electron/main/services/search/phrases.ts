import { PostingCursor } from './postings'
import type { IndexParts } from './query-exec'
import { idf, tfPart } from './ranking'
import type { RecordTable } from './records'

/**
 * Phrase search. Candidates must hold every phrase word exactly (posting lists intersected,
 * rarest first); then the record's word stream
 * (records.ts) confirms the words stand side by side, in order. The stream is the memory cost of
 * phrases: about 1.5 bytes per word of text (~1 KB per 700-word article), also used to undo a
 * record's counts on removal and to report the words a hit matched.
 */

let positions = new Uint32Array(4096)

/** Positional word ids of a record: compounds' joined forms left out, 0 between title and body. */
function positionalWords(records: RecordTable, ordinal: number): number {
  let count = 0
  records.forEachStreamWord(ordinal, (term, compound) => {
    if (compound) return
    if (count === positions.length) {
      const grown = new Uint32Array(count * 2)
      grown.set(positions)
      positions = grown
    }
    positions[count++] = term
  })
  return count
}

function containsSequence(length: number, sequence: readonly number[]): boolean {
  const last = length - sequence.length
  outer: for (let i = 0; i <= last; i++) {
    for (let j = 0; j < sequence.length; j++) if (positions[i + j] !== sequence[j]) continue outer
    return true
  }
  return false
}

/**
 * Records holding `phrase` (normalised words), with the BM25 score of its words; only among
 * `within` when given.
 */
export function phraseMatches(parts: IndexParts, phrase: readonly string[], average: number, within: readonly number[] | null): Array<{ ordinal: number; score: number }> {
  const { vocabulary, postings, records } = parts
  const sequence = phrase.map((word) => vocabulary.idOf(word))
  if (sequence.some((term) => term === 0 || vocabulary.df[term] === 0)) return []
  // Rarest first (by live records, then id: the same order, hence the same sums, after saving).
  const distinct = [...new Set(sequence)].sort((a, b) => vocabulary.df[a]! - vocabulary.df[b]! || a - b)
  const { alive, lengths } = records
  const live = records.live
  const restrict = within ? new Set(within) : null
  // Candidates from the rarest word, then kept only where every other word is found too.
  const rarest = distinct[0]!
  let candidates: number[] = []
  let scores: number[] = []
  const rarestWeight = idf(vocabulary.df[rarest]!, live)
  postings.forEach(rarest, (ordinal, frequency) => {
    if (alive[ordinal] === 0 || (restrict && !restrict.has(ordinal))) return
    candidates.push(ordinal)
    scores.push(rarestWeight * tfPart(frequency, lengths[ordinal]!, average))
  })
  for (let d = 1; d < distinct.length && candidates.length > 0; d++) {
    const term = distinct[d]!
    const weight = idf(vocabulary.df[term]!, live)
    const keptCandidates: number[] = []
    const keptScores: number[] = []
    const cursor = new PostingCursor(postings, term)
    for (let c = 0; c < candidates.length; c++) {
      const ordinal = candidates[c]!
      if (!cursor.seek(ordinal)) break
      if (cursor.ordinal !== ordinal) continue
      keptCandidates.push(ordinal)
      keptScores.push(scores[c]! + weight * tfPart(cursor.frequency, lengths[ordinal]!, average))
    }
    candidates = keptCandidates
    scores = keptScores
  }
  const found: Array<{ ordinal: number; score: number }> = []
  for (let c = 0; c < candidates.length; c++) {
    const ordinal = candidates[c]!
    if (sequence.length === 1 || containsSequence(positionalWords(records, ordinal), sequence)) found.push({ ordinal, score: scores[c]! })
  }
  return found
}
