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
 * A proposal's identity: its words (case, spacing and quote styles aside) and its kind, never its
 * offsets, so the same statement keeps its key after a re-read moves it.
 */
export function proposalKey(contentText: string, kind: string): string {
  const words = contentText.toLowerCase().replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim()
  return `${kind.slice(0, 3)}-${fnv1a(words)}-${fnv1a(words.split('').reverse().join(''))}`
}
