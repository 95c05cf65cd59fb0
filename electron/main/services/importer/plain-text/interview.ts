import type { Speaker } from '../../../../../shared/domain/content'
import { personName } from './bylines'

const NAME = `((?:\\p{Lu}[\\p{L}'’-]*|al-\\p{Lu}[\\p{L}'’-]*|de|van|von|bin|ibn|abu)(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|al-\\p{Lu}[\\p{L}'’-]*|de|van|von|bin|ibn|abu)){1,4})`
const INTERVIEWEE = new RegExp(`\\binterview(?:ed|s|ing)?\\s+(?:with\\s+)?${NAME}|${NAME}\\s+(?:spoke|talked)\\s+to\\b`, 'u')
const INTERVIEWER = new RegExp(`\\b(?:interview(?:ed)?|questions)\\s+by\\s+${NAME}`, 'u')

/**
 * Who answers and who asks in a "Q: … / A: …" interview, from the introduction ("X interviewed
 * Nasr al-Hariri in Geneva", "in an interview with …", "interviewed by …"). Unknown stays null.
 */
export function interviewParticipants(introduction: readonly string[]): { interviewer: Speaker | null; interviewee: Speaker | null } {
  let interviewer: Speaker | null = null
  let interviewee: Speaker | null = null
  for (const text of introduction) {
    const asker = INTERVIEWER.exec(text)
    const askerName = asker ? personName(asker[1]!) : null
    if (askerName) interviewer ??= { name: askerName, role: 'Interviewer' }
    const answer = INTERVIEWEE.exec(text.replace(INTERVIEWER, ''))
    const answerName = answer ? personName(answer[1] ?? answer[2]!) : null
    if (answerName) interviewee ??= { name: answerName, role: null }
  }
  return { interviewer, interviewee }
}
