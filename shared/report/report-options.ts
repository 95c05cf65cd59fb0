import { z } from 'zod'
import { parleyIdSchema } from '../domain/ids'

/**
 * The report builder's choices. They are saved per library and read back by later versions, so
 * every field is bounded and has a default (see defaultReportOptions and parseReportOptions).
 */

const idSchema = parleyIdSchema
/** A calendar day, YYYY-MM-DD (checked to be a real date). */
const daySchema = z.iso.date()

export const reportScopeSchema = z
  .object({
    /** Empty: every document in the library. */
    documentIds: z.array(idSchema).max(10000),
    /** Empty: every issue / party / tag. */
    issueIds: z.array(idSchema).max(1000),
    partyIds: z.array(idSchema).max(1000),
    tagIds: z.array(idSchema).max(1000),
    /**
     * Inclusive bounds. Claims are dated by statementDate, else their document's publishedAt;
     * highlights and notes by their document's publishedAt. Undated items drop out when a bound is set.
     */
    from: daySchema.nullable(),
    to: daySchema.nullable(),
  })
  .refine((scope) => !scope.from || !scope.to || scope.from <= scope.to, { message: '"from" must not be after "to"', path: ['to'] })

export const reportSectionsSchema = z.object({
  cover: z.boolean(),
  toc: z.boolean(),
  summary: z.boolean(),
  matrix: z.boolean(),
  findings: z.boolean(),
  documents: z.boolean(),
  sources: z.boolean(),
  legend: z.boolean(),
})

export const documentTextModeSchema = z.enum(['annotated-passages', 'full'])
export const pageSizeSchema = z.enum(['A4', 'Letter'])

export const reportOptionsSchema = z.object({
  title: z.string().trim().min(1).max(300),
  author: z.string().max(200),
  date: daySchema,
  /** Protective marking printed on the cover and in every running header and footer. */
  classification: z.string().max(200),
  /** Executive summary: plain text, blank lines between paragraphs, "- " starts a bullet item. */
  summary: z.string().max(50000),
  scope: reportScopeSchema,
  sections: reportSectionsSchema,
  documentText: documentTextModeSchema,
  pageSize: pageSizeSchema,
})

export type ReportOptions = z.infer<typeof reportOptionsSchema>
export type ReportScope = ReportOptions['scope']
export type ReportSections = ReportOptions['sections']
export type DocumentTextMode = z.infer<typeof documentTextModeSchema>
export type PageSize = z.infer<typeof pageSizeSchema>

/** A fresh report: everything in scope, every section on, annotated passages only, A4. */
export function defaultReportOptions(today: string): ReportOptions {
  return {
    title: 'Positions report',
    author: '',
    date: today,
    classification: '',
    summary: '',
    scope: { documentIds: [], issueIds: [], partyIds: [], tagIds: [], from: null, to: null },
    sections: { cover: true, toc: true, summary: true, matrix: true, findings: true, documents: true, sources: true, legend: true },
    documentText: 'annotated-passages',
    pageSize: 'A4',
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Each field of `shape` from `raw` when it is valid there, else from `defaults`. */
function salvage<T extends Record<string, unknown>>(shape: Record<string, z.ZodType>, raw: unknown, defaults: T): T {
  const source = isRecord(raw) ? raw : {}
  const result: Record<string, unknown> = { ...defaults }
  for (const key of Object.keys(defaults)) {
    const parsed = shape[key]?.safeParse(source[key])
    if (parsed?.success) result[key] = parsed.data
  }
  return result as T
}

/**
 * Options read back from storage. A stored value written by an older or newer version, or edited
 * by hand, may be partly invalid: each invalid or missing field falls back to its default rather
 * than losing the analyst's other choices.
 */
export function parseReportOptions(raw: unknown, today: string): ReportOptions {
  const whole = reportOptionsSchema.safeParse(raw)
  if (whole.success) return whole.data
  const defaults = defaultReportOptions(today)
  const record = isRecord(raw) ? raw : {}
  const options = salvage(reportOptionsSchema.shape, raw, defaults)
  options.sections = salvage(reportSectionsSchema.shape, record.sections, defaults.sections)
  const scope = salvage(reportScopeSchema.shape, record.scope, defaults.scope)
  // An inverted range cannot be salvaged field by field: drop both bounds.
  options.scope = scope.from && scope.to && scope.from > scope.to ? { ...scope, from: null, to: null } : scope
  return options
}
