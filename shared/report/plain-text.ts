import type { Paragraphs, SummaryBlock } from './report-types'

/**
 * Analyst-written text (notes are Markdown, the summary is plain text) is shown as text, never
 * interpreted: only its paragraphs and line breaks survive. Interpreting Markdown or HTML here
 * would let a pasted quote restructure, or script, the report.
 */

/** Paragraphs (split at blank lines) of lines, trailing spaces and empty paragraphs dropped. */
export function paragraphsOf(text: string): Paragraphs {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.trimEnd()))
    .map((lines) => trimEmptyLines(lines))
    .filter((lines) => lines.length > 0)
}

function trimEmptyLines(lines: string[]): string[] {
  let start = 0
  let end = lines.length
  while (start < end && lines[start]!.trim() === '') start++
  while (end > start && lines[end - 1]!.trim() === '') end--
  return lines.slice(start, end)
}

const BULLET = /^\s*- /

/**
 * The executive summary's blocks: paragraphs, and bullet lists from runs of lines starting "- ".
 * A bullet item continues on following lines that are neither blank nor a new bullet.
 */
export function summaryBlocks(text: string): SummaryBlock[] {
  const blocks: SummaryBlock[] = []
  for (const lines of paragraphsOf(text)) {
    let current: SummaryBlock | null = null
    for (const line of lines) {
      if (BULLET.test(line)) {
        const item = line.replace(BULLET, '').trim()
        if (current?.kind === 'list') current.items.push(item)
        else blocks.push((current = { kind: 'list', items: [item] }))
      } else if (current?.kind === 'list') {
        const last = current.items.length - 1
        current.items[last] = `${current.items[last]} ${line.trim()}`.trim()
      } else if (current?.kind === 'paragraph') {
        current.lines.push(line)
      } else {
        blocks.push((current = { kind: 'paragraph', lines: [line] }))
      }
    }
  }
  return blocks
}

/** At most `max` characters, cut at a word where possible, with "…" when cut. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`
}
