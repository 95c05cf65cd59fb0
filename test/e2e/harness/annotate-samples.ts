import type { HandlerTable } from '../../../electron/main/services/ipc/handler-table'
import type { LibraryStore } from '../../../electron/main/services/store/library-store'

type Stance = 'supports' | 'opposes' | 'conditional' | 'wary' | 'neutral' | 'unclear'

/**
 * The sample library as an analyst would leave it after a morning's work: parties, sources,
 * issues, a tag, claims on both issues, a highlight and notes (one with hostile markup, as
 * notes quoting web pages do). Everything goes through the handlers the renderer calls.
 */
export async function annotateSamples(handlers: HandlerTable, store: LibraryStore) {
  const documents = store.listDocuments()
  const byFile = (name: string) => documents.find((d) => d.original.name === name)!
  const span = async (file: string, phrase: string) => {
    const documentId = byFile(file).id
    const { text } = await handlers.getDocument({ id: documentId })
    const start = text.indexOf(phrase)
    if (start < 0) throw new Error(`“${phrase}” is not in ${file}`)
    return { documentId, start, end: start + phrase.length }
  }
  const russia = await handlers.saveParty({ id: null, name: 'Russia', color: '#c92a2a', aliases: ['Moscow', 'Kremlin'] })
  const opposition = await handlers.saveParty({ id: null, name: 'Syrian opposition', color: '#2f9e44', aliases: ['HNC'] })
  const turkey = await handlers.saveParty({ id: null, name: 'Turkey', color: '#e8590c', aliases: ['Ankara'] })
  const un = await handlers.saveParty({ id: null, name: 'United Nations', color: '#1971c2', aliases: ['UN'] })
  const putin = await handlers.saveSource({ id: null, name: 'Vladimir Putin', aliases: ['Putin'], kind: 'person', partyIds: [russia.id], reliability: 'B' })
  const hariri = await handlers.saveSource({ id: null, name: 'Nasr al-Hariri', aliases: [], kind: 'person', partyIds: [opposition.id], reliability: 'C' })
  const cavusoglu = await handlers.saveSource({ id: null, name: 'Mevlut Cavusoglu', aliases: ['Cavusoglu'], kind: 'person', partyIds: [turkey.id], reliability: 'B' })
  const deMistura = await handlers.saveSource({ id: null, name: 'Staffan de Mistura', aliases: ['de Mistura'], kind: 'person', partyIds: [un.id], reliability: 'A' })
  const sochi = await handlers.saveIssue({ id: null, title: 'Sochi congress', description: 'The Syrian Congress of National Dialogue Russia proposed to host.' })
  const kurds = await handlers.saveIssue({ id: null, title: 'Kurdish participation', description: 'Whether the PYD/YPG take part.' })
  const followUp = await handlers.saveTag({ id: null, name: 'Follow up', color: '#f59f00', parentId: null })

  const claim = async (file: string, phrase: string, fields: { sourceId: string; partyIds: string[]; issueId: string; stance: Stance; statementDate: string; credibility: number; note?: string; reporting?: 'direct-quote' | 'paraphrase' | 'third-party' }) =>
    handlers.createAnnotation({
      ...(await span(file, phrase)),
      kind: 'claim',
      color: '#ffd43b',
      note: fields.note ?? '',
      tagIds: [],
      claim: { sourceId: fields.sourceId, partyIds: fields.partyIds, issueId: fields.issueId, stance: fields.stance, reporting: fields.reporting ?? 'direct-quote', statementDate: fields.statementDate, credibility: fields.credibility },
    })
  const wire = '01-sochi-summit-wire.txt'
  const broadcast = '02-broadcast-transcript.txt'
  const ledger = '03-opposition-wary-of-sochi.md'
  const anatolia = '04-turkey-kurdish-participation.md'
  const claims = {
    putinWire: await claim(wire, 'We have agreed to support the holding of a congress of national dialogue', { sourceId: putin.id, partyIds: [russia.id], issueId: sochi.id, stance: 'supports', statementDate: '2017-11-22', credibility: 2, note: 'Putin frames the congress as **complementary** to Geneva.' }),
    putinBroadcast: await claim(broadcast, 'We agreed to support the convening of a congress of national dialogue', { sourceId: putin.id, partyIds: [russia.id], issueId: sochi.id, stance: 'supports', statementDate: '2017-11-22', credibility: 2 }),
    hariri: await claim(ledger, 'Geneva is the only framework we recognise', { sourceId: hariri.id, partyIds: [opposition.id], issueId: sochi.id, stance: 'opposes', statementDate: '2017-11-24', credibility: 2, note: 'Riyadh II line: <script>alert("x")</script> & no Sochi.' }),
    deMistura: await claim(broadcast, 'We take note of the Sochi initiative', { sourceId: deMistura.id, partyIds: [un.id], issueId: sochi.id, stance: 'wary', statementDate: '2017-11-22', credibility: 2 }),
    cavusoglu: await claim(anatolia, 'We will not sit at the same table with a terrorist organisation', { sourceId: cavusoglu.id, partyIds: [turkey.id], issueId: kurds.id, stance: 'opposes', statementDate: '2017-11-29', credibility: 1, note: 'Red line on PYD/YPG.' }),
  }
  const highlight = await handlers.createAnnotation({ ...(await span(ledger, 'President Bashar al-Assad must leave power')), kind: 'highlight', color: '#74c0fc', note: '', tagIds: [followUp.id], claim: null })
  const note = await handlers.createAnnotation({ ...(await span(anatolia, 'Russian officials have at times suggested that Kurds should be represented')), kind: 'note', color: '#b2f2bb', note: 'Who would represent them? Compare with the SDF statement.', tagIds: [], claim: null })
  return { parties: { russia, opposition, turkey, un }, sources: { putin, hariri, cavusoglu, deMistura }, issues: { sochi, kurds }, tags: { followUp }, claims, highlight, note }
}
