import { readFile } from 'node:fs/promises'
import { ParleyError } from '../../../shared/ipc/errors'
import type { LibraryStore } from '../services/store/library-store'
import { AnnotationTransfer } from '../services/annotations/annotation-transfer'
import { UndoHistory } from '../services/annotations/undo-history'
import { writeFileDurable } from '../services/store/durable-write'
import type { CliArguments } from './parse-arguments'

type Print = (line: string) => void

/** `annotations export --format w3c|csv|qdpx [--document ID] [--out FILE]` and `annotations import FILE`. */
export async function runAnnotationCommand(args: CliArguments, store: LibraryStore, out: Print): Promise<number> {
  const [action, file] = args.operands
  const transfer = new AnnotationTransfer(store, new UndoHistory(store))
  if (action === 'export') {
    const format = args.options.format ?? 'w3c'
    if (format !== 'w3c' && format !== 'csv' && format !== 'qdpx') throw new ParleyError('invalid-arguments', `--format is w3c, csv or qdpx, not “${format}”.`)
    // A .qdpx is a zip: it goes to a file, never to the terminal.
    if (format === 'qdpx' && !args.options.out) throw new ParleyError('invalid-arguments', 'A REFI-QDA project is a zip file: name it with --out FILE.qdpx.')
    if (args.options.document) store.getDocument(args.options.document)
    const exported = await transfer.export(format, args.options.document ?? null)
    if (args.options.out) {
      await writeFileDurable(args.options.out, exported.content)
      out(args.json ? JSON.stringify({ path: args.options.out, count: exported.count }) : `Exported ${exported.count} ${format === 'csv' ? 'claims' : 'annotations'} to ${args.options.out}`)
    } else {
      out(typeof exported.content === 'string' ? exported.content.replace(/^\uFEFF/, '') : '')
    }
    return 0
  }
  if (action === 'import') {
    if (!file) throw new ParleyError('invalid-arguments', 'annotations import needs a JSON-LD file.')
    const content = await readFile(file, 'utf8').catch(() => {
      throw new ParleyError('import-failed', `File not found: ${file}`)
    })
    const result = await transfer.import(content)
    if (args.json) out(JSON.stringify(result, null, 2))
    else {
      const created = Object.entries(result.created).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${kind}`)
      out(`Imported ${result.imported} annotations${created.length ? `; created ${created.join(', ')}` : ''}.`)
      for (const skipped of result.skipped) out(`skipped   ${skipped.id}: ${skipped.reason}`)
      for (const problem of result.problems) out(`problem   ${problem}`)
    }
    return result.problems.length > 0 ? 1 : 0
  }
  throw new ParleyError('invalid-arguments', 'Use “annotations export” or “annotations import FILE”.')
}
