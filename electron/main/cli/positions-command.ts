import { ParleyError } from '../../../shared/ipc/errors'
import type { LibraryStore } from '../services/store/library-store'
import { PositionService } from '../services/positions/position-service'
import type { CliArguments } from './parse-arguments'

const noFilters = { from: null, to: null, outlets: [], minReliability: null, maxCredibility: null, tagIds: [] }

/** `positions [--issue ID] [--json]`: the matrix with the claim ids behind every cell. */
export async function runPositionsCommand(args: CliArguments, store: LibraryStore, out: (line: string) => void): Promise<number> {
  const view = await new PositionService(store).fullMatrix(noFilters)
  const wanted = args.options.issue
  if (wanted && !view.issues.some((i) => i.id === wanted)) throw new ParleyError('not-found', `No issue with id ${wanted}.`)
  const issues = view.issues.filter((i) => !wanted || i.id === wanted)
  const rows = issues.flatMap((issue) =>
    view.parties.flatMap((party) => {
      const cell = view.cells[`${issue.id}|${party.id}`]
      return cell ? [{ ...cell, issue: issue.title, party: party.name }] : []
    }),
  )
  if (args.json) {
    out(JSON.stringify(rows, null, 2))
    return 0
  }
  for (const issue of issues) {
    out(`${issue.title}  (${issue.id})`)
    const cells = rows.filter((r) => r.issueId === issue.id)
    if (cells.length === 0) out('  no claims')
    for (const cell of cells) {
      out(`  ${cell.party.padEnd(24)} ${cell.stance.padEnd(12)}${cell.shifted ? ' shifted' : ''}  ${cell.claimCount} claims, ${cell.independentOutlets} independent  claims: ${cell.claimIds.join(', ')}`)
    }
  }
  return 0
}
