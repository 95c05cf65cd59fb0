import type { Speaker } from '../../../../../shared/domain/content'
import { splitSpeakerHeader, titleCaseRole } from './speaker-names'
import { isRoleWord } from './speaker-vocabulary'

/** A word of a header in capitals: "PUTIN", "AL-HARIRI", "U.S.", "O'BRIEN". */
const CAPS_WORD = `[\\p{Lu}][\\p{Lu}\\p{M}'’.-]*`
const OPENING_QUOTES = `"“«„‘'`
const CLOSING_FOR: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“', '‘': '’', "'": "'" }

// VLADIMIR PUTIN RUSSIAN PRESIDENT "We agreed …"
const HEADER_THEN_QUOTE = new RegExp(`^(${CAPS_WORD}(?:\\s+${CAPS_WORD}){1,13})\\s*[:,–—-]?\\s*([${OPENING_QUOTES}])(.+)$`, 'u')
// A header alone on its line, the quotation on the next.
const HEADER_ALONE = new RegExp(`^${CAPS_WORD}(?:\\s+${CAPS_WORD}){1,13}$`, 'u')
const STARTS_WITH_QUOTE = new RegExp(`^([${OPENING_QUOTES}])(.+)$`, 'u')
// PUTIN: …, VLADIMIR PUTIN (through an interpreter): …
const CAPS_LABEL = new RegExp(`^(${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,5})\\s*(?:\\(([^)]{1,60})\\))?\\s*:\\s+(\\S.*)$`, 'u')
// Vladimir Putin: … (only inside an interview, where labels repeat)
const MIXED_LABEL = /^(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|al-\p{Lu}[\p{L}'’-]+|de|van|von|bin)){0,3})\s*:\s+(\S.*)$/u
const QUESTION_OR_ANSWER = /^(Q|A|Question|Answer|QUESTION|ANSWER)\s*[:.]\s+(\S.*)$/u

/** Labels in capitals that introduce something other than a speaker. */
const NOT_SPEAKERS = new Set(
  `update updated note notes editor's editors disclaimer photo photos video watch listen read more correction clarification
  breaking exclusive analysis opinion comment live file source sources byline length section dateline highlight highlights
  load-date language publication-type journal-code graphic url tags topics subject geographic company ticker industry person
  city state country title body warning ps nb tv faq posted published caption credit credits advertisement related see also
  who what when where why how step tip part chapter summary background context explainer timeline factbox fact box key facts
  q a question answer important attention terms keywords contact email phone fax address copyright`.split(/\s+/),
)

const isSpeakerLabel = (label: string) => !label.split(/\s+/).every((w) => NOT_SPEAKERS.has(w.toLowerCase())) && !NOT_SPEAKERS.has(label.toLowerCase()) && !/\d/.test(label)

/** The words inside a quotation, without the enclosing quotation marks. */
function spokenWords(opening: string, rest: string): string {
  const text = rest.trim()
  const closers = [CLOSING_FOR[opening] ?? opening, '"', '”']
  return closers.includes(text.at(-1) ?? '') ? text.slice(0, -1).trim() : text
}

export interface Speech {
  speaker: Speaker
  text: string
}

/** A speaker header and its quotation on one line. */
export function speechOnOneLine(text: string): Speech | null {
  const match = HEADER_THEN_QUOTE.exec(text)
  if (!match || !isSpeakerLabel(match[1]!)) return null
  const speaker = splitSpeakerHeader(match[1]!)
  const words = spokenWords(match[2]!, match[3]!)
  return speaker && words ? { speaker, text: words } : null
}

/** A header line alone, then a line that opens a quotation (or, with a role, its words). */
export function speechOnTwoLines(header: string, next: string): Speech | null {
  if (!HEADER_ALONE.test(header) || !isSpeakerLabel(header)) return null
  const speaker = splitSpeakerHeader(header)
  if (!speaker) return null
  const quote = STARTS_WITH_QUOTE.exec(next)
  if (quote) return { speaker, text: spokenWords(quote[1]!, quote[2]!) }
  return null
}

export type InterviewLabels = { mixedCase: Set<string>; interviewee: Speaker | null; interviewer: Speaker | null }

/** An interview line: "PUTIN: …", "Q: …", or "Name Surname: …" when the text repeats such labels. */
export function speechOnLabelledLine(text: string, labels: InterviewLabels): Speech | null {
  const qa = QUESTION_OR_ANSWER.exec(text)
  if (qa) {
    const question = /^q/i.test(qa[1]!)
    const speaker = question ? (labels.interviewer ?? { name: 'Interviewer', role: null }) : (labels.interviewee ?? { name: 'Interviewee', role: null })
    return { speaker, text: qa[2]! }
  }
  const caps = CAPS_LABEL.exec(text)
  if (caps && isSpeakerLabel(caps[1]!)) {
    // A label that is only a role ("HOST", "ANCHOR") names the speaker by it.
    const words = caps[1]!.split(/\s+/)
    const speaker = splitSpeakerHeader(caps[1]!) ?? (words.every(isRoleWord) ? { name: titleCaseRole(words), role: null } : null)
    if (speaker) return { speaker: caps[2] && !speaker.role ? { ...speaker, role: caps[2].trim() } : speaker, text: caps[3]! }
  }
  const mixed = MIXED_LABEL.exec(text)
  if (mixed && labels.mixedCase.has(mixed[1]!)) return { speaker: { name: mixed[1]!, role: null }, text: mixed[2]! }
  return null
}

/**
 * Mixed-case labels count as speakers only in an interview: at least two of them, each used
 * twice or more ("Anchor: …" / "Lavrov: …"). Single "Note: …" lines never qualify.
 */
export function interviewLabels(texts: readonly string[]): Set<string> {
  const counts = new Map<string, number>()
  for (const text of texts) {
    const label = MIXED_LABEL.exec(text)?.[1]
    if (label && isSpeakerLabel(label)) counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  const repeated = [...counts].filter(([, n]) => n >= 2).map(([label]) => label)
  return new Set(repeated.length >= 2 ? repeated : [])
}
