import { describe, expect, it } from 'vitest'
import { findAttributions } from '../../../shared/attribution/find-attributions'

// Sentences written for these tests, in shapes that real news copy uses and the finder once misread.
const shown = (text: string) => findAttributions(text).map((s) => `${s.kind} ${s.source?.text ?? '-'} <${s.cue.text}> ${s.content.text}`)

describe('where a statement starts and ends, and who says it', () => {
  it('reads "the self-described democratic socialist" as the speaker (the tagger made the noun an adjective)', () => {
    expect(shown('The self-described democratic socialist said he would win the primary if turnout were high.')).toEqual(['indirect democratic socialist <said> he would win the primary if turnout were high'])
    expect(shown('A prominent liberal told reporters the plan would fail.')).toEqual(['indirect A prominent liberal <told> the plan would fail'])
    // (A verb that is also a plural noun stays a noun: "the other states voting Tuesday".)
    expect(shown('The other states voting Tuesday are Ohio and Illinois.')).toEqual([])
  })

  it('does not invert "…, said NOUN" when a verb follows the noun: the noun opens what was said', () => {
    const [s] = findAttributions('Jane Roe, the director of the group, which organised the letter, said the senator’s answer to the envoy was undercut by his donors.')
    expect(s).toMatchObject({ speaker: 'Jane Roe' })
    expect(s!.content.text).toBe('the senator’s answer to the envoy was undercut by his donors')
  })

  it('takes a programme named in quotation marks after an owner or a preposition for a title, not a quote', () => {
    const statements = findAttributions('On Tuesday on the network’s “Nightline,” the governor said if the envoy resigned, the talks would end.')
    expect(statements).toHaveLength(1)
    expect(statements[0]!.content.text).toBe('if the envoy resigned, the talks would end')
    // (A one-word quote that is said stays a quote.)
    expect(shown('“Wrong,” the governor said.')).toEqual(['direct the governor <said> “Wrong,”'])
  })

  it('ends an object at a comma that starts a clause of the writer’s own', () => {
    expect(shown('The senator blasted the envoy for not arming the rebels, this has been happening for months.')).toEqual(['indirect The senator <blasted> the envoy for not arming the rebels'])
    expect(shown('Prosecutors charged the officer with murder, and the mayor released the video hours later.')).toEqual(['indirect Prosecutors <charged> the officer with murder'])
    // (After "said" the words are a clause, whatever comes first: "says despite all that, …".)
    expect(shown('She says despite all that, the minister was not swayed by the lobby.')).toEqual(['indirect She <says> despite all that, the minister was not swayed by the lobby'])
  })

  it('reads "that even after …, he will …" on into its main clause', () => {
    expect(shown('He said that even after he steps down, he will push for the accord to be kept.')).toEqual(['indirect He <said> that even after he steps down, he will push for the accord to be kept'])
  })
})

describe('what someone is called', () => {
  it('ends with its quotation, and is read after a name the tagger took for a verb or a possessive', () => {
    expect(shown('Cross called the general election “a citizenship election” and likened it to the marches of 1965.')).toContain('indirect Cross <called> the general election “a citizenship election”')
    expect(shown('In April, Ozturk called Ford’s plans to open a plant in Mexico “an absolute disgrace,” and threatened a tariff.')).toContain('indirect Ozturk <called> Ford’s plans to open a plant in Mexico “an absolute disgrace,”')
  })

  it('reads two apostrophes as a quotation, and a possessive after a pronoun as the name', () => {
    expect(shown("The speaker on Tuesday called the envoy's remarks about the Kurds ''reckless,'' an unusual rebuke.")).toContain("indirect The speaker <called> the envoy's remarks about the Kurds ''reckless,''")
    expect(shown('He called it their “crystal ball” and said it beat the public polls.')).toContain('indirect He <called> it their “crystal ball”')
  })

  it('keeps what is called for whole: "called for …" is no naming', () => {
    expect(shown('She called for a “clean energy economy” in a statement on Friday.')).toContain('indirect She <called for> a “clean energy economy” in a statement on Friday')
  })
})

describe('who takes a position', () => {
  it('reads the name before a description without a verb: "X, founder of Y, endorsed Z"', () => {
    expect(shown('Jane Roe, founder of the Leadership Institute and a councillor from Idlib, endorsed the envoy last week.')).toEqual(['indirect Jane Roe <endorsed> the envoy'])
    // (A clause between the commas is no description: the thing it describes takes no position.)
    expect(shown('The motion, which angered many, backed the envoy.')).toEqual([])
  })
})

describe('a body named before as "It"', () => {
  it('reads "It said …" opening a sentence as the body speaking, and not "It seems …"', () => {
    expect(shown('The monitoring group released its report. It said the convoy was hit twice.')).toContain('indirect It <said> the convoy was hit twice')
    expect(shown('It seems the convoy was hit twice.')).toEqual([])
    expect(shown('The strikes resumed, and it said nothing.')).toEqual([])
  })
})

describe('what someone said something is', () => {
  it('reads "what analysts said was a sign of …" as the analysts’ statement', () => {
    expect(shown('The sailors were freed, in what many analysts said was a sign of a thaw with Tehran.')).toContain('indirect many analysts <said> was a sign of a thaw with Tehran')
    expect(shown('He repeated what he said on Monday.').filter((s) => s.includes('<said>'))).toEqual([])
  })
})

describe('positions the tagger hides', () => {
  it('reads "support" as the verb after a holder of views its modifiers follow', () => {
    expect(shown('Many Republicans clamoring for less federal involvement in education support the replacement bill.')).toEqual(['indirect Many Republicans <support> the replacement bill'])
    expect(shown('Republican voters support temporarily banning arms sales.')).toEqual(['indirect Republican voters <support> temporarily banning arms sales'])
    // ("Trump support grows": a noun, with a verb of its own after it.)
    expect(shown('Among young voters in the state Trump support grows.')).toEqual([])
  })
})

describe('a quotation inside an aside before the verb of saying', () => {
  it('is not what was said when a clause follows the verb', () => {
    const humphrey = findAttributions('Humphrey, who calls the envoy a “sociopath,” said he doesn’t believe the talks need him.').find((s) => s.cue.text === 'said')
    expect(humphrey).toMatchObject({ speaker: 'Humphrey', content: { text: 'he doesn’t believe the talks need him' } })
    const citing = findAttributions("Mr. Demir, citing ''the unique weight of Ankara,'' said the envoy could win in states like Hatay.").find((s) => s.cue.text === 'said')
    expect(citing).toMatchObject({ source: { text: 'Mr. Demir' }, content: { text: 'the envoy could win in states like Hatay' } })
    expect(shown('Citing “obligations at home,” the minister’s spokeswoman told reporters that he would skip the summit.')).toContain('indirect the minister’s spokeswoman <told> that he would skip the summit')
  })

  it('keeps a quotation opening the sentence as what was said, and a relative clause after an inverted speaker as theirs', () => {
    expect(shown('“If it is not the first vote, it should be near the top,” said Sen. Jane Roe (D-Conn.), who led the filibuster.')).toContain('direct Sen. Jane Roe <said> “If it is not the first vote, it should be near the top,”')
    expect(shown('Holding the north is within the army’s reach, said a handful of officers who point to its new brigades.')).toContain('indirect a handful of officers <said> Holding the north is within the army’s reach')
  })
})

describe('a share of people as the speaker', () => {
  it('reads "most of them said", "two of them told" and "all but two said"', () => {
    expect(shown('Until the shutdown, most of them said they had loved the work.')).toEqual(['indirect most of them <said> they had loved the work'])
    expect(shown('Two of them told reporters the talks had failed.')).toEqual(['indirect Two of them <told> the talks had failed'])
    expect(shown('All but two said the council should take up the matter.')).toEqual(['indirect All but two <said> the council should take up the matter'])
  })
})

describe('where an object ends', () => {
  it('keeps its examples and its maker: ", including …", ", like …", "a memo by the inspector general"', () => {
    expect(shown('The candidate discusses fun topics, including lessons from her mother.')).toEqual(['indirect The candidate <discusses> fun topics, including lessons from her mother'])
    expect(shown('Ozturk cited a 2013 memo by the agency’s inspector general as proof.')).toEqual(['indirect Ozturk <cited> a 2013 memo by the agency’s inspector general as proof'])
    // (Not "by a wide margin": no one named made it.)
    expect(shown('The council backed the plan by a wide margin.')).toEqual(['indirect The council <backed> the plan'])
  })

  it('goes on past a participle in -en and a possessive after "and", unless that phrase has a verb of its own', () => {
    expect(shown('He mentioned the freedom taken from worshippers in Idlib.')).toEqual(['indirect He <mentioned> the freedom taken from worshippers in Idlib'])
    expect(shown('Roe was referring to Jim Brady and his wife, Sarah.')).toContain('indirect Roe <referring to> Jim Brady and his wife')
    expect(shown('The envoy talked about the ceasefire and his aides did not respond.')).toContain('indirect The envoy <talked about> the ceasefire')
  })
})

describe('an attitude named by a noun', () => {
  it('reads "reaffirmed their opposition to", "offered faint praise for", "throw their support to"', () => {
    expect(shown('Some deputies reaffirmed their opposition to the envoy.')).toContain('belief Some deputies <reaffirmed their opposition to> the envoy')
    expect(shown('The delegates offered faint praise for the plan.')).toEqual(['belief The delegates <offered faint praise for> the plan'])
    expect(shown('The governors may throw their support to the envoy.')).toEqual(['belief The governors <throw their support to> the envoy'])
  })
})

describe('an answer', () => {
  it('is "yes" or "no" after the verb of saying, not the question before it', () => {
    expect(shown('Asked if he was ever jailed, the envoy said no.')).toEqual(['indirect the envoy <said> no'])
    expect(shown('Asked if the truce holds, 72 percent of Syrians said yes while 20 percent disagreed.')).toContain('indirect 72 percent of Syrians <said> yes')
    expect(shown('He said no to the plan.')).toEqual(['indirect He <said> no to the plan'])
  })
})

describe('who says what a participle adds', () => {
  it('is the subject past a party parenthesis, after a dash, and after an opening "After saying …,"', () => {
    expect(shown('Sen. Jane Roe (D-Vt.) defended the plan, saying the gains would outweigh the losses.')).toContain('indirect Sen. Jane Roe <saying> the gains would outweigh the losses')
    expect(shown('Ozturk changed his mind on the spot – saying he now backed the northern route.')).toContain('indirect Ozturk <saying> he now backed the northern route')
    expect(shown('After saying he was nervous, the delegate asked about the convoy.')).toContain('indirect the delegate <saying> he was nervous')
  })
})

describe('a sentence does not end inside a name', () => {
  it('keeps "Sen. Roy Blunt (R-Mo.), facing …, noted that …" one sentence, and the name whole', () => {
    expect(shown('Sen. Jane Roe (R-Mo.), facing a stiff challenge from the mayor, noted that the envoy is from the state.')).toEqual(['indirect Sen. Jane Roe <noted> that the envoy is from the state'])
  })
})

describe('verbs of praise and rebuke', () => {
  it('credit their object: "hailed the vote as “fantastic,”", "rebuked Trump for …", "applauded the plan"', () => {
    expect(shown('Ozturk has hailed the vote to leave the bloc as “fantastic.”')).toContain('indirect Ozturk <hailed> the vote to leave the bloc as “fantastic.”')
    expect(shown('The envoy rebuked the minister for blocking the convoy.')).toEqual(['indirect The envoy <rebuked> the minister for blocking the convoy'])
    expect(shown('Aid groups applauded the plan.')).toEqual(['indirect Aid groups <applauded> the plan'])
    expect(shown('The minister disputed the figures from the monitor.')).toEqual(['indirect The minister <disputed> the figures from the monitor'])
    expect(shown('The envoy congratulated the mayor on the truce.')).toEqual(['indirect The envoy <congratulated> the mayor on the truce'])
  })
})
