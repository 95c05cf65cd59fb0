import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import { ParleyError } from '../../../../shared/ipc/errors'
import type { ImportBatch } from '../../../../shared/ipc/contract'

const MAX_OPEN_BATCHES = 20

/**
 * Files chosen in the system dialog, held in main so the renderer can import them one at a time
 * (for progress and cancelling) by index, without ever naming a path itself.
 */
export class ImportBatches {
  private readonly batches = new Map<string, string[]>()

  open(paths: string[]): ImportBatch {
    const batchId = randomUUID()
    this.batches.set(batchId, paths)
    // Old batches the renderer abandoned (a cancelled import) are forgotten.
    while (this.batches.size > MAX_OPEN_BATCHES) this.batches.delete(this.batches.keys().next().value!)
    return { batchId, files: paths.map((path, index) => ({ index, name: basename(path) })) }
  }

  path(batchId: string, index: number): string {
    const path = this.batches.get(batchId)?.[index]
    if (path === undefined) throw new ParleyError('not-found', 'That import batch is no longer open; choose the files again.')
    return path
  }
}
