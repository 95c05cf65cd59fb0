import { ParleyError } from '../../../shared/ipc/errors'
import type { ParleyDocument } from '../../../shared/domain/document'
import type { ClaimProposal } from '../../../shared/proposals/types'
import { countOf } from '../../../shared/text/plural'
import { UndoHistory } from '../services/annotations/undo-history'
import { createWorkerAttributionRunner } from '../services/proposals/attribution-runner'
import { ProposalFiles } from '../services/proposals/proposal-files'
import { ProposalService } from '../services/proposals/proposal-service'
import type { LibraryStore } from '../services/store/library-store'
import type { CliArguments } from './parse-arguments'

type Print = (line: string) => void

/** One proposal as the CLI prints it: offsets are into the document's reading text. */
function asJson(p: ClaimProposal, status: 'waiting' | 'dismissed' | 'claimed') {
  return {
    documentId: p.documentId,
    key: p.key,
    status,
    kind: p.kind,
    content: p.content,
    cue: p.cue,
    source: p.source,
    speaker: p.speaker,
    role: p.role,
    sourceId: p.sourceId,
    newSource: p.newSource?.name ?? null,
    partyIds: p.partyIds,
    issueId: p.issueId,
    stance: p.stance,
    /** Set when the stance follows the source's (or its party's) record on the issue: whose, and how many of its claims agree. */
    stanceRecord: p.stanceRecord,
    reporting: p.reporting,
    confidence: p.confidence,
  }
}

/**
 * `suggest <id …> | --all [--json]`: finds the attributed statements and prints the claims Parley
 * proposes, with their status (waiting, dismissed, or already a claim). Same service as the app.
 */
export async function runSuggestCommand(args: CliArguments, store: LibraryStore, findDocument: (idOrPrefix: string) => ParleyDocument, parseWorkerFile: string | URL, out: Print, err: Print): Promise<number> {
  if (args.all === (args.operands.length > 0)) throw new ParleyError('invalid-arguments', 'suggest needs document ids, or --all.')
  const documents = args.all ? [...store.listDocuments()] : args.operands.map(findDocument)
  const files = new ProposalFiles(store.paths)
  const runner = createWorkerAttributionRunner(parseWorkerFile)
  const service = new ProposalService(store, files, runner, new UndoHistory(store, files))
  const proposer = service.proposer()
  const printed: ReturnType<typeof asJson>[] = []
  let failed = 0
  try {
    for (const document of documents) {
      try {
        const file = await service.statementsFor(document)
        if (!file.english) err(`parley: ${document.id} “${document.title}”: not English; no claims proposed.`)
        const rows = (await service.allProposals(document, file, proposer)).map(({ proposal, status }) => asJson(proposal, status))
        printed.push(...rows)
        if (!args.json) {
          out(`${document.id}  “${document.title}”: ${countOf(rows.length, 'statement')}`)
          for (const r of rows) out(`  ${r.status.padEnd(9)} ${r.kind.padEnd(12)} ${(r.speaker ?? '?').slice(0, 28).padEnd(28)} ${r.stance.padEnd(11)} ${(r.issueId ?? '-').slice(0, 12).padEnd(12)} ${r.confidence.toFixed(2)}  ${r.content.text.replace(/\s+/g, ' ').slice(0, 90)}`)
        }
      } catch (error) {
        failed++
        err(`parley: ${document.id} “${document.title}”: ${(error as Error).message}`)
      }
    }
  } finally {
    await runner.close()
  }
  if (args.json) out(JSON.stringify(printed, null, 2))
  return failed > 0 ? 1 : 0
}

/** Finds the statements of freshly imported documents, so their proposals wait in the queue. */
export async function proposeForImported(store: LibraryStore, documentIds: readonly string[], parseWorkerFile: string | URL): Promise<void> {
  if (documentIds.length === 0) return
  const files = new ProposalFiles(store.paths)
  const runner = createWorkerAttributionRunner(parseWorkerFile)
  try {
    await new ProposalService(store, files, runner, new UndoHistory(store, files)).suggest(documentIds, false)
  } finally {
    await runner.close()
  }
}
