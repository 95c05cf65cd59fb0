import { readFile } from 'node:fs/promises'
import { parseReportOptions, type ReportOptions } from '../../../../shared/report/report-options'
import { writeFileDurable } from '../store/durable-write'
import type { LibraryPaths } from '../store/library-paths'

const today = (now: Date) => now.toISOString().slice(0, 10)

/**
 * The report builder's choices, one small file per library. A file from another version, or a
 * damaged one, keeps whatever fields are still valid and takes defaults for the rest.
 */
export class ReportOptionsStore {
  constructor(
    private readonly paths: LibraryPaths,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async load(): Promise<ReportOptions> {
    const raw = await readFile(this.paths.reportOptionsFile, 'utf8').catch(() => null)
    let json: unknown = null
    try {
      json = raw === null ? null : JSON.parse(raw)
    } catch {
      json = null
    }
    return parseReportOptions(json, today(this.now()))
  }

  async save(options: ReportOptions): Promise<ReportOptions> {
    await writeFileDurable(this.paths.reportOptionsFile, JSON.stringify(options, null, 2))
    return options
  }
}
