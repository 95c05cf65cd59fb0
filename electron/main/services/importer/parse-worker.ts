import { parentPort } from 'node:worker_threads'
import { ParleyError } from '../../../../shared/ipc/errors'
import { parseByExtension } from './format-table'
import { ignoreLateRejections } from './late-rejections'
import { findAttributions } from '../../../../shared/attribution/find-attributions'
import type { PlacedBlock } from '../../../../shared/domain/content'

// Worker thread entry: parses untrusted files, and finds attributed statements in documents'
// text, off the main process's event loop. A message with task "attributions" is the latter.

ignoreLateRejections()

type ParseMessage = { id: number; task?: undefined; extension: string; bytes: Uint8Array; fileName: string }
type AttributionMessage = { id: number; task: 'attributions'; text: string; blocks: PlacedBlock[] }

parentPort!.on('message', async (message: ParseMessage | AttributionMessage) => {
  if (message.task === 'attributions') {
    try {
      parentPort!.postMessage({ id: message.id, ok: true, value: findAttributions(message.text, message.blocks) })
    } catch (error) {
      parentPort!.postMessage({ id: message.id, ok: false, error: { code: 'invalid-arguments', message: `Claims could not be proposed (${(error as Error)?.message ?? String(error)}).` } })
    }
    return
  }
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
