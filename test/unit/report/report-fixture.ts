import type { Annotation, Claim } from '../../../shared/domain/annotation'
import { composeText, type ContentBlock } from '../../../shared/domain/content'
import type { ParleyDocument } from '../../../shared/domain/document'
import type { Issue, Party, Source, Tag } from '../../../shared/domain/registries'
import { defaultReportOptions, type ReportOptions } from '../../../shared/report/report-options'
import type { ReportInput } from '../../../shared/report/report-model'

/**
 * A small library for report tests: a Reuters story, its reprint by the Gulf Observer (linked by
 * sameStoryAs), and a paged PDF statement. Annotation offsets are computed from the composed text,
 * so they are exactly what the reader would store.
 */

const hash = 'ab'.repeat(32)
const paragraph = (text: string, page: number | null = null): ContentBlock => ({ kind: 'paragraph', text, page, removed: null })

export const texts: Record<string, ContentBlock[]> = {
  'doc-reuters': [
    paragraph('SOCHI, Russia (Reuters) - Russian President Vladimir Putin hosted the leaders of Turkey and Iran on Wednesday and said the three countries would back a Syrian congress of national dialogue.'),
    paragraph('"We will do everything to make the congress a success," Putin told reporters after the talks.'),
    { kind: 'paragraph', text: "You've reached your limit of free articles. Subscribe now.", page: null, removed: { reason: 'paywall', by: 'importer' } },
    paragraph('A spokesman for the High Negotiations Committee said the opposition was wary of any forum that could replace the Geneva talks.'),
    paragraph('Syrian government officials welcomed the initiative and said Damascus would send a delegation.'),
  ],
  'doc-gulf': [
    paragraph('Russian President Vladimir Putin hosted the leaders of Turkey and Iran and said the three countries would back a Syrian congress of national dialogue.'),
    paragraph('Opposition figures said they feared the congress would distract from the UN-led process in Geneva.'),
  ],
  'doc-pdf': [
    { kind: 'heading', text: 'Joint statement', page: 1, removed: null },
    paragraph('The guarantor states agreed to convene the Syrian Congress of National Dialogue in Sochi on 29-30 January 2018.', 1),
    paragraph('The opposition delegation demanded that a constitutional committee be formed under UN auspices in Geneva.', 2),
    paragraph('Russia said the congress would launch work on a constitutional committee.', 2),
    paragraph('The opposition said it would attend the Sochi congress only if it were held under UN auspices.', 2),
  ],
}

function document(id: string, title: string, outlet: string | null, publishedAt: string | null, format: ParleyDocument['format'], sameStoryAs: string[] = []): ParleyDocument {
  return {
    id, title, outlet, byline: null, publishedAt, language: 'en', format, wordCount: 120, textHash: hash,
    original: { name: `${id}.${format}`, extension: format, sizeBytes: 4000 }, importedAt: '2018-01-05T09:00:00.000Z', sameStoryAs,
  }
}

export const documents: ParleyDocument[] = [
  document('doc-pdf', 'Joint statement on the Syrian congress', 'Astana Press Office', '2017-12-22', 'pdf'),
  document('doc-gulf', 'Putin backs Syrian congress (reprint)', 'Gulf Observer', '2017-11-23', 'html', ['doc-reuters']),
  document('doc-reuters', 'Putin hosts Erdogan and Rouhani, proposes Syrian congress', 'Reuters', '2017-11-22T10:30:00Z', 'html', ['doc-gulf']),
]

export const parties: Party[] = [
  { id: 'party-gov', name: 'Government of Syria', color: '#862e9c', aliases: ['Damascus'] },
  { id: 'party-hnc', name: 'High Negotiations Committee', color: '#2f9e44', aliases: ['HNC'] },
  { id: 'party-russia', name: 'Russia', color: '#c92a2a', aliases: ['Moscow'] },
]

export const sources: Source[] = [
  { id: 'src-putin', name: 'Vladimir Putin', aliases: ['Putin'], kind: 'person', partyIds: ['party-russia'], reliability: 'B' },
  { id: 'src-hnc', name: 'HNC spokesman', aliases: [], kind: 'person', partyIds: ['party-hnc'], reliability: 'C' },
  { id: 'src-damascus', name: 'Syrian government officials', aliases: [], kind: 'organisation', partyIds: ['party-gov'], reliability: 'D' },
  { id: 'src-astana', name: 'Astana joint statement', aliases: [], kind: 'document', partyIds: ['party-russia'], reliability: 'A' },
  { id: 'src-figures', name: 'opposition figures', aliases: [], kind: 'person', partyIds: ['party-hnc'], reliability: 'E' },
  { id: 'src-unused', name: 'Unused source', aliases: [], kind: 'person', partyIds: [], reliability: 'F' },
]

export const issues: Issue[] = [
  { id: 'issue-sochi', title: 'Sochi congress', description: 'The congress of national dialogue Russia proposed to hold in Sochi.' },
  { id: 'issue-constitution', title: 'Constitutional committee', description: '' },
]

export const tags: Tag[] = [
  { id: 'tag-summit', name: 'Summit', color: '#1c7ed6', parentId: null },
  { id: 'tag-geneva', name: 'Geneva track', color: '#f59f00', parentId: null },
]

/** The target of `quote` in a document's composed text (throws if the quote is not there). */
export function anchor(documentId: string, quote: string): Annotation['target'] {
  const text = composeText(texts[documentId]!).text
  const start = text.indexOf(quote)
  if (start < 0) throw new Error(`quote not in ${documentId}: ${quote}`)
  return {
    documentId, textHash: hash,
    quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + quote.length },
  }
}

const stamps = (createdAt: string) => ({ createdAt, updatedAt: createdAt, anchorStatus: 'anchored' as const })
// Spread, not written out, so the fixture typechecks whether or not Claim carries statementId.
const claimExtras = { statementId: null }

type ClaimFields = Pick<Claim, 'id' | 'sourceId' | 'partyIds' | 'issueId' | 'stance' | 'reporting' | 'statementDate' | 'credibility'> &
  Partial<Pick<Claim, 'note' | 'tagIds' | 'color' | 'anchorStatus' | 'createdAt'>> & { documentId: string; quote: string }

export function claim({ documentId, quote, ...fields }: ClaimFields): Claim {
  return { ...claimExtras, ...stamps('2018-01-06T10:00:00.000Z'), kind: 'claim', target: anchor(documentId, quote), color: '#c92a2a', note: '', tagIds: [], ...fields } as Claim
}

export const annotations: Annotation[] = [
  claim({ id: 'c-putin', documentId: 'doc-reuters', quote: 'We will do everything to make the congress a success', sourceId: 'src-putin', partyIds: ['party-russia'], issueId: 'issue-sochi', stance: 'supports', reporting: 'direct-quote', statementDate: '2017-11-22', credibility: 2, tagIds: ['tag-summit'], note: '**Key** line.\nSaid after the talks.' }),
  claim({ id: 'c-hnc-wary', documentId: 'doc-reuters', quote: 'the opposition was wary of any forum that could replace the Geneva talks', sourceId: 'src-hnc', partyIds: ['party-hnc'], issueId: 'issue-sochi', stance: 'wary', reporting: 'paraphrase', statementDate: null, credibility: 3, tagIds: ['tag-geneva'] }),
  claim({ id: 'c-gov', documentId: 'doc-reuters', quote: 'Damascus would send a delegation', sourceId: 'src-damascus', partyIds: ['party-gov'], issueId: 'issue-sochi', stance: 'supports', reporting: 'paraphrase', statementDate: '2017-11-22', credibility: 3, tagIds: ['tag-summit'] }),
  claim({ id: 'c-figures', documentId: 'doc-gulf', quote: 'they feared the congress would distract from the UN-led process in Geneva', sourceId: 'src-figures', partyIds: ['party-hnc'], issueId: 'issue-sochi', stance: 'opposes', reporting: 'third-party', statementDate: null, credibility: 4, tagIds: ['tag-geneva'] }),
  claim({ id: 'c-hnc-committee', documentId: 'doc-pdf', quote: 'demanded that a constitutional committee be formed under UN auspices in Geneva', sourceId: 'src-hnc', partyIds: ['party-hnc'], issueId: 'issue-constitution', stance: 'conditional', reporting: 'paraphrase', statementDate: '2017-12-21', credibility: 2, note: 'Geneva stays the venue.' }),
  claim({ id: 'c-astana-committee', documentId: 'doc-pdf', quote: 'the congress would launch work on a constitutional committee', sourceId: 'src-astana', partyIds: ['party-russia'], issueId: 'issue-constitution', stance: 'supports', reporting: 'paraphrase', statementDate: '2017-12-22', credibility: 1, tagIds: ['tag-summit'] }),
  claim({ id: 'c-hnc-attend', documentId: 'doc-pdf', quote: 'it would attend the Sochi congress only if it were held under UN auspices', sourceId: 'src-hnc', partyIds: ['party-hnc'], issueId: 'issue-sochi', stance: 'conditional', reporting: 'paraphrase', statementDate: '2017-12-22', credibility: 3 }),
  {
    id: 'h-overlap', kind: 'highlight', ...stamps('2018-01-07T10:00:00.000Z'), color: '#f59f00', tagIds: [], note: 'Compare with the Kremlin readout.',
    target: anchor('doc-reuters', 'make the congress a success," Putin told reporters'),
  },
  {
    id: 'n-first-mention', kind: 'note', ...stamps('2018-01-06T09:00:00.000Z'), color: '#1c7ed6', tagIds: ['tag-summit'],
    note: 'First mention of the *congress*.\n\n- check TASS\n- check Anadolu',
    target: anchor('doc-reuters', 'the three countries would back a Syrian congress'),
  },
  {
    id: 'h-orphan', kind: 'highlight', ...stamps('2018-01-06T11:00:00.000Z'), anchorStatus: 'orphaned', color: '#2f9e44', tagIds: [], note: 'Lost in the new version.',
    target: { documentId: 'doc-gulf', textHash: hash, quote: { type: 'TextQuoteSelector', exact: 'a sentence the outlet later removed', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 10 } },
  },
]

export const GENERATED_AT = '2018-01-08T12:00:00.000Z'

export function reportInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return { documents, texts, annotations, sources, parties, issues, tags, generatedAt: GENERATED_AT, ...overrides }
}

/** Default options with some fields replaced; `scope` and `sections` merge into the defaults. */
export function reportOptions(
  overrides: Partial<Omit<ReportOptions, 'scope' | 'sections'>> & { scope?: Partial<ReportOptions['scope']>; sections?: Partial<ReportOptions['sections']> } = {},
): ReportOptions {
  const base = defaultReportOptions('2018-01-08')
  const { scope, sections, ...rest } = overrides
  return { ...base, title: 'Sochi congress: positions', ...rest, scope: { ...base.scope, ...scope }, sections: { ...base.sections, ...sections } }
}
