const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu

/**
 * A line that reads as a headline: short, not a sentence (a final "!" or "?" is fine, and so is
 * an abbreviation such as "N.Y.C."), not a wire dateline. A text's first line may be one word.
 */
export function looksLikeHeadline(line: string, firstLine = false): boolean {
  const trimmed = line.trim()
  const cjk = trimmed.match(CJK)?.length ?? 0
  const words = cjk > trimmed.length / 3 ? Math.round(cjk / 2) : trimmed.split(/\s+/).length
  const fewestWords = firstLine && /\p{L}{5}/u.test(trimmed) ? 1 : 2
  return (
    trimmed.length >= (cjk ? 4 : firstLine ? 5 : 8) &&
    trimmed.length <= 200 &&
    words >= fewestWords &&
    words <= 30 &&
    // A sentence's stop ends prose, not a headline (Chinese and Japanese stops too).
    !/[.:;,。：；，]$/.test(trimmed.replace(/["”’']$/, '').replace(/(?:\b\p{L}\.){2,}$/u, '')) &&
    !/^[\p{Lu}][\p{Lu} .'-]+,.*\(.*\)\s*[-–—]/u.test(trimmed)
  )
}

const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Jr|Sr|No|vs|etc|[A-Z])\.$/

/** The first sentence of a paragraph (abbreviations such as "U.S." and "Mr." do not end it). */
function firstSentence(text: string): string {
  const pattern = /[.!?。！？](?:["”’»)]*)(?=\s+["“‘«(]?\p{Lu}|\s*$)/gu
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null) {
    const candidate = text.slice(0, match.index + match[0].length)
    if (!ABBREVIATION.test(candidate.replace(/["”’»)]+$/, ''))) return candidate
  }
  return text
}

// "SOCHI, Russia, Nov 22 (Agency) - ", "MOSCOW — ", "WASHINGTON (AP) — "
const DATELINE_PREFIX = /^[\p{Lu}][\p{L}\d.'’ ,-]{1,60}?(?:\([^)]{1,60}\))?\s*[-–—]+\s+(?=\p{Lu}|["“])/u

const MAX_TITLE_WORDS = 12

/**
 * A short title made from a story's lead sentence when it has no headline: the dateline is left
 * out, and a long sentence is cut at a clause boundary (or after a dozen words) with an ellipsis.
 * The analyst can edit it; it is better than a file name, which is often a download hash.
 */
export function titleFromLead(lead: string): string | null {
  const sentence = firstSentence(lead.replace(DATELINE_PREFIX, '').trim()).trim()
  const words = sentence.split(/\s+/).filter(Boolean)
  if (words.length === 0) return null
  if (words.length <= MAX_TITLE_WORDS + 3) return sentence.replace(/[.。]$/, '')
  const clause = words.slice(0, MAX_TITLE_WORDS).findLastIndex((w, i) => i >= 5 && /[,;:]$/.test(w))
  if (clause !== -1) return `${words.slice(0, clause + 1).join(' ').replace(/[,;:]$/, '')}…`
  // A cut title ends on a word that carries meaning, never on "of" or "the".
  let end = MAX_TITLE_WORDS
  while (end < MAX_TITLE_WORDS + 3 && end < words.length && FUNCTION_WORDS.has(words[end - 1]!.toLowerCase())) end++
  while (end > 1 && FUNCTION_WORDS.has(words[end - 1]!.toLowerCase())) end--
  return `${words.slice(0, end).join(' ').replace(/[,;:]$/, '')}…`
}

const FUNCTION_WORDS = new Set('a an the of to in on at for from by with and or but that which who as its their his her is are was were be de la le du des el al'.split(' '))

/** Words that download tools, browsers and exports give files: never part of a title. */
const GENERIC_NAME_WORDS = new Set(
  `download downloads file files document documents doc docs article articles text txt untitled new copy of pasted paste page
  pages story stories export exported print printout output attachment attachments noname unknown content temp tmp scan img image
  final version draft index default item record result results data untitled-document news report`.split(/\s+/),
)

/** A hash or a machine token: long, with digits among the letters, or hexadecimal. */
const looksGenerated = (word: string) => (/^[0-9a-f]{6,}$/i.test(word) && /\d/.test(word)) || (word.length >= 8 && /\d/.test(word) && /\p{L}/u.test(word)) || /^[\d]+$/.test(word) || /^v\d+$/i.test(word)

/**
 * Whether a file name says something about its content ("sochi-summit-wire.txt") rather than
 * being a download name ("download (3).txt"), a hash ("a3f9e0c1….txt"), a number ("12345.txt")
 * or a generic word ("article.txt").
 */
export function isMeaningfulFileName(fileName: string): boolean {
  const stem = fileName.replace(/\.[^.]{1,5}$/, '')
  const words = stem.split(/[\s_.()[\]{}+=,-]+/).filter(Boolean)
  const telling = words.filter((w) => !looksGenerated(w) && !GENERIC_NAME_WORDS.has(w.toLowerCase()) && /\p{L}{3,}/u.test(w))
  return telling.length >= 1 && telling.join('').length >= 4
}

/** A file name as a title, as the very last resort: "sochi-summit-wire.txt" → "sochi summit wire". */
export function titleFromFileName(fileName: string): string | null {
  if (!isMeaningfulFileName(fileName)) return null
  return fileName.replace(/\.[^.]{1,5}$/, '').replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim() || null
}

