// npm run bench:qdpx-import [FILE.qdpx | DIR ...] — imports REFI-QDA projects that other packages
// wrote (NVivo, ATLAS.ti, MAXQDA, QualCoder …) each into an empty library, and reports how many
// of their coded selections were placed on their words, placed for review, or not placed. Real
// projects are not kept in the repository: give their paths. Without any, it says so and exits 0.
import { existsSync, statSync } from 'node:fs'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import JSZip from 'jszip'
import { AnnotationTransfer } from '../../electron/main/services/annotations/annotation-transfer'
import { importQdpx } from '../../electron/main/services/annotations/qdpx-import'
import { UndoHistory } from '../../electron/main/services/annotations/undo-history'
import { inProcessParserRunner } from '../../electron/main/services/importer/parser-runner'
import { LibraryStore } from '../../electron/main/services/store/library-store'
import { printReport, type BenchRow } from './bench-report'

async function projectFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = []
  for (const path of paths) {
    if (!existsSync(path)) continue
    if (statSync(path).isDirectory()) files.push(...(await readdir(path)).filter((f) => f.toLowerCase().endsWith('.qdpx')).map((f) => join(path, f)))
    else files.push(path)
  }
  return files
}

async function main() {
  const files = await projectFiles(process.argv.slice(2))
  if (files.length === 0) {
    console.log('No REFI-QDA project given (npm run bench:qdpx-import FILE.qdpx|DIR …): nothing to measure.')
    return
  }
  const rows: BenchRow[] = []
  const figures: Record<string, unknown>[] = []
  for (const file of files) {
    const dir = await mkdtemp(join(tmpdir(), 'parley-bench-qdpx-'))
    try {
      const bytes = new Uint8Array(await readFile(file))
      const qde = await (await JSZip.loadAsync(bytes)).file('project.qde')?.async('string')
      const origin = /\borigin="([^"]*)"/.exec(qde ?? '')?.[1] ?? 'unknown'
      const selections = (qde?.match(/<PlainTextSelection\b/g) ?? []).length
      const store = await LibraryStore.open(join(dir, 'library'))
      const started = performance.now()
      const result = await importQdpx(bytes, basename(file), { store, parser: inProcessParserRunner, transfer: new AnnotationTransfer(store, new UndoHistory(store)) })
      const seconds = (performance.now() - started) / 1000
      const placed = [...(await store.annotations.loadAll()).values()].flat()
      const review = placed.filter((a) => a.anchorStatus === 'needs-review').length
      const exact = placed.length - review
      rows.push({ measure: `${basename(file)} (${origin}): selections / placed exactly / for review / not placed`, value: `${selections} / ${exact} / ${review} / ${selections - placed.length}` })
      rows.push({ measure: `${basename(file)}: documents, import time`, value: `${result.documents?.imported ?? 0} imported, ${seconds.toFixed(2)} s` })
      figures.push({ file: basename(file), origin, selections, placedExactly: exact, needsReview: review, notPlaced: selections - placed.length, problems: result.problems.length, seconds: Number(seconds.toFixed(2)) })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
  printReport('REFI-QDA projects from other packages, each imported into an empty library', rows, { projects: figures })
}

void main()
