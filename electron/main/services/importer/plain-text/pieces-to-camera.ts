import type { Speaker } from '../../../../../shared/domain/content'
import { titleCaseName } from './speaker-names'
import { isRoleWord } from './speaker-vocabulary'

// ELENA MARKOVA SOCHI The three leaders left …
const CAPS_OPENING = /^((?:[\p{Lu}][\p{Lu}\p{M}'’.-]*\s+){2,8})(?=["“]?\p{Lu}\p{Ll})/u

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0

/**
 * A correspondent's piece to camera in a transcript: the reporter's name in capitals (the one
 * the text gives elsewhere, in "… reports from Sochi" or in the sign-off), maybe the place, then
 * the words. The speaker is the reporter; the role says where they report from.
 */
export function pieceToCamera(text: string, reporters: readonly string[]): { speaker: Speaker; text: string } | null {
  const opening = CAPS_OPENING.exec(text)
  if (!opening) return null
  const words = opening[1]!.trim().split(/\s+/)
  for (const reporter of reporters) {
    const size = reporter.split(/\s+/).length
    if (words.length < size || !sameName(words.slice(0, size).join(' '), reporter)) continue
    const rest = words.slice(size)
    const place = rest.length ? titleCaseName(rest) : null
    const role = !place ? 'Correspondent' : isRoleWord(rest[0]!) ? place : `Correspondent, ${place}`
    return { speaker: { name: reporter, role }, text: text.slice(opening[0].length).trim() }
  }
  return null
}
