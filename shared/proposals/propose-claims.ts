import type { Annotation, Claim } from '../domain/annotation'
import type { Issue, Party, Source } from '../domain/registries'
import type { AttributedStatement, AttributionKind } from '../attribution/types'
import { IssueMatcher } from './match-issue'
import { partiesFromPhrase } from './match-party'
import { SourceMatcher, sourceKindOf } from './match-source'
import { proposalKey } from './proposal-key'
import { proposeStance } from './propose-stance'
import { sentimentOf } from './sentiment'
import type { StanceRecord } from './stance-record'
import type { ClaimProposal } from './types'

export interface ProposalRegistries {
  sources: readonly Source[]
  parties: readonly Party[]
  issues: readonly Issue[]
}

const REPORTING_OF: Record<AttributionKind, Claim['reporting']> = {
  direct: 'direct-quote',
  'speech-block': 'direct-quote',
  indirect: 'paraphrase',
  'according-to': 'paraphrase',
  belief: 'third-party',
}

/**
 * Turns attributed statements into proposed claims with the library's registries: the source by
 * name and alias (or a new one from the speaker and role), the parties of that source (or from
 * the role phrase), the issue by keywords, the stance from cue and words, and how it was reported
 * from the kind. Matchers are built once per call, so one call should cover a batch.
 */
export class ClaimProposer {
  private readonly sources: SourceMatcher
  private readonly issues: IssueMatcher

  constructor(private readonly registries: ProposalRegistries) {
    this.sources = new SourceMatcher(registries.sources)
    this.issues = new IssueMatcher(registries.issues)
  }

  /**
   * `text` (the document's reading text) or each statement's stored `context` (its paragraph),
   * and the title, lend context to the issue match.
   */
  propose(documentId: string, statements: ReadonlyArray<AttributedStatement & { context?: string }>, text = '', title = ''): ClaimProposal[] {
    // Every role the document gives a speaker ("President" here, "Russian President" in a
    // transcript header there) can name the party.
    const roles = new Map<string, string[]>()
    for (const s of statements) if (s.speaker && s.role) roles.set(s.speaker, [...(roles.get(s.speaker) ?? []), s.role])
    const seen = new Map<string, number>()
    return statements.map(({ context, ...statement }) => {
      const proposal = this.proposeOne(documentId, statement, `${title}\n${context ?? paragraphAround(text, statement.content.start, statement.content.end)}`, statement.speaker ? (roles.get(statement.speaker) ?? []) : [])
      // The same words by the same speaker twice in one document: the second is its own proposal.
      const repeat = seen.get(proposal.key) ?? 0
      seen.set(proposal.key, repeat + 1)
      return repeat === 0 ? proposal : { ...proposal, key: proposalKey(statement.content.text, statement.kind, statement.speaker, repeat) }
    })
  }

  private proposeOne(documentId: string, statement: AttributedStatement, context: string, otherRoles: readonly string[]): ClaimProposal {
    const sourceId = this.sources.match([statement.speaker, statement.source?.text ?? null])
    const source = sourceId ? this.registries.sources.find((s) => s.id === sourceId) : undefined
    const speaker = statement.speaker
    const newSource = !source && speaker ? { name: speaker, role: statement.role, kind: sourceKindOf(speaker) } : null
    const partyIds = source ? [...source.partyIds] : partiesFromPhrase(this.registries.parties, [statement.role, ...otherRoles, speaker])
    const issueId = this.issues.match(`${statement.cue.text} ${statement.content.text}`, context)
    const issue = issueId ? this.registries.issues.find((i) => i.id === issueId) : undefined
    const { stance, sure } = proposeStance(statement.cue.text, statement.content.text, sentimentOf(statement.content.text), issue?.title ?? '', issue?.keywords ?? [])
    const confidence = statement.confidence * (source ? 1 : 0.9) * (issueId ? 1 : 0.85) * (sure ? 1 : 0.9)
    return {
      ...statement,
      key: proposalKey(statement.content.text, statement.kind, statement.speaker),
      documentId,
      sourceId: source?.id ?? null,
      newSource,
      partyIds,
      issueId,
      stance,
      stanceSure: sure,
      stanceRecord: null,
      reporting: REPORTING_OF[statement.kind],
      confidence: Math.round(confidence * 100) / 100,
    }
  }
}

/**
 * The proposal with its stance settled by the library's record where its words leave it open:
 * the stance most of the source's claims on the issue take, else its parties'. Proposals are
 * made from the words once and cached; the record, which changes with every accepted claim, is
 * applied each time they are listed.
 */
export function leanOnRecord(proposal: ClaimProposal, record: StanceRecord): ClaimProposal {
  if (proposal.stanceSure || !proposal.issueId) return proposal
  const leaning = record.leaning(proposal.issueId, proposal.partyIds, proposal.sourceId)
  return leaning ? { ...proposal, stance: leaning.stance, stanceRecord: leaning } : proposal
}

/** The paragraph holding a span (blocks are joined by blank lines), at most 2,000 characters. */
export function paragraphAround(text: string, start: number, end: number): string {
  if (!text) return ''
  const from = Math.max(0, text.lastIndexOf('\n\n', start) + 1, start - 1000)
  const next = text.indexOf('\n\n', end)
  const to = Math.min(next < 0 ? text.length : next, end + 1000)
  return text.slice(from, to)
}

/**
 * What the analyst still has to review: not dismissed, and not already a claim (a claim covering
 * most of the proposal's words means it was accepted or coded by hand).
 */
export function proposalsToReview(proposals: readonly ClaimProposal[], dismissedKeys: ReadonlySet<string>, annotations: readonly Annotation[]): ClaimProposal[] {
  const claims = annotations.filter((a) => a.kind === 'claim' && a.anchorStatus !== 'orphaned')
  return proposals.filter((p) => {
    if (dismissedKeys.has(p.key)) return false
    return !claims.some((c) => {
      const overlap = Math.min(c.target.position.end, p.content.end) - Math.max(c.target.position.start, p.content.start)
      return overlap > 0 && overlap >= 0.5 * (p.content.end - p.content.start)
    })
  })
}
