import { describe, expect, it } from 'vitest'
import { findAttributions } from '../../../shared/attribution/find-attributions'

// Sentences written for these tests, in shapes that real wire copy uses and the finder once missed.
const said = (text: string) => findAttributions(text).find((s) => s.cue.text === 'said')

describe('speakers the tagger or the sentence shape hides', () => {
  it('reads a surname that is also a common word as a name before "said"', () => {
    const s = said('Cook said the envoy stopped the practice, but Cook did not say when.')
    expect(s).toMatchObject({ speaker: 'Cook', kind: 'indirect' })
    expect(s!.content.text).toMatch(/^the envoy stopped the practice/)
  })

  it('takes the statement around a cue set off by commas, even when a verb follows the cue', () => {
    const s = said('A ceasefire, she said, would make the talks in Astana easier to hold.')
    expect(s).toMatchObject({ source: { text: 'she' } })
    expect(s!.content.text).toContain('would make the talks in Astana easier')
  })

  it('skips a party-and-state parenthesis after the name', () => {
    const s = said('Sen. Jane Roe (D-MA) said the sanctions bill was a failure.')
    expect(s).toMatchObject({ speaker: 'Jane Roe', source: { text: 'Sen. Jane Roe' } })
    expect(s!.content.text).toBe('the sanctions bill was a failure')
  })

  it('keeps the scene out of the speaker: "at the convention Sen. Jane Roe said"', () => {
    expect(said('Saturday at the convention Sen. Jane Roe said the plan was dead.')).toMatchObject({ speaker: 'Jane Roe' })
  })

  it('finds the subject across an adverb and a first verb: "X later tweeted … and said"', () => {
    const s = said('Fields later tweeted a photograph of the crowd and said she had been pushed backward.')
    expect(s).toMatchObject({ speaker: 'Fields' })
    expect(s!.content.text).toBe('she had been pushed backward')
  })

  it('reads "but said" after a refusal, and an opening phrase of time before the subject', () => {
    expect(said('The spokesman refused to answer questions on the summit but said there was no meeting planned.')).toMatchObject({ source: { text: 'The spokesman' } })
    expect(said('A few minutes later they reversed themselves and said they would register the delegates.')).toMatchObject({ source: { text: 'they' } })
  })

  it('takes the statement after a cue with a long circumstance naming an outlet', () => {
    const s = said('Ginsburg said in an interview with The Associated Press last week that she would not comment.')
    expect(s).toMatchObject({ speaker: 'Ginsburg' })
    expect(s!.content.text).toBe('that she would not comment')
  })

  it('reads a quote introduced by a colon as the quote alone', () => {
    const s = said('In her speech, Rhimes named the need for resolve: “Change the world and then change it again,” she said.')
    expect(s!.content.text).toBe('“Change the world and then change it again,”')
  })

  it('reads a capitalised name right after the cue as a name, not a verb: "The Times said Cook provided …"', () => {
    expect(said('The Times said Cook provided a written statement about the emails.')!.content.text).toBe('Cook provided a written statement about the emails')
  })

  it('never takes a quote closed by a full stop in the sentence before as the next cue\'s words', () => {
    const found = findAttributions('He called the plan “a surrender to the militias.” He says the envoys will meet again in Geneva.')
    expect(found.find((s) => s.cue.text === 'says')!.content.text).toBe('the envoys will meet again in Geneva')
  })

  it('ends the statement at the writer\'s ", X said", and gives ", adding that …" to that speaker', () => {
    const found = findAttributions('The minister intends to visit Damascus this month, Mr. Peskov said, adding that a date would follow.')
    expect(said('The minister intends to visit Damascus this month, Mr. Peskov said, adding that a date would follow.')).toMatchObject({ speaker: 'Peskov', content: { text: 'The minister intends to visit Damascus this month' } })
    expect(found.find((s) => s.cue.text === 'adding')).toMatchObject({ speaker: 'Peskov', content: { text: 'that a date would follow' } })
  })

  it('reads a statement that opens after "says,"', () => {
    expect(findAttributions('The envoy says, win or lose in Sochi, the talks will go on.')[0]!.content.text).toMatch(/^win or lose in Sochi/)
  })

  it('reads a role set off by dashes, and "Name, a role who …, said"', () => {
    expect(findAttributions('Jason Sims — a teacher from Mount Pleasant — says he changed his vote.')[0]).toMatchObject({ source: { text: 'Jason Sims' }, content: { text: 'he changed his vote' } })
    const s = said('Gov. John Roe of Ohio, a Republican who has refused to endorse the plan, said the family deserved better.')
    expect(s!.source!.text).toMatch(/John Roe/)
    expect(s!.content.text).toBe('the family deserved better')
  })

  it('keeps a sentence whole across an abbreviation in brackets: "Sen. Jane Roe (I-Vt.) said"', () => {
    expect(said('Sen. Jane Roe (I-Vt.) said she will release the records.')).toMatchObject({ speaker: 'Jane Roe', content: { text: 'she will release the records' } })
  })
})

describe('evidence and reports that close a sentence', () => {
  const cue = (text: string, word: string) => findAttributions(text).find((s) => s.cue.text === word)

  it('reads "records show" and "polls show" without "that", whatever the tagger made of "show"', () => {
    expect(cue('Ministry records from the 2016 budget cycle show he approved both convoys.', 'show')).toMatchObject({ source: { text: 'Ministry records from the 2016 budget cycle' }, content: { text: 'he approved both convoys' } })
    expect(cue('Early polls show voters in the north rejecting the plan.', 'show')!.content.text).toBe('voters in the north rejecting the plan')
  })

  it('reads a poll whose subject carries a participle: "A poll released on Tuesday showed …"', () => {
    expect(cue('A UN poll of Idlib residents released on Tuesday showed support for the truce at 60 percent.', 'showed')).toMatchObject({ source: { text: 'A UN poll' } })
  })

  it('reads ", records show." and ", the Guardian reported last week." as attributions of what comes before', () => {
    expect(cue('He agreed to sell the depot in 2010, records show.', 'show')).toMatchObject({ source: { text: 'records' }, content: { text: 'He agreed to sell the depot in 2010' } })
    expect(cue('The envoy was headed to Cairo for a conference, the Guardian reported last week.', 'reported')).toMatchObject({ source: { text: 'the Guardian' }, content: { text: 'The envoy was headed to Cairo for a conference' } })
  })
})

describe('quotes the finder once dropped', () => {
  it('keeps a quote that opens with a plural possessive: “The Democrats’ draft …”', () => {
    const s = findAttributions('“The delegates’ draft platform is telling loyal supporters that they are no longer welcome,” said Pavone.')[0]
    expect(s).toMatchObject({ kind: 'direct', speaker: 'Pavone' })
  })

  it('reads a surname the tagger takes for a verb or an adverb after an inverted cue, and gives ", explaining …" to it', () => {
    const found = findAttributions('“Having access to the voter file is valuable,” said Skelly, explaining he worked with the committee.')
    expect(found.find((s) => s.cue.text === 'said')).toMatchObject({ kind: 'direct', speaker: 'Skelly' })
    expect(found.find((s) => s.cue.text === 'explaining')).toMatchObject({ speaker: 'Skelly', content: { text: 'he worked with the committee' } })
  })

  it('reads a participle inside an inverted speaker: "said one unaligned Florida strategist"', () => {
    expect(findAttributions('“There is no data to suggest that the ceasefire holds,” said one unaligned Florida strategist.')[0]).toMatchObject({ source: { text: 'one unaligned Florida strategist' } })
  })
})

describe('short quotes and verbs of manner', () => {
  it('takes a three-word quote beside its cue, and verbs of manner such as "chanted"', () => {
    expect(findAttributions('Asked about the offer, the envoy said “not this time” and left the room.')[0]).toMatchObject({ kind: 'direct', content: { text: '“not this time”' } })
    expect(findAttributions('The crowd chanted “Assad must go” for an hour.')[0]).toMatchObject({ kind: 'direct', cue: { text: 'chanted' }, source: { text: 'The crowd' }, content: { text: '“Assad must go”' } })
  })
})

describe('quotation marks and titles inside statements', () => {
  it('keeps a curly quotation inside a straight one from closing it', () => {
    const s = findAttributions('The senator stated: "The ministry is not about “Equal Justice Under Law” anymore. It is about power."')[0]
    expect(s!.content.text).toBe('"The ministry is not about “Equal Justice Under Law” anymore. It is about power."')
  })

  it('reads "Dr. Ward stated:" with the title and a surname the tagger takes for a verb', () => {
    expect(findAttributions('Dr. Ward stated: "The ministry has gone too far this time."')[0]).toMatchObject({ speaker: 'Ward', cue: { text: 'stated' } })
  })

  it('carries a quoted fragment on with the rest of its sentence', () => {
    expect(findAttributions('The envoy said “it makes me angry” every time the convoys are stopped.')[0]!.content.text).toBe('“it makes me angry” every time the convoys are stopped')
  })
})

describe('verbs that report no words, and typing slips in quotation marks', () => {
  it('does not read "continued to …", "known as" or "wrote a letter" as statements', () => {
    expect(findAttributions('The envoy continued to travel between Ankara and Moscow.')).toHaveLength(0)
    // (What the envoy pushed for is a position of its own: "continued to push for" proposes it.)
    expect(findAttributions('The envoy continued to push for a ceasefire in Idlib.').map((s) => s.cue.text)).toEqual(['push for'])
    expect(findAttributions('The camp, known as Rukban, holds thousands of people.')).toHaveLength(0)
    expect(findAttributions('The minister wrote a letter to the council on Monday.')).toHaveLength(0)
  })

  it('lets a document speak as "it" before a colon and a quotation', () => {
    expect(findAttributions('It continued: "Probable cause exists to charge the manager with battery."')[0]).toMatchObject({ kind: 'direct', source: { text: 'It' } })
  })

  it('closes a “ quotation typed shut with ’ or with “', () => {
    const found = findAttributions('The senator tweeted: “We go to Geneva next week.’ Then he left. “The talks could fail if the envoys stay home,“ said Jim Roe.')
    expect(found.map((s) => s.content.text)).toEqual(['“We go to Geneva next week.’', '“The talks could fail if the envoys stay home,“'])
  })
})

describe('positions: what someone supports, opposes, backs or rejects', () => {
  const cue = (text: string, word: string) => findAttributions(text).find((s) => s.cue.text === word)

  it('takes the object of a position verb as the statement, without the writer\'s time or next clause', () => {
    expect(cue('Ankara opposes the participation of the YPG in the congress.', 'opposes')).toMatchObject({ speaker: 'Ankara', content: { text: 'the participation of the YPG in the congress' } })
    expect(cue('Moscow endorsed the plan last week and has sent envoys since.', 'endorsed')!.content.text).toBe('the plan')
    expect(cue('A group backing the opposition council spoke in Riyadh.', 'backing')).toMatchObject({ source: { text: 'A group' }, content: { text: 'the opposition council' } })
  })

  it('leaves passives and non-persons alone: "backed by Moscow", "supports it"', () => {
    expect(findAttributions('The plan was backed by Moscow.')).toHaveLength(0)
    expect(findAttributions('The new bridge supports it.')).toHaveLength(0)
  })
})

describe('topics, reasons and verbs that need a clause', () => {
  const cue = (text: string, word: string) => findAttributions(text).find((s) => s.cue.text === word)

  it('credits the topic after "talked about", "referring to" and "warned of", and the reason after "citing"', () => {
    expect(cue('The envoy talked about the detainees at length.', 'talked about')).toMatchObject({ source: { text: 'The envoy' }, content: { text: 'the detainees' } })
    expect(cue('Lavrov said the congress would go ahead, referring to the Sochi meeting.', 'referring to')).toMatchObject({ speaker: 'Lavrov', content: { text: 'the Sochi meeting' } })
    expect(cue('The ministry rejected the request, citing security concerns in the north.', 'citing')).toMatchObject({ source: { text: 'The ministry' }, content: { text: 'security concerns in the north' } })
  })

  it('keeps "“…,” he wrote" inverted even though "write about" names a topic', () => {
    expect(findAttributions('“The talks are over,” wrote the columnist.')[0]).toMatchObject({ kind: 'direct', source: { text: 'the columnist' } })
  })

  it('reads "maintains" and "continued" as saying only with a clause, a colon or a quotation', () => {
    expect(findAttributions('Russia maintains a wide lead in the talks.')).toHaveLength(0)
    expect(findAttributions('The envoy continued: “We will meet again in Geneva next month.”')[0]).toMatchObject({ kind: 'direct', cue: { text: 'continued' } })
  })
})

describe('asides between the speaker and the cue', () => {
  const said = (text: string) => findAttributions(text).find((s) => s.cue.text === 'said')

  it('skips a quoted programme title before the speaker: On "Sunday Morning Futures," Rep. Roe said …', () => {
    const found = findAttributions('Sunday on the channel’s “Sunday Morning Futures,” Rep. Jane Roe said the ministry’s “judgment” is in question.')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ speaker: 'Jane Roe', content: { text: 'the ministry’s “judgment” is in question' } })
  })

  it('skips "(D-R.I.)," and an aside between dashes', () => {
    expect(said('Sen. Jack Roe (D-R.I.), said after a lunch on Tuesday that he had not read the plan.')).toMatchObject({ speaker: 'Jack Roe' })
    expect(said('Many speakers at the service — including Muslims, Christians and Jews — said the loss was painful.')).toMatchObject({ source: { text: 'Many speakers at the service' } })
  })
})

describe('naming someone something', () => {
  it('reads "called him a liar", "calling them terrorists" and "called him divisive"', () => {
    expect(findAttributions('They called him a political opportunist who neglected his duties.')[0]).toMatchObject({ cue: { text: 'called' }, content: { text: 'him a political opportunist who neglected his duties' } })
    expect(findAttributions('The minister attacked the militia, calling them terrorists and vowing to fight on.').find((s) => s.cue.text === 'calling')).toMatchObject({ source: { text: 'The minister' }, content: { text: 'them terrorists' } })
  })

  it('finds the subject after an opening phrase, and keeps the opening phrase out of the statement', () => {
    const s = findAttributions('Speaking at a town hall in Salem, the envoy went after the council, calling it “a total failure.”').find((x) => x.cue.text === 'calling')
    expect(s).toMatchObject({ source: { text: 'the envoy' }, content: { text: 'it “a total failure.”' } })
  })
})

describe('a finding named at the opening of its sentence', () => {
  it('credits "In a poll released Monday, …" to the poll, and leaves "In an interview, he said" to its cue', () => {
    expect(findAttributions('In a UN poll released Monday, most residents of Idlib backed the truce by a wide margin.')[0]).toMatchObject({ kind: 'according-to', source: { text: 'a UN poll released Monday' }, content: { text: 'most residents of Idlib backed the truce by a wide margin' } })
    expect(findAttributions('In an interview on Monday, the envoy said the talks would resume.')[0]).toMatchObject({ cue: { text: 'said' } })
    expect(findAttributions('In the video, the envoy is seen leaving the hall in Geneva.')).toHaveLength(0)
  })
})

describe('wire datelines', () => {
  it('never takes the dateline for the subject of a later cue in its sentence, and keeps a list of names whole', () => {
    const s = findAttributions('SOCHI, Russia, Nov 22 (Caspian Wire Service) - The leaders of Russia, Turkey and Iran agreed on Wednesday to support a Syrian Congress of National Dialogue.')[0]
    expect(s).toMatchObject({ cue: { text: 'support' }, source: { text: 'The leaders of Russia, Turkey and Iran' }, content: { text: 'a Syrian Congress of National Dialogue' } })
  })
})

describe('more asides and objects', () => {
  const said = (text: string, cue = 'said') => findAttributions(text).find((s) => s.cue.text === cue)

  it('skips "last week" between a name and its cue, and an aside between dashes that opens with a preposition', () => {
    expect(said('Ranking member Jane Roe (D-Calif.) last week said the envoy was not the source of the leak.')).toMatchObject({ content: { text: 'the envoy was not the source of the leak' } })
    expect(said('Murphy — after a knock on wood — told me he had been lucky.', 'told')).toMatchObject({ speaker: 'Murphy', content: { text: 'he had been lucky' } })
  })

  it('reads "said about half of …" as a statement, and "the things he said about Latinos" as none', () => {
    expect(said('The budget office said about half of the adjustment reflected revenue losses.')!.content.text).toBe('about half of the adjustment reflected revenue losses')
    expect(findAttributions('These are the things the envoy said about Latinos.')).toHaveLength(0)
  })
})

describe('statements in shapes a cue list alone misses', () => {
  const only = (text: string) => findAttributions(text)

  it('reads an attitude named by a noun: "voiced support for", "expressed deep concern about", "expressed confidence that"', () => {
    expect(only('The Turkish foreign minister voiced support for the Russian plan on Wednesday.')[0]).toMatchObject({ cue: { text: 'voiced support for' }, content: { text: 'the Russian plan' }, speaker: 'The Turkish foreign minister' })
    expect(only('The envoy expressed deep concern about the siege of Eastern Ghouta.')[0]).toMatchObject({ cue: { text: 'expressed deep concern about' }, content: { text: 'the siege of Eastern Ghouta' } })
    expect(only('Lavrov expressed confidence that the congress would go ahead in January.')[0]).toMatchObject({ cue: { text: 'expressed confidence' }, content: { text: 'that the congress would go ahead in January' } })
    // Evidence that "shows support" is a finding, not an attitude voiced.
    expect(only('A UN poll of Idlib residents released on Tuesday showed support for the truce.')[0]?.cue.text).toBe('showed')
  })

  it('lets a time phrase stand between a cue and its "that": "concluded this month that", "stated earlier this week that"', () => {
    expect(only('The monitors concluded this month that the convoy had been shelled from the north.')[0]).toMatchObject({ cue: { text: 'concluded' }, content: { text: 'that the convoy had been shelled from the north' } })
    expect(only('Hariri stated earlier this week that the delegation would not attend.')[0]).toMatchObject({ content: { text: 'that the delegation would not attend' } })
  })

  it('credits what a relative pronoun stands for: "the plan, which she has said was a mistake, …"', () => {
    const s = only('The Astana plan, which the opposition has repeatedly said was a trap, took effect on Friday.')[0]
    expect(s).toMatchObject({ speaker: 'the opposition', content: { text: 'was a trap' } })
    // A free relative is the writer's: "What he said was wrong."
    expect(only('What the envoy said was wrong, and everyone knew it at the time.')).toEqual([])
  })

  it('names what someone is called after a name, and takes a short thing called for', () => {
    expect(only('Erdogan calls Assad illegitimate.')[0]).toMatchObject({ cue: { text: 'calls' }, content: { text: 'Assad illegitimate' } })
    expect(only('Putin called Trump the "real partner," on Monday.')[0]?.content.text).toMatch(/^Trump the "real partner,"/)
    expect(only('Erdogan called Putin the next day.')).toEqual([])
    expect(only('Opposition supporters have long called for his ouster.')[0]).toMatchObject({ speaker: 'Opposition supporters', cue: { text: 'called for' }, content: { text: 'his ouster' } })
  })

  it('keeps what only looks like these shapes out', () => {
    // A time phrase that is the subject of what was said.
    expect(only('Lavrov said next year will be decisive for the talks.')[0]?.content.text).toBe('next year will be decisive for the talks')
    // A relative "that" after a noun in -s; a call that is a visit; a call with a time after the name.
    expect(only('Member states that ratified the treaty met in Geneva on Monday.')).toEqual([])
    expect(only('Smith called on Tuesday.')).toEqual([])
    expect(only('Biden called Netanyahu last week.')).toEqual([])
  })

  it('ends a statement where the writer adds what the speaker did: "…, citing …"', () => {
    expect(only('The ministry said the convoy would leave on Monday, citing security guarantees from Moscow.')[0]?.content.text).toBe('the convoy would leave on Monday')
  })
})
