import { parentPort } from 'node:worker_threads'
import { ParleyError } from '../../../../shared/ipc/errors'
import { parseByExtension } from './format-table'
import { ignoreLateRejections } from './late-rejections'

// Worker thread entry: parses untrusted files off the main process's event loop.

ignoreLateRejections()

parentPort!.on('message', async (message: { id: number; extension: string; bytes: Uint8Array; fileName: string }) => {
  try {
    const value = await parseByExtension(message.extension, message.bytes, message.fileName)
    parentPort!.postMessage({ id: message.id, ok: true, value })
  } catch (error) {
    const failure =
      error instanceof ParleyError
        ? error.toIpcError()
        : { code: 'import-failed', message: `${message.fileName}: could not be read (${(error as Error)?.message ?? String(error)}).` }
    parentPort!.postMessage({ id: message.id, ok: false, error: failure })
  }
})
