/** Every failure the renderer or the CLI can be told about, by kind. */
export const ipcErrorCodes = [
  'invalid-arguments',
  'forbidden-sender',
  'unknown-channel',
  'not-found',
  'library-in-use',
  'library-damaged',
  'library-too-new',
  'import-failed',
  'export-failed',
  'cancelled',
  'internal',
] as const
export type IpcErrorCode = (typeof ipcErrorCodes)[number]

/** Plain data, so it crosses the context bridge intact (Error objects lose their fields). */
export interface IpcError {
  code: IpcErrorCode
  message: string
  /** Specifics such as which argument was invalid. */
  details?: string[]
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

/** Thrown by services for failures the user should see as they are. */
export class ParleyError extends Error {
  readonly code: IpcErrorCode
  readonly details?: string[]
  constructor(code: IpcErrorCode, message: string, details?: string[]) {
    super(message)
    this.name = 'ParleyError'
    this.code = code
    this.details = details
  }

  toIpcError(): IpcError {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message }
  }
}
