import type { ParsedBlock, ParsedDocument } from './parsed-document'
import { readDateline, readSignOff } from './text-metadata'

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

/**
 * Plain text: paragraphs are separated by blank lines. The first line becomes the title when it
 * reads as a headline; a wire dateline gives the outlet and date, a broadcast sign-off the outlet
 * and correspondent.
 */
export function parsePlainText(source: string): ParsedDocument {
  const text = source.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').replace(/^\s*\n/, '')
  const newline = text.indexOf('\n')
  const firstLine = newline === -1 ? text : text.slice(0, newline)
  const headline = newline !== -1 && looksLikeHeadline(firstLine)
  const body = headline ? text.slice(newline + 1) : text
  const blocks: ParsedBlock[] = body
    .split(/\n[ \t]*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ kind: 'paragraph', text: part, page: null }))

  const warnings: string[] = []
  const dateline = blocks[0] ? readDateline(blocks[0].text, body) : null
  if (dateline?.dateWithoutYear) warnings.push(`The dateline gives ${dateline.dateWithoutYear} but no year; add the date in the document's details.`)
  const signOff = blocks.length > 1 ? readSignOff(blocks[blocks.length - 1]!.text) : null
  return {
    title: headline ? firstLine.trim() : null,
    outlet: dateline?.outlet ?? signOff?.outlet ?? null,
    byline: signOff?.byline ?? null,
    publishedAt: dateline?.date ?? null,
    language: null,
    blocks,
    warnings,
  }
}
