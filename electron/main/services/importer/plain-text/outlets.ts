/** The outlet as a text names itself outside any metadata field. */

// A name of up to six words, capitalised (small connecting words allowed); a full stop inside a
// word ("U.S.") but never one that ends a sentence.
const WORD = `\\p{Lu}(?:[\\p{L}\\d&'’-]|\\.(?=\\S))*`
const ORGANISATION = `((?:The\\s+)?${WORD}(?:\\s+(?:${WORD}|of|and|&|the|de|du|la|el|al)){0,5})`
const COMPANY_SUFFIX = /\s+(?:Inc|Ltd|LLC|Limited|plc|PLC|GmbH|Co|Corp|Corporation|S\.A|SA|AG)\.?$/

const tidy = (name: string) => name.replace(/[.,;:]+$/, '').replace(COMPANY_SUFFIX, '').replace(COMPANY_SUFFIX, '').trim()

/** "This story has not been edited by Northbridge Post staff", "the views of Outlet Name". */
export function outletFromDisclaimer(text: string): string | null {
  const edited = new RegExp(`\\bedited by (?:the\\s+)?${ORGANISATION}\\s+(?:staff|team|editors?|editorial|newsroom|desk)\\b`, 'u').exec(text)
  if (edited) return tidy(edited[1]!)
  const views = new RegExp(`\\b(?:views|opinions) (?:of|expressed)[^.]*?\\b(?:of|by)\\s+(?:the\\s+)?${ORGANISATION}\\s*(?:[.,;]|$)`, 'u').exec(text)
  return views ? tidy(views[1]!) : null
}

/** "© 2017 Outlet Name. All rights reserved.", "Copyright (c) 2017 Outlet Media Ltd". */
export function outletFromCopyright(text: string): string | null {
  const match = new RegExp(`^(?:©|\\([cC]\\)|[Cc]opyright|COPYRIGHT)\\s*(?:©|\\([cC]\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?[\\s,]*${ORGANISATION}`, 'u').exec(text.trim())
  if (!match) return null
  const name = tidy(match[1]!)
  return /^(?:All|Copyright|The)$/i.test(name) || name.length < 2 ? null : name
}

/** "Subscribe to The Outlet", "Subscribe to Outlet Name for unlimited access". */
export function outletFromSubscription(text: string): string | null {
  const match = new RegExp(`\\b(?:[Ss]ubscribe|SUBSCRIBE) (?:now )?to\\s+${ORGANISATION}`, 'u').exec(text)
  if (!match || /^(?:our|the)$/i.test(match[1]!)) return null
  const name = tidy(match[1]!.replace(/\s+(?:newsletters?|premium|digital|plus|today|now|for|and)\b.*$/i, ''))
  return /^(?:Our|Newsletter|Premium|Digital)$/i.test(name) ? null : name
}
