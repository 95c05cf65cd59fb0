import type { ParsedDocument } from './parsed-document'

/** A first line that reads as a headline: short, several words, not a sentence or a dateline. */
export function looksLikeHeadline(line: string): boolean {
  const trimmed = line.trim()
  const words = trimmed.split(/\s+/).length
  return (
    trimmed.length >= 8 &&
    trimmed.length <= 200 &&
    words >= 2 &&
    words <= 30 &&
    !/[.!?:;,]$/.test(trimmed.replace(/["”’']$/, '')) &&
    !/^[A-Z][A-Z .'-]+,.*\(.*\)\s*[-–—]/.test(trimmed)
  )
}

/** Plain text: the first line becomes the title when it reads as a headline. */
export function parsePlainText(source: string, fallbackTitle: string): ParsedDocument {
  const text = source.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').replace(/^\s*\n/, '')
  const newline = text.indexOf('\n')
  const firstLine = newline === -1 ? text : text.slice(0, newline)
  const headline = newline !== -1 && looksLikeHeadline(firstLine)
  return {
    title: headline ? firstLine.trim() : fallbackTitle,
    text: headline ? text.slice(newline + 1) : text,
    outlet: null,
    byline: null,
    publishedAt: null,
    language: null,
    warnings: [],
  }
}
