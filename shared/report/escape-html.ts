/**
 * Every piece of user text in the report (titles, quotes, notes, names, colours) passes through
 * here: articles come from the open web and notes are pasted, so any of them may hold markup.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)
}

const COLOR = /^#[0-9a-fA-F]{6}$/

/** Neutral grey for a colour that is missing or not a plain #rrggbb. */
export const NEUTRAL_COLOR = '#868e96'

/**
 * A colour fit for a style attribute: #rrggbb as stored, else the neutral grey. Stored colours are
 * validated on load, but the report must not rely on it: "red;background:url(x)" would inject CSS.
 */
export function safeColor(color: string | null | undefined): string {
  return color && COLOR.test(color) ? color.toLowerCase() : NEUTRAL_COLOR
}

/** The colour mixed with white (0: the colour, 1: white): light tints print well on paper. */
export function tint(color: string | null | undefined, whiteness: number): string {
  const hex = safeColor(color)
  const channel = (i: number) => {
    const value = parseInt(hex.slice(i, i + 2), 16)
    return Math.round(value + (255 - value) * whiteness)
      .toString(16)
      .padStart(2, '0')
  }
  return `#${channel(1)}${channel(3)}${channel(5)}`
}

/** An anchor id for id="" and href="#": the report generates them, this keeps them inert anyway. */
export function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '-')
}
