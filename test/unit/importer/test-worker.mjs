// A worker for the WorkerPool tests: answers after `delayMs`, fails or crashes on request.
import { parentPort } from 'node:worker_threads'

parentPort.on('message', (message) => {
  if (message.action === 'crash') process.exit(3)
  if (message.action === 'spin') for (;;);
  setTimeout(() => {
    if (message.action === 'fail') parentPort.postMessage({ id: message.id, ok: false, error: { code: 'import-failed', message: 'refused' } })
    else parentPort.postMessage({ id: message.id, ok: true, value: `done ${message.value}` })
  }, message.delayMs ?? 0)
})
