/** FNV-1a over the string, as 8 hex digits: short, stable, no crypto needed. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/**
 * A proposal's identity: its words (case, spacing and quote styles aside), its kind and speaker,
 * and which repeat of them it is in the document, never its offsets, so the same statement keeps
 * its key after a re-read moves it.
 */
export function proposalKey(contentText: string, kind: string, speaker: string | null = null, repeat = 0): string {
  const words = contentText.toLowerCase().replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim()
  const identity = `${words}\u0000${speaker?.toLowerCase() ?? ''}\u0000${repeat}`
  return `${kind.slice(0, 3)}-${fnv1a(identity)}-${fnv1a(identity.split('').reverse().join(''))}`
}
