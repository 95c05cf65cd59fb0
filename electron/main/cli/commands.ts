import { LibraryStore } from '../services/store/library-store'
import { importFiles } from '../services/importer/import-files'
import { collectImport } from '../services/importer/collect-files'
import type { ImportResult } from '../../../shared/ipc/contract'
import { basename } from 'node:path'
import { createWorkerParserRunner } from '../services/importer/parser-runner'
import { ParleyError } from '../../../shared/ipc/errors'
import type { ParleyDocument } from '../../../shared/domain/document'
import type { CliArguments } from './parse-arguments'
import { runAnnotationCommand } from './annotation-commands'
import { runSearchCommand } from './search-command'
import { runPositionsCommand } from './positions-command'
import { runReparseCommand } from './reparse-command'
import { runReportCommand } from './report-command'
import { proposeForImported, runSuggestCommand } from './suggest-command'
import { importedDocumentIds } from '../services/proposals/imported-documents'
import { countOf } from '../../../shared/text/plural'
import { describeFindings } from '../../../shared/import/describe-findings'

export const usage = `Usage: npm run cli -- <command> [options]

Commands:
  import <paths...>   Import articles: .html, .pdf, .docx, .rtf, .txt, .md files (news-database
                      exports split into their articles), and folders of them
  list                List the library's documents
  show <id>           Show one document's metadata and text (an id or a unique prefix of one);
                      with --json also its blocks (kind, text, removed, speaker)
  reparse <id...> | --all
                      Re-read documents from their kept originals with this version's importer;
                      annotations are placed again
  export --format w3c|hypothesis-compatible|csv|md|qdpx [--document ID] [--out FILE]
                      Export annotations (also "annotations export"); md without --document
                      is the library's claims, qdpx needs --out
  suggest <id...> | --all
                      Find who said what and print the claims Parley proposes (speaker, source,
                      parties, issue, stance, how reported, confidence); with --json one array
                      whose offsets are into each document's reading text
  search <query>      Search the library (typos welcome; "phrases", -word, party:, outlet:, …)
                      --limit N (default 10)
  positions           The issue x party matrix with the claim ids behind each cell
                      [--issue ID] [--json]
  import-annotations <file>
                      Import annotations (also "annotations import"): Parley, W3C, Recogito or
                      Hypothesis JSON, or a REFI-QDA project (.qdpx); each finds its document by
                      id, hash, DOI, URL, title or quote; the unplaced are listed with why
  export report --out FILE [--format pdf|html|md] [--issue ID ...] [--party ID ...]
                      The report as the app saves it, from the library's saved report choices;
                      the format follows FILE's extension unless given. PDFs are printed with
                      the Chromium at CHROMIUM_PATH, else one in the usual install places

Options:
  --json              Print results as JSON
  --library DIR       Use the library in DIR (default: PARLEY_LIBRARY, then the app's library)
  --open-anyway       Open a library another running Parley holds. Both would write to it and
                      each could undo the other's changes: use it only when that Parley is gone
  --help              Show this help
`

type Print = (line: string) => void

const pad = (value: string, width: number) => (value.length > width ? value.slice(0, width - 1) + '…' : value.padEnd(width))

function findDocument(store: LibraryStore, idOrPrefix: string): ParleyDocument {
  const exact = store.listDocuments().find((d) => d.id === idOrPrefix)
  if (exact) return exact
  const matches = idOrPrefix.length >= 4 ? store.listDocuments().filter((d) => d.id.startsWith(idOrPrefix)) : []
  if (matches.length === 1) return matches[0]!
  if (matches.length > 1) throw new ParleyError('invalid-arguments', `“${idOrPrefix}” matches ${matches.length} documents; give more of the id.`)
  throw new ParleyError('not-found', `No document with id ${idOrPrefix} in ${store.location}.`)
}

/** Runs one command against the library; returns the exit code. */
export async function runCommand(args: CliArguments, libraryDir: string, parseWorkerFile: string | URL, out: Print, err: Print): Promise<number> {
  if (!['import', 'list', 'show', 'reparse', 'annotations', 'import-annotations', 'search', 'positions', 'export', 'suggest'].includes(args.command ?? '')) {
    throw new ParleyError('invalid-arguments', `Unknown command “${args.command}”. Commands: import, list, show, reparse, suggest, search, positions, annotations, import-annotations, export.`)
  }
  if (args.command === 'search' && args.operands.length === 0) throw new ParleyError('invalid-arguments', 'search needs a query.')
  if (args.command === 'import' && args.operands.length === 0) throw new ParleyError('invalid-arguments', 'import needs at least one file or folder.')
  if (args.command === 'show' && args.operands.length !== 1) throw new ParleyError('invalid-arguments', 'show needs exactly one document id.')

  const store = await LibraryStore.open(libraryDir, { takeOverLock: args.openAnyway })
  try {
    for (const notice of store.notices) err(`parley: ${notice.title}. ${notice.message}`)
    if (args.command === 'annotations') return await runAnnotationCommand(args, store, out, parseWorkerFile)
    if (args.command === 'import-annotations') return await runAnnotationCommand({ ...args, operands: ['import', ...args.operands] }, store, out, parseWorkerFile)
    // `export report …` saves the report; `export --format …` the annotations.
    if (args.command === 'export' && args.operands[0] !== 'report') return await runAnnotationCommand({ ...args, operands: ['export', ...args.operands] }, store, out, parseWorkerFile)
    if (args.command === 'search') return await runSearchCommand(args, store, out)
    if (args.command === 'positions') return await runPositionsCommand(args, store, out)
    if (args.command === 'export') return await runReportCommand(args, store, out, err)
    if (args.command === 'suggest') return await runSuggestCommand(args, store, (id) => findDocument(store, id), parseWorkerFile, out, err)
    if (args.command === 'reparse') return await runReparseCommand(args, store, (id) => findDocument(store, id), parseWorkerFile, out)
    switch (args.command) {
      case 'import': {
        const parser = createWorkerParserRunner(parseWorkerFile)
        const collected = await collectImport(args.operands)
        const results = [
          ...collected.emptyFolders.map((f): ImportResult => ({ fileName: basename(f.path), status: 'failed', documentId: null, title: null, message: f.message, warnings: [] })),
          ...(await importFiles(collected.files, { store, parser }).finally(() => parser.close())),
        ]
        // As in the app, claims are proposed for what was imported.
        await proposeForImported(store, results.flatMap(importedDocumentIds), parseWorkerFile)
        if (args.json) out(JSON.stringify(results, null, 2))
        else {
          for (const r of results) {
            out(`${pad(r.status, 9)} ${r.fileName}${r.documentId ? `  ${r.documentId}` : ''}  ${r.message}`)
            if (r.found) out(`          found: ${describeFindings(r.found)}`)
            for (const warning of r.warnings) out(`          warning: ${warning}`)
          }
        }
        return results.some((r) => r.status === 'failed') ? 1 : 0
      }
      case 'list': {
        const documents = store.listDocuments()
        if (args.json) out(JSON.stringify(documents, null, 2))
        else {
          out(`${pad('ID', 36)}  ${pad('DATE', 10)}  ${pad('OUTLET', 22)}  ${'WORDS'.padStart(6)}  TITLE`)
          for (const d of documents) {
            out(`${pad(d.id, 36)}  ${pad(d.publishedAt?.slice(0, 10) ?? '-', 10)}  ${pad(d.outlet ?? '-', 22)}  ${String(d.wordCount).padStart(6)}  ${d.title}`)
          }
          out(`${countOf(documents.length, 'document')} in ${store.location}`)
        }
        return 0
      }
      default: {
        const document = findDocument(store, args.operands[0]!)
        const text = await store.readText(document)
        if (args.json) out(JSON.stringify({ document, text, blocks: await store.readBlocks(document) }, null, 2))
        else {
          out(document.title)
          out([document.outlet, document.byline, document.publishedAt].filter(Boolean).join(' · ') || '(no outlet, author or date)')
          out(`${document.wordCount} words · ${document.format} · id ${document.id}`)
          out('')
          out(text)
        }
        return 0
      }
    }
  } finally {
    await store.close()
  }
}
