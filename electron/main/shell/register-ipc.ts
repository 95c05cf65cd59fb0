import { ipcMain } from 'electron'
import { ipcChannels } from '../../../shared/ipc/channels'
import type { IpcDispatcher } from '../services/ipc/dispatch'

/** Registers every contract channel with Electron, all through the one validating dispatcher. */
export function registerIpc(dispatch: IpcDispatcher): void {
  for (const channel of Object.values(ipcChannels)) {
    ipcMain.handle(channel, (event, args: unknown) => dispatch(channel, event.senderFrame?.url, args))
  }
}
