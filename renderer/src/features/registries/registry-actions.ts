import { notifications } from '@mantine/notifications'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'
import { announceLibraryChange } from '../../app/library-changes'
import type { IpcArgs, IpcMethod, IpcResultOf } from '../../../../shared/ipc/contract'

/**
 * Runs a registry change in main, tells every view, and reports a failure (such as a name that
 * is taken) as a notification; resolves null on failure.
 */
export async function changeRegistry<M extends IpcMethod>(method: M, args: IpcArgs<M>, failureTitle: string): Promise<IpcResultOf<M> | null> {
  try {
    const result = await callParley(method, args)
    announceLibraryChange({ registries: true, all: method === 'mergeRegistryEntries' || method === 'deleteRegistryEntry' })
    return result
  } catch (error) {
    notifications.show({ color: 'red', title: failureTitle, message: toParleyIpcError(error).message, autoClose: 8000 })
    return null
  }
}
