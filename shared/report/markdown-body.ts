import { escapeMarkdownInline as inline, markdownLines, markdownStrong } from './escape-markdown'
import { carriedByLine } from './model-findings'
import { markdownTable, type HeadingFn } from './markdown-front'
import type { DocumentsSection, FindingClaim, FindingsSection, MatrixCell, MatrixSection, Paragraphs, Passage, ReportDocumentEntry } from './report-types'
import { SHIFTED_MARKER } from '../domain/vocabulary'
import { countOf } from '../text/plural'

/** Markdown of the positions matrix, the findings and the documents. */


/** Paragraphs of escaped lines, each paragraph indented (footnotes, list items). */
const paragraphs = (text: Paragraphs, indent = '') => text.map((lines) => markdownLines(lines, indent)).join(`\n\n`)

/** Raw (unescaped) cell text; markdownTable escapes it and turns its line breaks into <br>. */
function cellText(cell: MatrixCell | null): string {
  if (!cell) return '' // No claim: empty, not neutral.
  const dates = cell.firstDate && cell.lastDate && cell.firstDate !== cell.lastDate ? `${cell.firstDate} – ${cell.lastDate}` : (cell.lastDate ?? cell.firstDate ?? '')
  return [
    `${cell.look.symbol} ${cell.look.label}${cell.shifted ? ` ${SHIFTED_MARKER}` : ''}`,
    `${countOf(cell.claimCount, 'claim', 'claims')} · ${countOf(cell.independentOutlets, 'report', 'reports')}`,
    dates,
  ]
    .filter((line) => line !== '')
    .join('\n')
}

export function matrixMarkdown(section: MatrixSection, heading: HeadingFn): string {
  const table = markdownTable(
    ['Issue', ...section.columns.map((c) => c.name)],
    section.rows.map((row) => [row.title, ...row.cells.map(cellText)]),
  )
  return `${heading(2, section.title, section.id)}\n\n${table}\n\n_Each cell: the party's current stance, its claims, independent reports and dates. An empty cell: no statement in scope._`
}

function claimMarkdown(claim: FindingClaim): string {
  const where = [claim.outlet, claim.documentTitle, claim.date, claim.citation].filter((p): p is string => !!p).map(inline).join(', ')
  const flags = [claim.unanchored ? ' _(unanchored: passage not found in the current text)_' : '', claim.needsReview ? ' _(position needs review)_' : ''].join('')
  const meta = `${inline(`${claim.look.symbol} ${claim.look.label}`)} · ${inline(claim.reporting)} · **${inline(claim.sourceName)}** · ${where}${flags}`
  const carried = carriedByLine(claim.carriedBy)
  const grade = `Grade **${inline(claim.grade)}** (${inline(claim.gradeMeaning)})${carried ? `\\\n${inline(carried)}` : ''}`
  const quote = claim.quote.split(/\r\n?|\n/).map((line, i, all) => `> ${i === 0 ? '“' : ''}${inline(line.trim())}${i === all.length - 1 ? '”' : ''}`).join('\\\n')
  const note = claim.note.length > 0 ? `\n\n_Note:_\n\n${paragraphs(claim.note)}` : ''
  return `${quote}\n\n${meta}\\\n${grade}${note}`
}

export function findingsMarkdown(section: FindingsSection, heading: HeadingFn): string {
  const parts = [heading(2, section.title, section.id)]
  for (const issue of section.issues) {
    parts.push(heading(3, issue.title, issue.anchor))
    if (issue.description.trim()) parts.push(`_${inline(issue.description.trim())}_`)
    for (const party of issue.parties) {
      parts.push(heading(4, `${party.name} — ${party.look.symbol} ${party.look.label}${party.shifted ? ` ${SHIFTED_MARKER}` : ''}`))
      parts.push(...party.claims.map(claimMarkdown))
    }
  }
  return parts.join('\n\n')
}

const marker = (n: number) => `[^${n}]`

function passageMarkdown(passage: Passage, showCitation: boolean): string {
  // Adjacent highlighted segments merge into one strong run, so delimiters never touch.
  let out = ''
  let run = ''
  const flush = () => {
    out += markdownStrong(run)
    run = ''
  }
  for (const segment of passage.segments) {
    const escaped = inline(segment.text)
    if (segment.color !== null) run += escaped
    else {
      flush()
      out += escaped
    }
    if (segment.footnotes.length > 0) {
      flush()
      out += segment.footnotes.map(marker).join('')
    }
  }
  flush()
  const cite = showCitation ? `${inline(passage.citation)} — ` : ''
  const speaker = passage.speaker ? `**${inline(passage.speaker)}:** ` : ''
  const text = `${cite}${speaker}${out}`.trimStart()
  const prefix = passage.kind === 'quote' ? '> ' : passage.kind === 'list-item' ? '- ' : ''
  // Escape what would open a block at the line start (a list marker, a number and a dot …).
  return `${prefix}${text.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2')}`
}

function documentMarkdown(entry: ReportDocumentEntry, heading: HeadingFn, showCitations: boolean): string {
  const parts = [heading(3, entry.title, entry.anchor)]
  const meta = [entry.outlet, entry.byline, entry.date].filter((p): p is string => !!p).map(inline).join(' · ')
  if (meta) parts.push(`_${meta}_`)
  if (entry.sameStoryAs.length > 0) parts.push(`_Same story as: ${entry.sameStoryAs.map(inline).join('; ')}_`)
  if (!entry.textAvailable) parts.push('_The text of this document was not available for the report._')
  for (const passage of entry.passages) {
    if (passage.gapBefore) parts.push('…')
    parts.push(passageMarkdown(passage, showCitations))
  }
  if (entry.unanchored.length > 0) {
    parts.push(heading(4, 'Not found in the current text'))
    parts.push(entry.unanchored.map((a) => `- **${inline(a.label)}**: “${inline(a.quote)}”${a.footnote !== null ? marker(a.footnote) : ''}`).join('\n'))
  }
  for (const f of entry.footnotes) {
    const note = f.note.length > 0 ? `\n\n${paragraphs(f.note, '    ')}` : ''
    parts.push(`${marker(f.number)}: **${inline(f.label)}** on “${inline(f.quote)}”${note}`)
  }
  return parts.join('\n\n')
}

export function documentsMarkdown(section: DocumentsSection, heading: HeadingFn): string {
  const showCitations = section.mode === 'annotated-passages'
  return [heading(2, section.title, section.id), ...section.documents.map((d) => documentMarkdown(d, heading, showCitations))].join('\n\n')
}
