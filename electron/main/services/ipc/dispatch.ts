import { randomBytes } from 'node:crypto'
import { ipcContract, type IpcMethod } from '../../../../shared/ipc/contract'
import { ParleyError, type IpcResult } from '../../../../shared/ipc/errors'
import type { HandlerTable } from './handler-table'

export type IpcDispatcher = (channel: string, senderUrl: string | undefined, rawArgs: unknown) => Promise<IpcResult<unknown>>

export interface DispatchOptions {
  isTrustedSender: (url: string | undefined) => boolean
  /** Where unexpected failures are reported, with the reference the renderer is given. */
  logError?: (channel: string, error: unknown, reference: string) => void
}

const methodByChannel = new Map<string, IpcMethod>(
  (Object.keys(ipcContract) as IpcMethod[]).map((method) => [ipcContract[method].channel, method]),
)

/**
 * The one wrapper every IPC call goes through: it refuses foreign senders and unknown channels,
 * validates the argument against the contract's schema, and turns every failure into a typed
 * IpcError value. It never throws, so no call from the renderer can crash main.
 */
export function createIpcDispatcher(table: HandlerTable, options: DispatchOptions): IpcDispatcher {
  const logError = options.logError ?? ((channel, error, reference) => console.error(`[ipc] ${channel} failed (reference ${reference}):`, error))
  return async (channel, senderUrl, rawArgs) => {
    const method = methodByChannel.get(channel)
    if (!method) return { ok: false, error: { code: 'unknown-channel', message: `There is no IPC channel named “${String(channel).slice(0, 100)}”.` } }
    if (!options.isTrustedSender(senderUrl)) {
      return { ok: false, error: { code: 'forbidden-sender', message: `Refused ${channel}: the request did not come from Parley's own window.` } }
    }
    const parsed = ipcContract[method].args.safeParse(rawArgs)
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'invalid-arguments',
          message: `Invalid arguments for ${channel}.`,
          details: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(argument)'}: ${issue.message}`),
        },
      }
    }
    try {
      const handler = table[method] as (args: unknown) => Promise<unknown>
      return { ok: true, value: await handler(parsed.data) }
    } catch (error) {
      if (error instanceof ParleyError) return { ok: false, error: error.toIpcError() }
      // The raw message can quote file contents or paths: it goes to the log, never to the page.
      const reference = randomBytes(4).toString('hex')
      logError(channel, error, reference)
      return { ok: false, error: { code: 'internal', message: `Parley could not complete ${channel} because of an internal error (reference ${reference}). The details are in the log.` } }
    }
  }
}
