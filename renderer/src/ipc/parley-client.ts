import type { IpcArgs, IpcMethod, IpcResultOf, ParleyApi } from '../../../shared/ipc/contract'
import type { IpcError, IpcErrorCode, IpcResult } from '../../../shared/ipc/errors'

declare global {
  interface Window {
    /** Put there by the preload: one method per IPC channel. */
    parley?: ParleyApi
  }
}

/** A typed failure from main, as the renderer shows it. */
export class ParleyIpcError extends Error {
  readonly code: IpcErrorCode
  readonly details: string[]
  constructor(error: IpcError) {
    super(error.message)
    this.name = 'ParleyIpcError'
    this.code = error.code
    this.details = error.details ?? []
  }
}

/** Changes that undo can take back. */
const UNDOABLE = new Set<IpcMethod>([
  'createAnnotation', 'updateAnnotation', 'deleteAnnotation', 'importAnnotations', 'importQdaProject', 'assignUnplacedAnnotation', 'discardUnplacedAnnotation',
  'dismissProposals', 'acceptProposals', 'saveSource', 'saveParty', 'saveIssue', 'saveTag', 'deleteRegistryEntry', 'mergeRegistryEntries', 'linkSameStatement', 'unlinkSameStatement',
])
/** Undoable changes sent to main and not answered yet. */
const changesInFlight = new Set<Promise<unknown>>()

/**
 * Calls main and unwraps its result envelope: resolves with the value or throws ParleyIpcError.
 * Undo and redo wait for the changes already sent: the screen shows a dismissal at once, and
 * Ctrl+Z pressed right after must take back that dismissal, not the step before it.
 */
export async function callParley<M extends IpcMethod>(method: M, args: IpcArgs<M>): Promise<IpcResultOf<M>> {
  const api = window.parley
  if (!api) {
    throw new ParleyIpcError({ code: 'internal', message: "Parley's bridge to its main process is missing. Start Parley with npm start." })
  }
  if (method === 'undo' || method === 'redo') await Promise.allSettled([...changesInFlight])
  const call = api[method] as unknown as (args: IpcArgs<M>) => Promise<IpcResult<IpcResultOf<M>>>
  const pending = call(args)
  if (UNDOABLE.has(method)) {
    changesInFlight.add(pending)
    void pending.finally(() => changesInFlight.delete(pending)).catch(() => undefined)
  }
  const result = await pending
  if (!result.ok) throw new ParleyIpcError(result.error)
  return result.value
}

export function toParleyIpcError(error: unknown): ParleyIpcError {
  if (error instanceof ParleyIpcError) return error
  return new ParleyIpcError({ code: 'internal', message: error instanceof Error ? error.message : String(error) })
}
