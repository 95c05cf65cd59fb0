/**
 * The canonical form of a document's text. Annotations anchor into this string, so it must be
 * deterministic: NFC, \n line ends, no trailing spaces, paragraphs separated by one blank line.
 */
export function normaliseText(raw: string): string {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    // Control characters other than tab and newline carry no meaning in prose.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\u00A0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/g, '').replace(/\t/g, ' '))
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Paragraphs of normalised text, with their offsets so a view can map back to positions. */
export interface Paragraph {
  text: string
  start: number
  end: number
}

export function splitParagraphs(normalised: string): Paragraph[] {
  const paragraphs: Paragraph[] = []
  const separator = /\n\n/g
  let start = 0
  let match: RegExpExecArray | null
  while ((match = separator.exec(normalised)) !== null) {
    if (match.index > start) paragraphs.push({ text: normalised.slice(start, match.index), start, end: match.index })
    start = match.index + match[0].length
  }
  if (start < normalised.length) paragraphs.push({ text: normalised.slice(start), start, end: normalised.length })
  return paragraphs
}

const wordPattern = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu

export function countWords(text: string): number {
  let count = 0
  for (const _ of text.matchAll(wordPattern)) count++
  return count
}
