import { describe, expect, it } from 'vitest'
import { findAttributions } from '../../../shared/attribution/find-attributions'

// Sentences written for these tests: verbs of saying and believing the tagger or the clause shape hides.
const found = (text: string) => findAttributions(text).map((s) => `${s.source?.text} <${s.cue.text}> ${s.content.text}`)

describe('verbs of saying and believing', () => {
  it('reads a verb the tagger took for a noun after a plural subject, before a pronoun and its verb', () => {
    expect(found('Opposition delegates promise they will stay in Geneva until the vote.')).toContain('Opposition delegates <promise> they will stay in Geneva until the vote')
    expect(found('Aid agencies warn that the corridor will close within days.')).toContain('Aid agencies <warn> that the corridor will close within days')
  })

  it('reads "made it clear that …" as "made clear that …"', () => {
    expect(found('The envoy made it clear that the talks would go on without the opposition.')).toContain('The envoy <made it clear> that the talks would go on without the opposition')
    expect(found('Moscow has made clear it will not leave the base.')).toContain('Moscow <made clear> it will not leave the base')
  })

  it('reads the name before a role and ", whose …," as the speaker, and "asked not to be named" as no statement', () => {
    expect(found('Samir Nashar, a former member of the Syrian National Council, whose family fled Aleppo, said the talks had failed.')).toEqual(['Samir Nashar <said> the talks had failed'])
    expect(found('Two officials of the ministry, who asked not to be named, said the convoy had left.')).toEqual(['Two officials of the ministry <said> the convoy had left'])
  })

  it('reads a position verb the tagger took for a noun after a plural subject, and leaves the noun alone', () => {
    expect(found('Two-thirds support reducing the sanctions on Syrian banks.')).toContain('Two-thirds <support> reducing the sanctions on Syrian banks')
    expect(found('Most Kurds oppose a return of government troops to Qamishli.')).toContain('Most Kurds <oppose> a return of government troops to Qamishli')
    expect(found('Opposition support grows in the south.')).toEqual([])
    expect(found('Opposition support levels fell in the south.')).toEqual([])
    expect(found('Economists who favor higher tariffs disagree.')).toContain('Economists <favor> higher tariffs')
    expect(found('Nineteen percent of refugees polled support a return this year.')).toContain('Nineteen percent of refugees polled <support> a return')
    // (A subject that holds no views takes no position: jets support troops.)
    expect(found('Russian jets support ground troops near Hama.')).toEqual([])
  })

  it('keeps an infinitive and a "by …ing" phrase inside the object of a position', () => {
    expect(found('In 2016, the envoy supported a plan to open corridors by pausing air strikes.')).toContain('the envoy <supported> a plan to open corridors by pausing air strikes')
    expect(found('Ankara backed the plan by a wide margin.')).toContain('Ankara <backed> the plan')
  })

  it('reads a view stated as "X as Y", and not a passive or "as soon as"', () => {
    expect(found('Most Kurds see the congress in Sochi as a trap.')).toContain('Most Kurds <see> the congress in Sochi as a trap')
    expect(found('Moscow portrays the armed opposition as terrorists.')).toContain('Moscow <portrays> the armed opposition as terrorists')
    expect(found('The envoy was portrayed by critics as weak.')).toEqual([])
    expect(found('The town saw its first aid delivery as planned on Tuesday.')).toEqual([])
    expect(found('Turkish troops saw the convoy as early as dawn.')).toEqual([])
    expect(found('We will see the delegates as soon as they land.')).toEqual([])
    expect(found('Jordan has seen a fiercer debate as more than a million refugees crossed its border.')).toEqual([])
    expect(found('Lavrov has cast the strikes as a reply to the shelling of the embassy.')).toContain('Lavrov <cast> the strikes as a reply to the shelling of the embassy')
  })

  it('reads "questioned X\'s Y" as a statement about its object, after an opening phrase too', () => {
    expect(found('On Sunday, the envoy questioned the regime\'s commitment to the truce.')).toEqual(['the envoy <questioned> the regime\'s commitment to the truce'])
    expect(found('Many questioned whether the truce would hold.')).toEqual(['Many <questioned> whether the truce would hold'])
  })

  it('reads a clause closed by "X told the Associated Press" (a name the tagger split into verbs)', () => {
    expect(found('The vote is off, Lavrov told the Associated Press.')).toEqual(['Lavrov <told> The vote is off'])
  })

  it('reads what is wanted or sought when it is named, and intent verbs the tagger took for nouns', () => {
    expect(found('Neither side wants a clash over the border crossings.')).toContain('Neither side <wants> a clash over the border crossings')
    expect(found('The opposition seeks a transitional body with full powers.')).toContain('The opposition <seeks> a transitional body with full powers')
    expect(found('The negotiator plans to be back in Geneva on Monday.')).toContain('The negotiator <plans> to be back in Geneva on Monday')
    expect(found('Russian plans to cut aid drew criticism.')).toEqual([])
  })

  it('reads a bare clause after a verb that needs one ("reported on Monday the council had …")', () => {
    expect(found('Several outlets reported on Monday the council had met in secret.')).toContain('Several outlets <reported> the council had met in secret')
    expect(found('The agency reported this week he has left Damascus.')).toContain('The agency <reported> he has left Damascus')
    expect(found('The monitor reported at least six convoys crossed the border.')).toContain('The monitor <reported> at least six convoys crossed the border')
  })

  it('reads what a report names as its statement ("police reported 906 attacks"), not when or how often it reports', () => {
    expect(found('German police reported 906 attacks on shelters last year.')).toContain('German police <reported> 906 attacks on shelters')
    expect(found('The company reported earnings of two dollars a share, well above forecasts.')).toContain('The company <reported> earnings of two dollars a share')
    expect(found('The envoy reported daily to the minister.')).toEqual([])
    expect(found('The agency reported a few days later.')).toEqual([])
  })

  it('reads "X claims he …" and "the government claims X runs …" where the tagger took "claims" for a noun', () => {
    expect(found('Assad claims he controls most of the country.')).toContain('Assad <claims> he controls most of the country')
    expect(found('The Turkish government claims the militia runs the border crossing.')).toContain('The Turkish government <claims> the militia runs the border crossing')
    expect(found('Member states that ratified the treaty met in Vienna.')).toEqual([])
  })

  it('ends a named object before a phrase of place or time, keeps a noun the tagger misread after "its"', () => {
    expect(found('Erdogan endorsed Mr. Bahceli at a rally in Ankara.')).toContain('Erdogan <endorsed> Mr. Bahceli')
    expect(found('Ankara backed the Free Syrian Army in its push on Afrin.')).toContain('Ankara <backed> the Free Syrian Army in its push on Afrin')
    expect(found('On the campaign trail, Hariri describes himself as “a realist.”')).toContain('Hariri <describes> himself as “a realist.”')
  })

  it('reads "reminded X that …" as saying', () => {
    expect(found('The envoy reminded reporters that the truce had held for a month.')).toContain('The envoy <reminded> that the truce had held for a month')
  })

  it('takes a bare clause opened by a pronoun after a verb that needs a clause ("learned he had …")', () => {
    expect(found('Only in March the envoy learned he had been left off the list.')).toContain('the envoy <learned> he had been left off the list')
    // Without a clause the verb states nothing: "learned English".
    expect(found('The envoy learned English in Beirut.')).toEqual([])
  })
})

describe('talking about a topic', () => {
  it('reads "talks about" the tagger took for a noun, "spoke of", and a question word after the preposition', () => {
    expect(found('Mr. Hariri talks about a new government.')).toContain('Mr. Hariri <talks about> a new government')
    expect(found('Delegates spent the morning on the Astana talks about a new truce.')).toEqual([])
    expect(found('The minister spoke of his faith in the talks.')).toContain('The minister <spoke of> his faith in the talks')
    expect(found('The envoy spoke about how the consulate had been looted.')).toContain('The envoy <spoke about> how the consulate had been looted')
  })

  it('reads "pushed for" and "advocated for" what is asked for, and not a length of time', () => {
    expect(found('Turkey pushed for a buffer zone along the border.')).toEqual(['Turkey <pushed for> a buffer zone along the border'])
    expect(found('Aid groups advocated for a corridor to Madaya.')).toEqual(['Aid groups <advocated for> a corridor to Madaya'])
    expect(found('The army pushed for two days.')).toEqual([])
  })
})

describe('calls for something', () => {
  it('takes a short object of "calling for", even after an opening phrase with a comma', () => {
    expect(found('Just after the attack on the convoy, the envoy was calling for calm.')).toContain('the envoy <calling for> calm')
  })
})

describe('calls something something', () => {
  it('reads "call it the …" and "call him …" after a plural or a share, and not "called him the next day"', () => {
    expect(found('Others call it the end of the Astana format.')).toContain('Others <call> it the end of the Astana format')
    expect(found('And 64 percent call him competent, after 55 percent said so in May.')).toEqual(['64 percent <call> him competent', '55 percent <said> so in May'])
    expect(found('Lavrov called him the next day.')).toEqual([])
  })

  it('reads "called the actions lawful": an adjective closing the object is what it is called', () => {
    expect(found('The ministry called the strikes lawful, and said the convoy was never hit.')).toContain('The ministry <called> the strikes lawful')
    expect(found('The ministry called the early elections, and said the vote would be held in May.').filter((s) => s.includes('<called>'))).toEqual([])
  })

  it('reads "considers him a traitor", "consider the plan unworkable" as a view of someone or something', () => {
    expect(found('Ankara considers the YPG a terrorist organisation.')).toEqual(['Ankara <considers> the YPG a terrorist organisation'])
    expect(found('Most delegates consider the plan unworkable.')).toEqual(['Most delegates <consider> the plan unworkable'])
    expect(found('The ministry considered the proposal last week.')).toEqual([])
  })

  it('reads a quoted name after a long object, and not a quote after a dash or a verb of its own', () => {
    expect(found('Lavrov called the decision to arm the Kurdish militias in northern Syria “a dangerous mistake.”')).toContain('Lavrov <called> the decision to arm the Kurdish militias in northern Syria “a dangerous mistake.”')
    expect(found('The council called a meeting — “Syria After Sochi” — for the spring.')).toEqual([])
    expect(found('The envoy called a new round of talks in Geneva, dubbed “Geneva 4”, for later this month.')).toEqual([])
    expect(found('The envoy called the delegation that walked out of the talks “foolish.”')).toContain('The envoy <called> the delegation that walked out of the talks “foolish.”')
    expect(found('The envoy called the ministers, who say “the talks are over.”').filter((s) => s.includes('<called>'))).toEqual([])
  })
})


describe('votes', () => {
  it('reads a vote for or against something, or to do something, as a position', () => {
    expect(found('Russia voted against the resolution on Tuesday.')).toEqual(['Russia <voted against> the resolution'])
    expect(found('The council voted to extend the cross-border aid mechanism by a year.')).toEqual(['The council <voted> to extend the cross-border aid mechanism by a year'])
    expect(found('Egypt voted against a measure to temporarily extend the mandate.')).toEqual(['Egypt <voted against> a measure to temporarily extend the mandate'])
  })

  it('reads a refusal to act as a position on the act', () => {
    expect(found('Erdogan refused to meet the Kurdish delegation.')).toEqual(['Erdogan <refused> to meet the Kurdish delegation'])
    expect(found('The rebels refused food for two days.')).toEqual([])
  })

  it('leaves a vote with no object or a count', () => {
    expect(found('The council voted on Tuesday.')).toEqual([])
    expect(found('Twelve members voted, and three abstained.')).toEqual([])
  })
})

describe('topics raised: "mentioned", "discussed"', () => {
  it('reads the object of "mentioned" or "discussed" as what was raised, and a clause as a clause', () => {
    expect(found('Lavrov mentioned the Kurdish question on Monday.')).toEqual(['Lavrov <mentioned> the Kurdish question'])
    expect(found('The ministers discussed the ceasefire in Idlib on Monday.')).toEqual(['The ministers <discussed> the ceasefire in Idlib'])
    expect(found('He mentioned that the talks had failed.')).toEqual(['He <mentioned> that the talks had failed'])
  })

  it('leaves the anonymity formula and a time after the verb', () => {
    expect(found('An official, who was not authorized to discuss the schedule, confirmed the date.').filter((s) => s.includes('discuss'))).toEqual([])
    expect(found('McCaul discussed Wednesday on Fox News the threat from Raqqa.').filter((s) => s.includes('discuss'))).toEqual([])
  })

  it('takes "related to" and "adding to" for what they are, no verb of saying ("Trump added to People" still says)', () => {
    expect(found('The general has won in Idlib, adding to his victories in Hama and Homs.')).toEqual([])
    expect(found('Officials spoke about issues related to the raid only on condition of anonymity.').filter((s) => s.includes('<related'))).toEqual([])
    expect(found('“It was more than the rally drew,” Ozturk added to People magazine.')).toContain('Ozturk <added> “It was more than the rally drew,”')
    // ("may want to" is the writer's advice.)
    expect(found('The envoy may want to check his figures.')).toEqual([])
    expect(found('The envoy wants to check the figures.')).toContain('The envoy <wants> to check the figures')
  })
})
