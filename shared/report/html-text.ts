import { escapeHtml } from './escape-html'
import type { Paragraphs } from './report-types'

/**
 * The emphasis analysts type in notes (**bold**, *italic*, _italic_, `code`), applied to text
 * that is already escaped: the markers are plain ASCII, so nothing else can become markup.
 */
export function inlineEmphasis(escaped: string): string {
  return escaped
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?![*\w])/g, '$1<em>$2</em>')
    .replace(/(^|[^_\w])_(?=\S)([^_]+?)(?<=\S)_(?![_\w])/g, '$1<em>$2</em>')
}

/** Escaped paragraphs with their line breaks and the notes' inline emphasis; no other markup. */
export function htmlParagraphs(paragraphs: Paragraphs): string {
  return paragraphs.map((lines) => `<p>${lines.map((line) => inlineEmphasis(escapeHtml(line))).join('<br>')}</p>`).join('')
}

/** Escaped text, or an empty string for null. */
export const text = (value: string | null | undefined): string => (value ? escapeHtml(value) : '')

/** "Reuters, 2017-11-22" from whichever parts exist. */
export const joined = (parts: readonly (string | null | undefined)[], separator = ', '): string =>
  parts.filter((p): p is string => !!p).map(escapeHtml).join(separator)

/** A footnote marker linking to its note (and back, via its own id). */
export const footnoteMarker = (n: number): string => `<sup class="fn" id="fnref-${n}"><a href="#fn-${n}">${n}</a></sup>`

/** "2017-11-21 – 2017-11-24", one date when both are the same, "" when undated. */
export function dateRange(first: string | null, last: string | null): string {
  if (!first && !last) return ''
  if (!first || !last || first === last) return escapeHtml((first ?? last)!)
  return `${escapeHtml(first)} – ${escapeHtml(last)}`
}
