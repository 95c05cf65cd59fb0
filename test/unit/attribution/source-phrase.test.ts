import { describe, expect, it } from 'vitest'
import { findAttributions } from '../../../shared/attribution/find-attributions'

// Sentences written for these tests: subjects a poll story or a wire report gives its verbs.
const source = (text: string) => findAttributions(text).find((s) => s.kind === 'indirect')?.source?.text

describe('who a poll says something', () => {
  it('reads a share of the people asked as the speaker', () => {
    expect(source('One in three said the government does not care about the displaced.')).toBe('One in three')
    expect(source('In Aleppo, 42% say they expect to return home this year.')).toBe('42%')
    expect(source('Nearly two thirds say the ceasefire has held.')).toBe('two thirds')
  })

  it('reads "Six in 10 say" (the tagger took "say" for a noun after a number) and ends the statement before ", after half said so"', () => {
    expect(findAttributions('Six in 10 say the truce has held, after half said so in the earlier poll.').map((s) => `${s.source?.text}: ${s.content.text}`))
      .toEqual(['Six in 10: the truce has held', 'half: so in the earlier poll'])
    expect(source('One in five say that will not be true.')).toBe('One in five')
  })

  it('reads the people a poll asked: "those surveyed", "residents polled"', () => {
    expect(source('By double digits, those surveyed say the talks should go on.')).toBe('those surveyed')
    expect(source('Some 56 percent of the residents polled said they would stay.')).toBe('Some 56 percent of the residents polled')
  })

  it('does not make a number or a date a speaker', () => {
    expect(source('In 2016, 300 said nothing at all about the convoys.')).toBeUndefined()
  })
})

describe('words between a subject and its verb', () => {
  it('skips "itself" and "here" after the subject', () => {
    expect(source('The ministry itself said the convoy was delayed.')).toBe('The ministry')
    expect(source('Aid workers here said the road had been closed since Monday.')).toBe('Aid workers')
  })

  it('skips an aside between dashes that adds to the subject', () => {
    expect(source('Diplomats — and some rebel commanders — say the truce will not hold.')).toBe('Diplomats')
  })
})

describe('names with particles', () => {
  it('resolves "Assad" and "al-Assad" to "Bashar al-Assad", and reads "The Syrian envoy, Bashar al-Jaafari," as a role and a name', () => {
    const found = findAttributions('Syrian President Bashar al-Assad said the army would retake Idlib. Assad told reporters the war was not over. Later, al-Assad said he would attend. The Syrian envoy, Bashar al-Jaafari, said the opposition was not serious. Jaafari added that the talks had failed.')
    expect(found.map((s) => s.speaker)).toEqual(['Bashar al-Assad', 'Bashar al-Assad', 'Bashar al-Assad', 'Bashar al-Jaafari', 'Bashar al-Jaafari'])
    expect(found[0]!.role).toBe('Syrian President')
    expect(found[3]!.role).toBe('The Syrian envoy')
  })
})

describe('days and months never speak', () => {
  const speaker = (text: string) => findAttributions(text)[0]?.source?.text

  it('looks past a day to the subject before it', () => {
    expect(speaker('A poll released Monday found that the ruling party leads by 12 points.')).toBe('A poll')
    expect(speaker('A news report published Wednesday said the minister used a private account.')).toBe('A news report')
    expect(speaker('The envoy on Thursday evening said the talks were not in crisis.')).toBe('The envoy')
  })

  it('reads "recent polling" as the evidence that shows', () => {
    expect(speaker('Recent polling shows the opposition has a significant lead in Aleppo.')).toBe('Recent polling')
  })
})

describe('subjects with something between them and the verb', () => {
  const statement = (text: string) => findAttributions(text).map((s) => `${s.speaker} | ${s.source?.text} <${s.cue.text}> ${s.content.text}`)

  it('reads the name before ", whose …," as the speaker, not the words after the verb', () => {
    expect(statement('Hariri, whose bloc includes independents and exiles, said closed lists -- those drawn by the parties -- shut out the displaced.'))
      .toEqual(['Hariri | Hariri <said> closed lists -- those drawn by the parties -- shut out the displaced'])
  })

  it('skips a linking adverb without commas and an aside of names between dashes', () => {
    expect(statement('Lavrov however said the corridor would open.')).toEqual(['Lavrov | Lavrov <said> the corridor would open'])
    expect(statement('Officials in two provinces — Idlib and Hama — said the convoys had arrived.')).toEqual(['Officials in two provinces | Officials in two provinces <said> the convoys had arrived'])
  })

  it('reads "say this is …" ("this" is no time word alone) and keeps "Others" a group, not a person pronouns point to', () => {
    expect(statement('Others say this is only a pause in the talks. He said the talks would resume.')).toEqual([
      'Others | Others <say> this is only a pause in the talks',
      'null | He <said> the talks would resume',
    ])
  })

  it('reads a subject with an appositive before its verb, not as words an inverted cue credits', () => {
    expect(statement('Sen. Ted Cruz, also a presidential hopeful, called the strikes “reckless” in a tweet.')).toEqual(['Ted Cruz | Sen. Ted Cruz <called> the strikes “reckless” in a tweet'])
    expect(statement('The talks failed, said the minister.')).toEqual(['the minister | the minister <said> The talks failed'])
  })

  it('reads the noun a participle follows as the subject, not the last phrase before the verb', () => {
    expect(statement('Opposition figures meeting in Riyadh to form one delegation for the next Geneva round said they would not accept any role for Assad.'))
      .toEqual(['Opposition figures | Opposition figures <said> they would not accept any role for Assad'])
    expect(statement('Delegates attending the talks in Geneva said the vote was close.')).toEqual(['Delegates | Delegates <said> the vote was close'])
    // (A participle before a bare noun describes it; a quotation is no subject.)
    expect(statement('A rolling poll shows the opposition ahead in Aleppo.')).toEqual(['A rolling poll | A rolling poll <shows> the opposition ahead in Aleppo'])
    expect(statement('“I’m going to look at a lot of people,” Lavrov said.')).toEqual(['Lavrov | Lavrov <said> “I’m going to look at a lot of people,”'])
  })
})

describe('speakers named before "who"', () => {
  const statement = (text: string) => findAttributions(text).map((s) => `${s.speaker} | ${s.source?.text} <${s.cue.text}> ${s.content.text}`)
  it('credits the people a restrictive "who" clause stands for', () => {
    expect(statement('The ruling gave fresh ammunition to opposition fighters who say the ceasefire is a trap.')).toEqual(['opposition fighters | opposition fighters <say> the ceasefire is a trap'])
    expect(statement('Assad won among the 30 percent of voters who said security mattered most.')).toEqual(['the 30 percent of voters | the 30 percent of voters <said> security mattered most'])
  })

  it('ends the clause where the main clause speaks, and leaves positions that only describe a person', () => {
    expect(statement('Others who want to end the siege said the convoy would reach Madaya on Monday.')).toEqual(['Others | Others <want> to end the siege', 'Others | Others <said> the convoy would reach Madaya on Monday'])
    expect(statement('Ali Haidar, a minister who endorsed the Sochi congress, arrived in Geneva.')).toEqual([])
  })
})

describe('a name, its parenthesis and its role', () => {
  it('reads the name before a party parenthesis and a role between commas', () => {
    const found = findAttributions('And Sen. Jim Risch (R-Idaho), another member of the committee, said he had not seen the Astana text.')
    expect(found[0]).toMatchObject({ speaker: 'Jim Risch', role: 'another member of the committee', content: { text: 'he had not seen the Astana text' } })
  })

  it('reads a role opened by "also" after the parenthesis', () => {
    const found = findAttributions('Sen. Jim Risch (R-Idaho), also a member of the committee, said the Astana text was weak.')
    expect(found[0]).toMatchObject({ speaker: 'Jim Risch', role: 'a member of the committee' })
  })
})

describe('documents that speak', () => {
  it('keeps what a briefing or a report is about in its name', () => {
    expect(source('A background briefing on the Astana format notes that the three sponsors have papered over differences.')).toBe('A background briefing on the Astana format')
    expect(source('A UN report about the siege of Madaya says that aid has not arrived since October.')).toBe('A UN report about the siege of Madaya')
  })
})

describe('subjects of a verb that hangs on another', () => {
  it('reads the subject before "continues to", "used to", "began to", "tended to"', () => {
    expect(source('Erdogan continues to oppose any Kurdish role in the talks.')).toBe('Erdogan')
    expect(source('Moscow used to support a ceasefire in Idlib.')).toBe('Moscow')
    expect(source('The ministry began to criticize the plan on Monday.')).toBe('The ministry')
    // (A purpose keeps its own reading: "met in Sochi to announce" is the clause's subject.)
    expect(source('The leaders met in Sochi on Wednesday to announce the congress.')).toBe('The leaders')
  })
})
