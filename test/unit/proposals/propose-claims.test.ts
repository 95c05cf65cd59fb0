import { describe, expect, it } from 'vitest'
import type { AttributedStatement } from '../../../shared/attribution/types'
import type { Annotation, Claim } from '../../../shared/domain/annotation'
import type { Issue, Party, Source } from '../../../shared/domain/registries'
import { ClaimProposer, leanOnRecord, proposalsToReview } from '../../../shared/proposals/propose-claims'
import { proposeStance } from '../../../shared/proposals/propose-stance'
import { StanceRecord } from '../../../shared/proposals/stance-record'
import { proposalKey } from '../../../shared/proposals/proposal-key'
import { readsAsEnglish } from '../../../shared/proposals/language'

const party = (id: string, name: string, aliases: string[] = []): Party => ({ id, name, aliases, color: '#1c7ed6' })
const parties = [party('tr', 'Turkey'), party('ru', 'Russia', ['Kremlin']), party('opp', 'Syrian opposition', ['HNC']), party('un', 'United Nations', ['UN']), party('gov', 'Syrian government', ['Damascus'])]
const sources: Source[] = [
  { id: 'erdogan', name: 'Recep Tayyip Erdogan', aliases: ['Erdogan', 'Turkish President'], kind: 'person', partyIds: ['tr'], reliability: 'B' },
  { id: 'kremlin', name: 'Kremlin', aliases: ['the Kremlin'], kind: 'organisation', partyIds: ['ru'], reliability: 'B' },
]
const issues: Issue[] = [
  { id: 'sochi', title: 'Sochi congress', description: '', keywords: ['Sochi', 'congress', 'national dialogue'] },
  { id: 'kurds', title: 'Kurdish participation', description: '', keywords: ['Kurdish', 'YPG', 'PYD'] },
]
const statement = (over: Partial<AttributedStatement>): AttributedStatement => ({
  kind: 'indirect',
  content: { start: 0, end: 10, text: 'the congress would go ahead' },
  cue: { start: 0, end: 4, text: 'said' },
  source: { start: 0, end: 5, text: 'Erdogan' },
  speaker: 'Recep Tayyip Erdogan',
  role: null,
  confidence: 0.8,
  ...over,
})
const propose = (over: Partial<AttributedStatement>) => new ClaimProposer({ sources, parties, issues }).propose('doc', [statement(over)])[0]!

describe('claim proposals', () => {
  it('matches the source by name, alias or a surname only one source carries, tolerant of spelling', () => {
    expect(propose({ speaker: 'Recep Tayyip Erdogan' }).sourceId).toBe('erdogan')
    expect(propose({ speaker: 'Erdoğan', source: { start: 0, end: 7, text: 'Erdoğan' } }).sourceId).toBe('erdogan')
    expect(propose({ speaker: 'the Kremlin', source: { start: 0, end: 11, text: 'the Kremlin' } }).sourceId).toBe('kremlin')
    const matched = propose({ speaker: 'Recep Tayyip Erdogan' })
    expect(matched.partyIds).toEqual(['tr'])
    expect(matched.newSource).toBeNull()
  })

  it('proposes a new source with its role, and a party from the role phrase', () => {
    const p = propose({ speaker: 'Hulusi Akar', role: 'Turkish Defence Minister', source: { start: 0, end: 11, text: 'Hulusi Akar' } })
    expect(p.sourceId).toBeNull()
    expect(p.newSource).toEqual({ name: 'Hulusi Akar', role: 'Turkish Defence Minister', kind: 'person' })
    expect(p.partyIds).toEqual(['tr'])
    expect(propose({ speaker: 'Nasr al-Hariri', role: 'opposition negotiator', source: null }).partyIds).toEqual(['opp'])
    expect(propose({ speaker: 'Russian Foreign Ministry', role: null, source: null }).newSource?.kind).toBe('organisation')
    expect(propose({ speaker: 'Mystery Person', role: 'a local farmer', source: null }).partyIds).toEqual([])
  })

  it('proposes the issue from its keywords, or none when the words do not say', () => {
    expect(propose({ content: { start: 0, end: 10, text: 'the YPG would never be welcome at the table' } }).issueId).toBe('kurds')
    expect(propose({ content: { start: 0, end: 10, text: 'the national dialogue should go ahead' } }).issueId).toBe('sochi')
    expect(propose({ content: { start: 0, end: 10, text: 'prices had risen sharply this winter' } }).issueId).toBeNull()
  })

  it('reads a name in an issue title as one phrase: "the United States" is not any "state"', () => {
    const matcher = new ClaimProposer({ sources, parties, issues: [
      { id: 'entry-ban', title: 'Temporarily banning Syrians from entering the United States', description: '', keywords: ['entry ban'] },
      { id: 'energy', title: 'Curbing fossil fuels', description: '', keywords: ['fracking', 'coal'] },
    ] })
    const about = (text: string) => matcher.propose('doc', [statement({ content: { start: 0, end: 10, text } })])[0]!.issueId
    expect(about('a state law banning fracking is hurting the economy')).toBe('energy')
    expect(about('Syrians entering the United States would face no ban')).toBe('entry-ban')
  })

  it('reads no names in a title in Title Case, and keeps "of" inside a name', () => {
    const matcher = new ClaimProposer({ sources, parties, issues: [
      { id: 'iran', title: 'Iran Nuclear Deal', description: '', keywords: [] },
      { id: 'rates', title: 'Interest rate decisions of the Bank of England', description: '', keywords: [] },
    ] })
    const about = (text: string) => matcher.propose('doc', [statement({ content: { start: 0, end: 10, text } })])[0]!.issueId
    expect(about('the nuclear agreement with Iran would hold')).toBe('iran')
    expect(about('the Bank of England should wait')).toBe('rates')
  })

  it('takes how it was reported from the kind of statement', () => {
    expect(propose({ kind: 'direct' }).reporting).toBe('direct-quote')
    expect(propose({ kind: 'speech-block' }).reporting).toBe('direct-quote')
    expect(propose({ kind: 'indirect' }).reporting).toBe('paraphrase')
    expect(propose({ kind: 'belief' }).reporting).toBe('third-party')
  })

  it('keeps a proposal key across re-reads (offsets, spacing and quote styles aside)', () => {
    expect(proposalKey('“We will not attend,”  he said', 'direct')).toBe(proposalKey('"We will not attend," he said', 'direct'))
    expect(proposalKey('We will attend', 'direct')).not.toBe(proposalKey('We will not attend', 'direct'))
  })

  it('gives the same words said twice in one document two keys, and the same words by two speakers two keys', () => {
    const proposer = new ClaimProposer({ sources, parties, issues })
    const same = statement({ content: { start: 0, end: 10, text: 'the talks will go on' } })
    const [first, second, other] = proposer.propose('doc', [same, { ...same, content: { ...same.content, start: 50, end: 60 } }, { ...same, speaker: 'Hassan Rouhani' }])
    expect(new Set([first!.key, second!.key, other!.key]).size).toBe(3)
    expect(proposer.propose('doc', [same])[0]!.key).toBe(first!.key)
  })

  it('leaves out dismissed proposals and those already made claims', () => {
    const a = propose({ content: { start: 0, end: 20, text: 'the congress would go ahead' } })
    const b = propose({ content: { start: 40, end: 60, text: 'the YPG would never be invited' } })
    const claim = { kind: 'claim', anchorStatus: 'anchored', target: { position: { start: 42, end: 58 } } } as unknown as Annotation
    expect(proposalsToReview([a, b], new Set(), [])).toHaveLength(2)
    expect(proposalsToReview([a, b], new Set([a.key]), [])).toEqual([b])
    expect(proposalsToReview([a, b], new Set(), [claim])).toEqual([a])
  })
})

describe('stance', () => {
  it.each([
    ['welcomed', 'the decision to hold the congress', 'supports'],
    ['said', 'Ankara would back the plan', 'supports'],
    ['said', 'Ankara would not back the plan', 'opposes'],
    ['rejected', 'any role for the militia', 'opposes'],
    ['said', 'the opposition would attend only if Assad steps down', 'conditional'],
    ['said', 'they were concerned the congress could sideline Geneva', 'wary'],
    ['said', 'the meeting will take place on 29 January', 'neutral'],
    ['asked', 'what would the talks change for us?', 'unclear'],
    ['warned', 'such a congress would be unacceptable', 'opposes'],
    ['warned', 'the congress could sideline Geneva', 'wary'],
    ['added', 'Their departure? Not negotiable.', 'supports'],
    ['said', 'there was no need for a congress', 'opposes'],
    ['rebuked', 'the ministry for the plan', 'opposes'],
    ['hailed', 'the ceasefire', 'supports'],
  ] as const)('%s "%s" → %s', (cue, content, stance) => {
    expect(proposeStance(cue, content).stance).toBe(stance)
  })
})

describe('stance toward an issue phrased as an action against something', () => {
  const title = 'Banning the militia from the talks'
  const keywords = ['militia', 'fighters']
  it('praise of the thing opposes the ban; the ban itself, said plainly, supports it', () => {
    expect(proposeStance('said', 'the militia has been a positive force and must be at the table', 0, title, keywords).stance).toBe('opposes')
    expect(proposeStance('said', 'we will ban the militia from the talks', 0, title, keywords).stance).toBe('supports')
  })
  it('an issue named for the thing itself keeps the words\' direction', () => {
    expect(proposeStance('said', 'Turkey would never accept the militia at the table', 0, 'Kurdish participation', ['Kurdish', 'militia']).stance).toBe('opposes')
    expect(proposeStance('said', 'the congress is a good step toward peace', 0, 'Sochi congress', ['congress']).stance).toBe('supports')
  })
})

describe('stance: refusals and repeals the plain rules missed', () => {
  it('a denied modal after a topic word refuses ("Russia would not pay for the congress")', () => {
    expect(proposeStance('said', 'Russia would not pay for the congress', 0, 'Sochi congress (hosted and paid for by Russia)', ['congress', 'Russia']).stance).toBe('opposes')
  })
  it('"won\'t" is a denied aim ("they won\'t consider a UN nominee")', () => {
    expect(proposeStance('insisted', "they won't consider a UN nominee for the monitoring mission", 0, 'UN monitoring mission', ['UN nominee', 'monitoring mission']).stance).toBe('opposes')
  })
  it('an against-action counts across "much of the" ("repeal much of the Astana memorandum")', () => {
    expect(proposeStance('declared that', 'he plans to repeal much of the Astana memorandum', 0, 'De-escalation zones (Astana memorandum)', ['Astana memorandum']).stance).toBe('opposes')
  })
  it('an action that opens the statement is aimed at its first topic ("oppose cutting off federal funds for the clinics" supports them)', () => {
    expect(proposeStance('oppose', 'cutting off federal funds for the clinics in Idlib', 0, 'Clinics in Idlib', ['clinics']).stance).toBe('supports')
    expect(proposeStance('support', 'cutting off federal funds for the clinics in Idlib', 0, 'Clinics in Idlib', ['clinics']).stance).toBe('opposes')
    // The cue may sit inside the words ("Residents oppose cutting …"): it counts once, on the action after it.
    expect(proposeStance('oppose', 'Residents overwhelmingly oppose cutting off federal funds for the clinics in Idlib', 0, 'Clinics in Idlib', ['clinics']).stance).toBe('supports')
    // An action on something else ("barring people") is not aimed at the topic after it.
    expect(proposeStance('said', 'he would meet the council to talk about barring people who are on the terrorism watch list from the clinics', 0, 'Clinics in Idlib', ['clinics', 'watch list']).stance).not.toBe('opposes')
    // Not across a clause: there the action belongs to something else.
    expect(proposeStance('oppose', 'cutting the talks short, while the new clinics in Idlib stay open', 0, 'Clinics in Idlib', ['clinics']).stance).not.toBe('supports')
  })
  it('a stance verb is about the object it opens with, however many other topics follow ("called for a special envoy to investigate …")', () => {
    const title = "Treating the regime's chemical attacks as crimes that warrant investigation"
    const keywords = ['chemical attacks', 'chemical weapons', 'special envoy', 'investigation', 'regime']
    expect(proposeStance('called for', "a special envoy to look into the regime's use of chemical weapons and the regime's chemical attacks on Douma", 0, title, keywords).stance).toBe('supports')
    expect(proposeStance('rejected', "a special envoy to look into the regime's use of chemical weapons and the regime's chemical attacks on Douma", 0, title, keywords).stance).toBe('opposes')
  })
  it('a boon is praise and lay-offs are harm', () => {
    expect(proposeStance('said', 'the truce has been a boon to the villages', 0, 'Ending the truce in Eastern Ghouta', ['truce']).stance).toBe('opposes')
    expect(proposeStance('said', 'the sanctions will force the factories to lay off workers', 0, 'Sanctions on Syria', ['sanctions']).stance).toBe('opposes')
  })
})

describe("stance from the party's record", () => {
  const claim = (partyIds: string[], stance: Claim['stance'], issueId = 'sochi') => ({ issueId, partyIds, stance })
  it('leans the way most of the parties\' claims on the issue go; a tie or another issue says nothing', () => {
    const record = new StanceRecord([claim(['ru'], 'opposes'), claim(['ru'], 'opposes'), claim(['ru'], 'supports'), claim(['ru'], 'unclear'), claim(['tr'], 'supports'), claim(['tr'], 'opposes'), claim(['ru'], 'supports', 'kurds')])
    expect(record.leaning('sochi', ['ru'])).toEqual({ stance: 'opposes', by: 'party', agreeing: 2, of: 3 })
    expect(record.leaning('sochi', ['tr'])).toBeNull()
    expect(record.leaning('sochi', ['ru', 'tr'])).toEqual({ stance: 'opposes', by: 'party', agreeing: 3, of: 5 })
    expect(record.leaning('kurds', ['tr'])).toBeNull()
    expect(record.leaning('sochi', [])).toBeNull()
  })

  it("puts the speaker's own record before its party's", () => {
    const record = new StanceRecord([{ ...claim(['tr'], 'supports'), sourceId: 'erdogan' }, claim(['tr'], 'opposes'), claim(['tr'], 'opposes'), claim(['tr'], 'opposes')])
    expect(record.leaning('sochi', ['tr'], 'erdogan')).toEqual({ stance: 'supports', by: 'source', agreeing: 1, of: 1 })
    expect(record.leaning('sochi', ['tr'], 'someone-else')).toEqual({ stance: 'opposes', by: 'party', agreeing: 3, of: 4 })
  })

  it('settles only what the words leave open, and says so', () => {
    const record = new StanceRecord([claim(['tr'], 'opposes'), claim(['tr'], 'opposes')])
    const proposer = new ClaimProposer({ sources, parties, issues })
    const fromWords = proposer.propose('doc', [statement({ content: { start: 0, end: 10, text: 'the congress will meet in Sochi on 29 January' } })])[0]!
    expect(fromWords).toMatchObject({ stance: 'supports', stanceSure: false, stanceRecord: null })
    expect(leanOnRecord(fromWords, record)).toMatchObject({ stance: 'opposes', stanceRecord: { stance: 'opposes', by: 'party', agreeing: 2, of: 2 } })
    const plain = proposer.propose('doc', [statement({ cue: { start: 0, end: 8, text: 'welcomed' }, content: { start: 0, end: 10, text: 'the decision to hold the congress' } })])[0]!
    expect(leanOnRecord(plain, record)).toMatchObject({ stance: 'supports', stanceSure: true, stanceRecord: null })
  })

  it('counts a claim for two parties once', () => {
    const record = new StanceRecord([claim(['tr', 'ru'], 'opposes'), claim(['tr', 'ru'], 'opposes'), claim(['ru'], 'supports')])
    expect(record.leaning('sochi', ['tr', 'ru'])).toEqual({ stance: 'opposes', by: 'party', agreeing: 2, of: 3 })
  })
})

describe('language', () => {
  it('proposes only in English text, trusting a declared language first', () => {
    expect(readsAsEnglish('The Kremlin said on Monday that the talks in Geneva would go ahead as planned, and that the congress was set.', null)).toBe(true)
    expect(readsAsEnglish('Le Kremlin a déclaré lundi que les pourparlers de Genève auraient lieu comme prévu et que le congrès se tiendrait à Sotchi en janvier prochain.', null)).toBe(false)
    expect(readsAsEnglish('Anything at all', 'fr')).toBe(false)
    expect(readsAsEnglish('Anything at all', 'en-GB')).toBe(true)
  })
})

describe('a large registry', () => {
  it('still finds the right source among thousands, and keeps unknown speakers new', () => {
    const many: Source[] = Array.from({ length: 5000 }, (_, i) => ({ id: `s${i}`, name: `Delegate ${i} Surname${i}`, aliases: [`Surname${i}`], kind: 'person', partyIds: ['opp'], reliability: 'C' }))
    const proposer = new ClaimProposer({ sources: [...many, ...sources], parties, issues })
    const statements = Array.from({ length: 200 }, (_, i) => statement({ speaker: i % 2 ? 'Recep Tayyip Erdogan' : `Someone Unlisted${i}`, source: null }))
    const proposals = proposer.propose('doc', statements)
    expect(proposals.filter((p) => p.sourceId === 'erdogan')).toHaveLength(100)
    expect(proposals.filter((p) => p.newSource !== null)).toHaveLength(100)
    expect(proposer.propose('doc', [statement({ speaker: 'Surname4321', source: null })])[0]!.sourceId).toBe('s4321')
    // 100 different unknown names each searched in 10,000 names and aliases: seconds on a cold CI machine.
  }, 30_000)
})
