import type { ParleyIpcError } from '../../ipc/parley-client'

/** The builder's fields that main can reject, by the path its validation names them with. */
export type OptionField = 'title' | 'author' | 'date' | 'classification' | 'summary' | 'scope.from' | 'scope.to'
export type OptionErrors = Partial<Record<OptionField, string>>

const badDay = 'Enter a real date as YYYY-MM-DD.'

/** The analyst's wording for each field; zod's own messages are written for programmers. */
function friendly(field: OptionField, message: string): string {
  switch (field) {
    case 'title':
      return 'Give the report a title (at most 300 characters).'
    case 'date':
      return badDay
    case 'scope.from':
    case 'scope.to':
      return /after/.test(message) ? '“From” must not be after “To”.' : badDay
    case 'author':
    case 'classification':
      return 'At most 200 characters.'
    case 'summary':
      return 'At most 50,000 characters.'
  }
}

const fields: readonly string[] = ['title', 'author', 'date', 'classification', 'summary', 'scope.from', 'scope.to'] satisfies OptionField[]

/**
 * Splits main's validation details ("options.title: Too small…") into messages for the fields
 * they name, and the rest (shown above the form, as they came).
 */
export function optionErrors(error: ParleyIpcError | null): { fields: OptionErrors; other: string[] } {
  const result: { fields: OptionErrors; other: string[] } = { fields: {}, other: [] }
  if (!error) return result
  if (error.code !== 'invalid-arguments') return { fields: {}, other: [error.message, ...error.details] }
  for (const detail of error.details) {
    const match = /^options\.([\w.]+): (.*)$/s.exec(detail)
    const path = match?.[1]
    if (match && path && fields.includes(path)) result.fields[path as OptionField] ??= friendly(path as OptionField, match[2] ?? '')
    else result.other.push(detail)
  }
  if (result.other.length === 0 && Object.keys(result.fields).length === 0) result.other.push(error.message)
  return result
}
