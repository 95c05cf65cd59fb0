import { ParleyError } from '../../../shared/ipc/errors'
import type { LibraryStore } from '../services/store/library-store'
import { createWorkerParserRunner } from '../services/importer/parser-runner'
import { reparseAndReanchor } from '../services/importer/reparse'
import { AnnotationService } from '../services/annotations/annotation-service'
import { UndoHistory } from '../services/annotations/undo-history'
import type { ParleyDocument } from '../../../shared/domain/document'
import type { ReparseSummary } from '../../../shared/ipc/contract'
import type { CliArguments } from './parse-arguments'

type Print = (line: string) => void

/**
 * `reparse <id …> | --all`: re-reads documents from their kept originals with today's importer.
 * One line per document; a document that cannot be re-read is reported and the others go on.
 */
export async function runReparseCommand(args: CliArguments, store: LibraryStore, findDocument: (idOrPrefix: string) => ParleyDocument, parseWorkerFile: string | URL, out: Print): Promise<number> {
  if (args.all === (args.operands.length > 0)) throw new ParleyError('invalid-arguments', 'reparse needs document ids, or --all.')
  const documents = args.all ? [...store.listDocuments()] : args.operands.map(findDocument)
  const parser = createWorkerParserRunner(parseWorkerFile)
  const annotations = new AnnotationService(store, new UndoHistory(store))
  const results: Array<ReparseSummary | { documentId: string; title: string; error: string }> = []
  try {
    for (const document of documents) {
      try {
        const summary = await reparseAndReanchor(document.id, { store, parser }, (id) => annotations.list(id))
        results.push(summary)
        if (!args.json) out(describe(summary))
      } catch (error) {
        const message = error instanceof ParleyError ? error.message : `could not be re-read (${(error as Error).message})`
        results.push({ documentId: document.id, title: document.title, error: message })
        if (!args.json) out(`failed    ${document.id}  ${message}`)
      }
    }
  } finally {
    await parser.close()
  }
  if (args.json) out(JSON.stringify(results, null, 2))
  return results.some((r) => 'error' in r) ? 1 : 0
}

function describe(s: ReparseSummary): string {
  const what = s.blocksChanged ? `${s.paragraphs} paragraphs, ${s.speechBlocks} speech, ${s.removedBlocks} removed` : 'unchanged'
  const filled = s.filled.length > 0 ? `; filled ${s.filled.join(', ')}` : ''
  const { anchored, needsReview, orphaned } = s.annotations
  return `reparsed  ${s.documentId}  ${what}${filled}; annotations ${anchored} placed, ${needsReview} to review, ${orphaned} unanchored  “${s.title}”`
}
