import { z } from 'zod'
import type { IpcResult } from './errors'
import type { ParleyDocument } from '../domain/document'
import { ipcChannels, type IpcMethod } from './channels'

/**
 * The one IPC contract. Each entry is a method on `window.parley`: its channel name, the zod
 * schema main validates the argument with, and (as a type only) what it resolves to.
 * Add a channel to channels.ts and here, then its handler in electron/main/services/ipc/handler-table.ts;
 * the preload and the renderer pick it up from this table.
 */
interface ChannelDefinition<Args extends z.ZodType, Result> {
  channel: (typeof ipcChannels)[IpcMethod]
  args: Args
  /** Never set at run time; carries the result type. */
  result?: Result
}

function channel<Args extends z.ZodType, Result>(method: IpcMethod, args: Args): ChannelDefinition<Args, Result> {
  return { channel: ipcChannels[method], args }
}

const noArguments = z.object({}).strict()
const documentIdSchema = z.string().min(1).max(100)

export interface LibraryNotice {
  level: 'info' | 'warning'
  title: string
  message: string
}

export interface LibraryInfo {
  location: string
  documentCount: number
  /** Things the user must be told once, such as a recovery from backup. */
  notices: LibraryNotice[]
}

export interface DocumentWithText {
  document: ParleyDocument
  text: string
}

export type ImportStatus = 'imported' | 'duplicate' | 'failed'

export interface ImportResult {
  fileName: string
  status: ImportStatus
  documentId: string | null
  title: string | null
  /** One line saying what happened, e.g. why a file failed. */
  message: string
  warnings: string[]
}

export interface ImportReport {
  /** False when the analyst closed the file dialog without choosing. */
  chosen: boolean
  results: ImportResult[]
}

export const ipcContract = {
  getLibraryInfo: channel<typeof noArguments, LibraryInfo>('getLibraryInfo', noArguments),
  listDocuments: channel<typeof noArguments, ParleyDocument[]>('listDocuments', noArguments),
  getDocument: channel<z.ZodObject<{ id: typeof documentIdSchema }>, DocumentWithText>(
    'getDocument',
    z.object({ id: documentIdSchema }).strict(),
  ),
  importFromDialog: channel<typeof noArguments, ImportReport>('importFromDialog', noArguments),
} satisfies { [M in IpcMethod]: ChannelDefinition<z.ZodType, unknown> }

export type IpcContract = typeof ipcContract
export type { IpcMethod }
export type IpcArgs<M extends IpcMethod> = z.input<IpcContract[M]['args']>
export type IpcValidArgs<M extends IpcMethod> = z.output<IpcContract[M]['args']>
export type IpcResultOf<M extends IpcMethod> = NonNullable<IpcContract[M]['result']>

/** What the preload puts on `window.parley`: one method per channel, nothing else. */
export type ParleyApi = {
  [M in IpcMethod]: (args: IpcArgs<M>) => Promise<IpcResult<IpcResultOf<M>>>
}
