import { ipcErrorCodes, type IpcResult } from '../../shared/ipc/errors'

/**
 * What every IPC answer must be, whatever was sent: a typed result that crosses the context
 * bridge (structured clone), and for internal failures a generic message with a reference whose
 * detail went to the log only. Returns what is wrong; empty when the answer is fine.
 */
export function problemsWithAnswer(answer: unknown, logged: ReadonlyMap<string, unknown>): string[] {
  if (typeof answer !== 'object' || answer === null) return [`the answer is not an object: ${String(answer)}`]
  const result = answer as IpcResult<unknown>
  const problems: string[] = []
  try {
    structuredClone(result)
  } catch (error) {
    problems.push(`the answer cannot cross the context bridge: ${(error as Error).message}`)
  }
  if (result.ok === true) return 'value' in result ? problems : [...problems, 'an ok answer without a value']
  if (result.ok !== false) return [...problems, `"ok" is ${String((result as { ok: unknown }).ok)}, not a boolean`]
  const { code, message, details } = result.error ?? ({} as never)
  if (!(ipcErrorCodes as readonly string[]).includes(code)) problems.push(`error code ${String(code)} is not one of ipcErrorCodes`)
  if (typeof message !== 'string' || message.trim() === '') problems.push('an error without a message')
  if (details !== undefined && !(Array.isArray(details) && details.every((detail) => typeof detail === 'string'))) problems.push('error details that are not a list of strings')
  if (code === 'internal') problems.push(...internalLeaks(result.error, logged))
  return problems
}

/** An internal error names a reference the log holds, and none of the logged error's text. */
function internalLeaks(error: { message: string; details?: string[] }, logged: ReadonlyMap<string, unknown>): string[] {
  const reference = /reference ([0-9a-f]{8})/.exec(error.message)?.[1]
  if (!reference) return [`an internal error without a reference: ${error.message.slice(0, 200)}`]
  if (!logged.has(reference)) return [`internal error reference ${reference} is not in the log`]
  const cause = logged.get(reference)
  const raw = cause instanceof Error ? cause.message : String(cause)
  const shown = JSON.stringify(error)
  // Every line of the raw message, and its start, must stay out of what the renderer sees.
  const fragments = [raw.slice(0, 40), ...raw.split('\n')].map((fragment) => fragment.trim()).filter((fragment) => fragment.length >= 6)
  const leaked = fragments.filter((fragment) => shown.includes(JSON.stringify(fragment).slice(1, -1)))
  return leaked.length > 0 ? [`an internal error shows the raw exception text: ${leaked[0]!.slice(0, 120)}`] : []
}
