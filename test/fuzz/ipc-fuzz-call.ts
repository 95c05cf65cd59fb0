import { ipcContract, type IpcMethod } from '../../shared/ipc/contract'
import type { IpcResult } from '../../shared/ipc/errors'
import { argsSchemaOf } from './contract-schema'
import { TRUSTED_SENDER, type FuzzLibrary } from './fuzz-library'
import { problemsWithAnswer } from './ipc-call-check'
import { SENTINEL_MARK } from './outside-tree'

const handlerCallTotal = (library: FuzzLibrary) => [...library.handlerCalls.values()].reduce((sum, count) => sum + count, 0)

/**
 * One hostile call through the real dispatcher, judged: the answer must be typed; arguments the
 * contract refuses, and any foreign sender, must be refused before a handler runs; nothing from
 * outside the library may come back. Shared by the fuzz test and the fuzz benchmark. `sender` has
 * no default: undefined is itself a foreign sender (a frame without a URL).
 */
export async function fuzzCall(library: FuzzLibrary, method: IpcMethod, args: unknown, sender: string | undefined): Promise<{ answer: IpcResult<unknown>; problems: string[] }> {
  const foreign = sender !== TRUSTED_SENDER
  const valid = argsSchemaOf(method).safeParse(args).success
  const callsBefore = handlerCallTotal(library)
  const answer = await library.dispatch(ipcContract[method].channel, sender, args)
  const problems = problemsWithAnswer(answer, library.logged)
  const expectedRefusal = foreign ? 'forbidden-sender' : valid ? null : 'invalid-arguments'
  if (expectedRefusal && (answer.ok || answer.error.code !== expectedRefusal)) problems.push(`expected ${expectedRefusal}, got ${JSON.stringify(answer).slice(0, 200)}`)
  if (expectedRefusal && handlerCallTotal(library) !== callsBefore) problems.push(`a handler ran for a call that should be refused (${expectedRefusal})`)
  if (JSON.stringify(answer)?.includes(SENTINEL_MARK)) problems.push('the answer holds a file from outside the library')
  return { answer, problems }
}
