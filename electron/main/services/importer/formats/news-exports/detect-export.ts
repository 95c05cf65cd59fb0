import type { SplitExport } from './export-article'
import { isNexisClassic, splitNexisClassic } from './nexis-classic'
import { isNexisUni, splitNexisUni } from './nexis-uni'

/**
 * Which export a text is, by its structure alone: Nexis's "N of M DOCUMENTS" separators with
 * labelled fields under them, or Nexis Uni's "End of Document" markers after an article's
 * "Length:" and "Body". A file name never decides, and a story that only mentions such words in
 * its sentences is not an export. Null for anything else.
 *
 * `wrapped`: the lines are hard-wrapped (.txt), so a paragraph is a run of lines.
 */
export function splitExportLines(lines: readonly string[], wrapped: boolean): SplitExport | null {
  if (isNexisClassic(lines)) return splitNexisClassic(lines, wrapped)
  if (isNexisUni(lines)) return splitNexisUni(lines)
  return null
}
