import { ipcErrorCodes } from '../../shared/ipc/errors'
import { blockKindSchema } from '../../shared/domain/content'
import type { ParsedDocument } from '../../electron/main/services/importer/parsed-document'

/** What became of one fuzzed file. Only 'parsed' and 'typed-error' are acceptable. */
export type ParseOutcome =
  | { kind: 'parsed'; ms: number; blocks: number }
  | { kind: 'typed-error'; ms: number; code: string; detail: string }
  | { kind: 'untyped-error'; ms: number; detail: string }
  /** Parsed, but not into the shape the importer relies on. */
  | { kind: 'malformed'; ms: number; detail: string }
  /** Still parsing at the parse deadline: the worker was stopped. */
  | { kind: 'hang'; ms: number; detail: string }
  /** The worker died (out of memory, a native crash, an exit). */
  | { kind: 'crash'; ms: number; detail: string }

/** File names that make the fuzz worker fail on purpose, so a test can show the harness sees failures. */
export const SELF_CHECK = { untyped: '\u0000self-check-untyped.txt', crash: '\u0000self-check-crash.txt' } as const

export const acceptable = (outcome: ParseOutcome) => outcome.kind === 'parsed' || (outcome.kind === 'typed-error' && (ipcErrorCodes as readonly string[]).includes(outcome.code) && outcome.detail.trim() !== '')

const stringOrNull = (value: unknown) => value === null || typeof value === 'string'

/** What is wrong with a parser's result, judged by the ParsedDocument contract. */
export function parsedDocumentProblems(parsed: ParsedDocument): string[] {
  const problems: string[] = []
  for (const field of ['title', 'outlet', 'byline', 'publishedAt', 'language'] as const) if (!stringOrNull(parsed[field])) problems.push(`${field} is ${typeof parsed[field]}`)
  if (!Array.isArray(parsed.warnings) || !parsed.warnings.every((warning) => typeof warning === 'string')) problems.push('warnings are not strings')
  if (!Array.isArray(parsed.blocks)) return [...problems, 'blocks is not a list']
  for (const block of parsed.blocks) {
    if (typeof block.text !== 'string') problems.push('a block without text')
    if (!blockKindSchema.safeParse(block.kind).success) problems.push(`a block of kind ${String(block.kind)}`)
    if (!(block.page === null || (Number.isInteger(block.page) && block.page > 0))) problems.push(`a block on page ${String(block.page)}`)
  }
  return [...new Set(problems)]
}
