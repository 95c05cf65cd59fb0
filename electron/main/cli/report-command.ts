import { extname, resolve } from 'node:path'
import { ParleyError } from '../../../shared/ipc/errors'
import { reportFormatSchema, type ReportFormat } from '../../../shared/ipc/report-contract'
import type { LibraryStore } from '../services/store/library-store'
import { ChromiumPdfPrinter, findChromium } from '../services/report/chromium-pdf-printer'
import { exportReport } from '../services/report/report-exporter'
import { ReportOptionsStore } from '../services/report/report-options-store'
import type { CliArguments } from './parse-arguments'

const formatByExtension: Record<string, ReportFormat> = { '.pdf': 'pdf', '.html': 'html', '.htm': 'html', '.md': 'md' }

/**
 * `export report --out FILE [--format pdf|html|md] [--issue ID ...] [--party ID ...]`: the report
 * as the app would save it, from the library's saved builder choices; --issue and --party
 * replace the scope's issues and parties.
 */
export async function runReportCommand(args: CliArguments, store: LibraryStore, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  if (args.operands[0] !== 'report') throw new ParleyError('invalid-arguments', 'Usage: export report --out FILE [--format pdf|html|md] [--issue ID ...] [--party ID ...]')
  const outPath = args.options.out
  if (!outPath) throw new ParleyError('invalid-arguments', 'export report needs --out FILE.')
  const format = parseFormat(args.options.format ?? formatByExtension[extname(outPath).toLowerCase()] ?? 'pdf')
  const issueIds = args.lists.issue ?? []
  const partyIds = args.lists.party ?? []
  const data = store.data
  const unknown = (kind: string, ids: string[], known: { id: string }[]) => ids.filter((id) => !known.some((k) => k.id === id)).map((id) => `${kind} ${id}`)
  const missing = [...unknown('issue', issueIds, data.issues), ...unknown('party', partyIds, data.parties)]
  if (missing.length > 0) throw new ParleyError('not-found', `No ${missing.join(', ')} in this library.`)

  const saved = await new ReportOptionsStore(store.paths).load()
  const options = {
    ...saved,
    scope: { ...saved.scope, issueIds: issueIds.length > 0 ? issueIds : saved.scope.issueIds, partyIds: partyIds.length > 0 ? partyIds : saved.scope.partyIds },
  }
  // Find Chromium first, so a machine without one fails before any work, naming CHROMIUM_PATH.
  const printer = format === 'pdf' ? new ChromiumPdfPrinter(findChromium()) : null
  const path = resolve(outPath)
  let lastStage = ''
  const { bytes } = await exportReport(store, printer, {
    options,
    format,
    path,
    onProgress: (stage, _fraction, message) => {
      if (stage !== lastStage && stage !== 'done') err(`parley: ${message}`)
      lastStage = stage
    },
  })
  if (args.json) out(JSON.stringify({ path, format, bytes }))
  else out(`Saved the report to ${path} (${format.toUpperCase()}, ${bytes.toLocaleString('en')} bytes)`)
  return 0
}

function parseFormat(value: string): ReportFormat {
  const parsed = reportFormatSchema.safeParse(value)
  if (!parsed.success) throw new ParleyError('invalid-arguments', `Unknown report format “${value}”: use pdf, html or md.`)
  return parsed.data
}
