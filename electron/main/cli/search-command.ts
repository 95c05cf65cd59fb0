import { ParleyError } from '../../../shared/ipc/errors'
import type { LibraryStore } from '../services/store/library-store'
import { LibrarySearch } from '../services/library-search/library-search'
import type { CliArguments } from './parse-arguments'
import { countOf } from '../../../shared/text/plural'

/** `search <query> [--json] [--limit N]`: the same index and ranking as the app's search. */
export async function runSearchCommand(args: CliArguments, store: LibraryStore, out: (line: string) => void): Promise<number> {
  const limit = Number(args.options.limit ?? 10)
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new ParleyError('invalid-arguments', '--limit is a whole number from 1 to 200.')
  const search = await LibrarySearch.open(store)
  try {
    await search.ready
    const result = await search.search(args.operands.join(' '), { limit, offset: 0, prefixLast: false })
    if (args.json) {
      out(JSON.stringify(result, null, 2))
      return 0
    }
    for (const hit of result.hits) {
      out(`${hit.kind.padEnd(10)} ${hit.title}${hit.subtitle ? `  (${hit.subtitle})` : ''}`)
      out(`           ${hit.snippet.text.replace(/\s+/g, ' ')}`)
      out(`           id ${hit.documentId ?? hit.id}`)
    }
    out(`${countOf(result.total, 'result')} in ${result.took.toFixed(1)} ms`)
    return 0
  } finally {
    await search.close()
  }
}
