import type { Claim } from '../domain/annotation'
import { exportLookups, tagPath, type AnnotationExportInput } from './export-w3c'

/**
 * Byte order mark. The export itself is plain UTF-8 text; Excel only reads a CSV file as UTF-8
 * when it starts with this mark (without it, "Erdoğan" or "Staffan de Mistura’s" turn into
 * mojibake), so a caller writing a file for spreadsheets prepends it.
 */
export const CSV_BOM = '\uFEFF'

/** Columns of the claims CSV, in order. */
export const CLAIMS_CSV_COLUMNS = [
  'claim_id',
  'document_id',
  'document_title',
  'outlet',
  'published',
  'statement_date',
  'source',
  'source_reliability',
  'parties',
  'issue',
  'stance',
  'reporting',
  'credibility',
  'grade',
  'quote',
  'note',
  'tags',
  'anchor_status',
] as const

/** Separator of several values inside one cell (parties, tags). */
export const CSV_LIST_SEPARATOR = '; '

/**
 * Neutralises CSV (formula) injection. Quotes and notes come from press articles and analysts'
 * notes, and the analyst opens the file in a spreadsheet: a cell starting with =, +, -, @, tab or
 * CR would be evaluated as a formula there (an article quoting "=HYPERLINK(...)" could link out
 * or run a DDE command). A leading apostrophe makes the spreadsheet show the text as text.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** RFC 4180 field: quoted when it holds a comma, a quote, CR or LF, with quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** One CSV record, every cell guarded against formula injection, ended by CRLF. */
export function csvRecord(cells: readonly string[]): string {
  return `${cells.map((cell) => csvField(guardFormula(cell))).join(',')}\r\n`
}

/**
 * One row per claim, in the order given: RFC 4180 CSV with CRLF line ends, a header row, and
 * UTF-8 text without a byte order mark (see CSV_BOM). `grade` is the Admiralty grade, the
 * source's reliability letter followed by the claim's credibility digit ("B2"). A reference to a
 * registry entry that no longer exists leaves its cells empty.
 */
export function exportClaimsCsv(input: AnnotationExportInput): string {
  const lookups = exportLookups(input)
  const rows = input.annotations
    .filter((a): a is Claim => a.kind === 'claim')
    .map((claim) => {
      const document = lookups.documents.get(claim.target.documentId)
      const source = lookups.sources.get(claim.sourceId)
      const parties = claim.partyIds.flatMap((id) => lookups.parties.get(id)?.name ?? [])
      const tags = claim.tagIds.flatMap((id) => {
        const tag = lookups.tags.get(id)
        return tag === undefined ? [] : [tagPath(tag, lookups.tags)]
      })
      const cells: Record<(typeof CLAIMS_CSV_COLUMNS)[number], string> = {
        claim_id: claim.id,
        document_id: claim.target.documentId,
        document_title: document?.title ?? '',
        outlet: document?.outlet ?? '',
        published: document?.publishedAt ?? '',
        statement_date: claim.statementDate ?? '',
        source: source?.name ?? '',
        source_reliability: source?.reliability ?? '',
        parties: parties.join(CSV_LIST_SEPARATOR),
        issue: lookups.issues.get(claim.issueId)?.title ?? '',
        stance: claim.stance,
        reporting: claim.reporting,
        credibility: String(claim.credibility),
        grade: source === undefined ? '' : `${source.reliability}${claim.credibility}`,
        quote: claim.target.quote.exact,
        note: claim.note,
        tags: tags.join(CSV_LIST_SEPARATOR),
        anchor_status: claim.anchorStatus,
      }
      return csvRecord(CLAIMS_CSV_COLUMNS.map((column) => cells[column]))
    })
  return csvRecord(CLAIMS_CSV_COLUMNS) + rows.join('')
}
