import { NAME_PREFIXES } from './cue-words'
import type { PlacedBlock } from '../domain/content'
import type { AttributedStatement } from './types'

/** A transcript's speech blocks: the speaker header is the source, the block its words. */
export function speechBlockStatements(text: string, blocks: readonly PlacedBlock[]): AttributedStatement[] {
  return blocks.flatMap((block): AttributedStatement[] => {
    if (block.kind !== 'speech' || !block.speaker || block.start === null || block.end === null) return []
    const content = { start: block.start, end: block.end, text: text.slice(block.start, block.end) }
    return [{ kind: 'speech-block', content, cue: { start: block.start, end: block.start, text: '' }, source: null, speaker: block.speaker.name, role: block.speaker.role, confidence: 0.95 }]
  })
}

/** "NAME: words" at the start of a paragraph, as interviews and hearings print them. */
const INTERVIEW_LINE = /(^|\n\n)((?:[A-Z][A-Za-z.'’-]*|[A-Z]{2,})(?: [A-Z][A-Za-z.'’-]*){0,3}):[ \t]+(?=\S)/g
export const NOT_SPEAKERS = /^(Note|Update|Editor|Correction|Source|Photo|Image|Video|Read more|Related|Q|A|Question|Answer|Watch|Listen|Warning|Disclaimer|Caption|Credit|Tags?|Topics?|Also|Updated|Posted|Published|Interview|Analysis|Explainer|Opinion|Exclusive|Breaking|Live|Factbox|Fact box|Timeline|Profile|Review|Editorial|Commentary|Q&A|Q & A|Byline|E-?mail|Contact|Follow|Share|Subscribe|Newsletter|Busted|Boom|Look|Wow|Developing|Just in|Must see|Must read|Stat of the (day|week)|Quote of the (day|week)|Number of the (day|week)|Chart of the (day|week))$/i

const isCapitals = (name: string): boolean => /^[A-Z][A-Z .'’-]+$/.test(name) && name.replace(/[^A-Z]/g, '').length >= 2

/**
 * Interview lines need a speaker printed in capitals ("PUTIN:") or at least two turns, so a
 * headline such as "Poll: Sanders leads" or "Lynch: no outside influence" is not taken for one.
 */
export function findInterviewLines(text: string, skip: ReadonlyArray<readonly [number, number]>): AttributedStatement[] {
  const found: AttributedStatement[] = []
  const lines = [...text.matchAll(INTERVIEW_LINE)].filter((m) => (m.index > 0 || isCapitals(m[2]!)) && !NOT_SPEAKERS.test(m[2]!))
  const turns = new Map<string, number>()
  for (const m of lines) turns.set(m[2]!, (turns.get(m[2]!) ?? 0) + 1)
  const speakers = [...turns.keys()]
  for (const m of lines) {
    const nameStart = m.index + m[1]!.length
    const name = m[2]!
    const capitals = isCapitals(name)
    if (!capitals && (lines.length < 2 || speakers.length > lines.length / 1.5)) continue
    if (skip.some(([a, b]) => a <= nameStart && nameStart < b)) continue
    const line = lineStatement(text, nameStart, name, m.index + m[0].length, readableName(text, name, nameStart), 0.8)
    if (line) found.push(line)
  }
  return found
}

const ANSWER_LINE = /(?:^|\n\n)A:[ \t]+(?=\S)/g
const INTERVIEW_LEAD = /\b(interview(ed|s)?|Q ?& ?A with|spoke (to|with)|talked (to|with)|sat down with|conversation with|questions and answers)\b/i
const QUESTION_LINE = /(?:^|\n\n)Q(?::|\s|(?=\p{Lu}))/u

/**
 * A "Q: … / A: …" interview: each answer is the interviewee's statement (`interviewee`, the person
 * the piece names first; null when it names none). Questions are the interviewer's and claim
 * nothing, so they are not proposed. Needs a question, two answers and a lead that says the piece is
 * an interview ("spoke with", "Q&A with", "interview").
 */
export function findAnswerLines(text: string, skip: ReadonlyArray<readonly [number, number]>, interviewee: (before: number) => string | null): AttributedStatement[] {
  const answers = [...text.matchAll(ANSWER_LINE)]
  // (An explainer's "Q: What is at stake? A: …" answers in the writer's own voice: an interview says it is one.)
  if (answers.length < 2 || !QUESTION_LINE.test(text) || !INTERVIEW_LEAD.test(text.slice(0, answers[0]!.index))) return []
  const speaker = interviewee(answers[0]!.index)
  return answers.flatMap((m): AttributedStatement[] => {
    const cueStart = m.index + m[0].indexOf('A:')
    if (skip.some(([a, b]) => a <= cueStart && cueStart < b)) return []
    const line = lineStatement(text, cueStart, 'A', m.index + m[0].length, speaker, speaker ? 0.7 : 0.5)
    return line ? [line] : []
  })
}

/** A speaker's line: "NAME: words" to the end of its paragraph; null when fewer than 8 characters are said. */
function lineStatement(text: string, nameStart: number, name: string, contentStart: number, speaker: string | null, confidence: number): AttributedStatement | null {
  const paragraphEnd = text.indexOf('\n\n', contentStart)
  const end = paragraphEnd < 0 ? text.length : paragraphEnd
  if (end - contentStart < 8) return null
  const nameEnd = nameStart + name.length
  return {
    kind: 'speech-block',
    content: { start: contentStart, end, text: text.slice(contentStart, end) },
    cue: { start: nameEnd, end: nameEnd + 1, text: ':' },
    source: { start: nameStart, end: nameEnd, text: name },
    speaker,
    role: null,
    confidence,
  }
}

/**
 * A speaker printed in capitals ("LAVROV") is shown as the person the text named earlier in full
 * ("Sergei Lavrov"), else in ordinary case ("Lavrov").
 */
function readableName(text: string, name: string, before: number): string {
  if (!/^[A-Z .'’-]+$/.test(name)) return name
  const ordinary = name.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (m) => m.toUpperCase())
  const surname = ordinary.split(' ').at(-1)!
  const full = [...text.slice(0, before).matchAll(new RegExp(`\\b((?:\\p{Lu}[\\p{L}'’-]+ ){1,3})${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gu'))].at(-1)
  if (!full) return ordinary
  const given = full[1]!.trim().split(' ').filter((word) => !NAME_PREFIXES.has(word.toLowerCase()))
  return [...given, surname].join(' ')
}
