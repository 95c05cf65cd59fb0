import { readFile } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { AnnotationExportFormat } from '../../../shared/ipc/contract'
import { importQdpx } from '../services/annotations/qdpx-import'
import { createWorkerParserRunner } from '../services/importer/parser-runner'
import { ParleyError } from '../../../shared/ipc/errors'
import type { LibraryStore } from '../services/store/library-store'
import { AnnotationTransfer } from '../services/annotations/annotation-transfer'
import { UndoHistory } from '../services/annotations/undo-history'
import { writeFileDurable } from '../services/store/durable-write'
import type { CliArguments } from './parse-arguments'

type Print = (line: string) => void

const FORMATS: Record<string, AnnotationExportFormat> = { w3c: 'w3c', csv: 'csv', qdpx: 'qdpx', md: 'md', 'hypothesis-compatible': 'hypothesis', hypothesis: 'hypothesis' }

/**
 * `annotations export --format w3c|hypothesis-compatible|csv|md|qdpx [--document ID] [--out FILE]`
 * (also `export --format …`), and `annotations import FILE` (also `import-annotations FILE`):
 * Parley, W3C, Recogito or Hypothesis JSON, or a REFI-QDA project (.qdpx).
 */
export async function runAnnotationCommand(args: CliArguments, store: LibraryStore, out: Print, parseWorkerFile: string | URL): Promise<number> {
  const [action, file] = args.operands
  const transfer = new AnnotationTransfer(store, new UndoHistory(store))
  if (action === 'export') {
    const format = FORMATS[args.options.format ?? 'w3c']
    if (!format) throw new ParleyError('invalid-arguments', `--format is w3c, hypothesis-compatible, csv, md or qdpx, not “${args.options.format}”.`)
    // A .qdpx is a zip: it goes to a file, never to the terminal.
    if (format === 'qdpx' && !args.options.out) throw new ParleyError('invalid-arguments', 'A REFI-QDA project is a zip file: name it with --out FILE.qdpx.')
    if (args.options.document) store.getDocument(args.options.document)
    const exported = await transfer.export(format, args.options.document ?? null)
    if (args.options.out) {
      await writeFileDurable(args.options.out, exported.content)
      const claimsOnly = format === 'csv' || (format === 'md' && !args.options.document)
      out(args.json ? JSON.stringify({ path: args.options.out, count: exported.count }) : `Exported ${exported.count} ${claimsOnly ? 'claims' : 'annotations'} to ${args.options.out}`)
    } else {
      out(typeof exported.content === 'string' ? exported.content.replace(/^\uFEFF/, '') : '')
    }
    return 0
  }
  if (action === 'import') {
    if (!file) throw new ParleyError('invalid-arguments', 'Importing annotations needs a file: JSON (Parley, W3C, Recogito, Hypothesis) or a .qdpx project.')
    const bytes = await readFile(file).catch(() => {
      throw new ParleyError('import-failed', `File not found: ${file}`)
    })
    let result
    if (extname(file).toLowerCase() === '.qdpx') {
      const parser = createWorkerParserRunner(parseWorkerFile)
      result = await importQdpx(new Uint8Array(bytes), basename(file), { store, parser, transfer }).finally(() => parser.close())
    } else {
      result = await transfer.import(bytes.toString('utf8'), basename(file))
    }
    if (args.json) out(JSON.stringify(result, null, 2))
    else {
      const created = Object.entries(result.created).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${kind}`)
      if (result.documents) out(`Imported ${result.documents.imported} documents (${result.documents.reused} already in the library).`)
      out(`Placed ${result.imported} annotations${result.needsReview ? ` (${result.needsReview} to review)` : ''}${created.length ? `; created ${created.join(', ')}` : ''}.`)
      for (const missed of result.notPlaced) out(`unplaced  ${missed.label}: ${missed.reason}`)
      for (const skipped of result.skipped) out(`skipped   ${skipped.id}: ${skipped.reason}`)
      for (const problem of result.problems) out(`problem   ${problem}`)
    }
    return result.problems.length > 0 || result.notPlaced.length > 0 ? 1 : 0
  }
  throw new ParleyError('invalid-arguments', 'Use “annotations export” or “annotations import FILE”.')
}
