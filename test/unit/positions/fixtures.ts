import type { Claim } from '../../../shared/domain/annotation'
import type { ParleyDocument } from '../../../shared/domain/document'
import type { Issue, Party, Source } from '../../../shared/domain/registries'

const hash = 'cd'.repeat(32)

export const parties: Party[] = [
  { id: 'party-russia', name: 'Russia', color: '#c92a2a', aliases: ['Moscow', 'Kremlin'] },
  { id: 'party-turkey', name: 'Turkey', color: '#e8590c', aliases: ['Ankara'] },
  { id: 'party-opposition', name: 'Syrian opposition', color: '#2f9e44', aliases: ['HNC', 'Syrian Negotiation Commission'] },
  { id: 'party-un', name: 'UN', color: '#1c7ed6', aliases: ['United Nations'] },
]

export const issues: Issue[] = [
  { id: 'issue-sochi', title: 'Sochi congress', description: 'The Syrian National Dialogue Congress Russia proposed to hold in Sochi.' },
  { id: 'issue-kurds', title: 'Kurdish participation', description: 'Whether the PYD/YPG take part in the talks.' },
]

export const sources: Source[] = [
  { id: 'src-putin', name: 'Vladimir Putin', aliases: ['Putin'], kind: 'person', partyIds: ['party-russia'], reliability: 'B' },
  { id: 'src-erdogan', name: 'Recep Tayyip Erdogan', aliases: ['Erdogan'], kind: 'person', partyIds: ['party-turkey'], reliability: 'C' },
  { id: 'src-hariri', name: 'Nasr al-Hariri', aliases: ['Hariri'], kind: 'person', partyIds: ['party-opposition'], reliability: 'D' },
  { id: 'src-demistura', name: 'Staffan de Mistura', aliases: ['de Mistura'], kind: 'person', partyIds: ['party-un'], reliability: 'A' },
  { id: 'src-unnamed', name: 'unnamed diplomat', aliases: [], kind: 'person', partyIds: [], reliability: 'F' },
]

export function doc(id: string, outlet: string | null, publishedAt: string | null, sameStoryAs: string[] = []): ParleyDocument {
  return {
    id, title: `Article ${id}`, outlet, byline: null, publishedAt, language: 'en', format: 'html', wordCount: 700,
    textHash: hash, original: { name: `${id}.html`, extension: 'html', sizeBytes: 30000 },
    importedAt: '2018-01-10T09:00:00.000Z', sameStoryAs,
  }
}

export const documents: ParleyDocument[] = [
  doc('doc-reuters-sochi', 'Reuters', '2017-11-22', ['doc-guardian-sochi']),
  doc('doc-guardian-sochi', 'The Guardian', '2017-11-22', ['doc-reuters-sochi']),
  doc('doc-aa-erdogan', 'Anadolu Agency', '2017-11-23'),
  doc('doc-aljazeera-riyadh', 'Al Jazeera', '2017-11-24T18:30:00Z'),
  doc('doc-tass-jan', 'TASS', '2018-01-29'),
  doc('doc-dailysabah-jan', 'Daily Sabah', '2018-01-25'),
  doc('doc-undated', null, null),
]

let counter = 0
export function claim(fields: Partial<Claim> & Pick<Claim, 'sourceId' | 'partyIds' | 'issueId' | 'stance'> & { documentId?: string; id?: string }): Claim {
  const { documentId = 'doc-reuters-sochi', id = `claim-${++counter}`, ...rest } = fields
  return {
    id, kind: 'claim',
    target: {
      documentId, textHash: hash,
      quote: { type: 'TextQuoteSelector', exact: 'We will do everything to make the congress a success', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 52 },
    },
    color: '#c92a2a', note: '', tagIds: [], anchorStatus: 'anchored',
    createdAt: '2018-01-10T09:00:00.000Z', updatedAt: '2018-01-10T09:00:00.000Z',
    reporting: 'direct-quote', statementDate: null, credibility: 2, statementId: null,
    ...rest,
  }
}

export const input = (claims: Claim[], docs: ParleyDocument[] = documents) => ({ claims, documents: docs, sources, parties, issues })
