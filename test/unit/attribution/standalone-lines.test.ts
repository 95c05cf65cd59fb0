import { describe, expect, it } from 'vitest'
import { findAttributions } from '../../../shared/attribution/find-attributions'

// Lines written for these tests in the shapes news sites print (no corpus text).
describe('lines that credit words without a verb', () => {
  it('reads a "Speaker: claim" headline on the first line, and a quoted one anywhere', () => {
    const text = 'Lavrov: Sochi Congress Will Go Ahead in January.\n\nThe minister spoke in Moscow on Monday.\n\nHariri: ‘We Will Not Attend Unless Geneva Leads’\n\nThe opposition met in Riyadh.'
    const found = findAttributions(text)
    expect(found.find((s) => s.speaker === 'Lavrov')).toMatchObject({ kind: 'indirect', content: { text: 'Sochi Congress Will Go Ahead in January' } })
    expect(found.find((s) => s.speaker === 'Hariri')).toMatchObject({ kind: 'direct', content: { text: '‘We Will Not Attend Unless Geneva Leads’' } })
  })

  it('takes no kicker label for a speaker ("Analysis: …", "Interview: …")', () => {
    expect(findAttributions('Analysis: Why Sochi matters to Moscow\n\nThe congress opens in January.')).toEqual([])
    expect(findAttributions('Q&A: What is at stake in Geneva\n\nThe talks resume on Monday.')).toEqual([])
  })

  it('reads a headline whose verb opens a clause as that clause, not the phrase before the speaker', () => {
    expect(findAttributions('Despite Truce, Syrian Army Says It Will Keep Fighting.\n\nMore follows.').map((s) => s.content.text)).toEqual(['It Will Keep Fighting'])
  })

  it('reads a first line that closes on its speaker and verb ("…, Lavrov Tells Council.")', () => {
    const found = findAttributions('Sochi Talks Are ‘The Only Way Forward,’ Sergei Lavrov Tells Security Council.\n\nThe minister spoke in New York.')
    expect(found[0]).toMatchObject({ speaker: 'Sergei Lavrov', cue: { text: 'Tells' }, content: { text: 'Sochi Talks Are ‘The Only Way Forward,’' } })
    expect(findAttributions('The Truce Will Hold Through Winter, Staffan de Mistura Says.\n\nMore follows.')[0]).toMatchObject({ speaker: 'Staffan de Mistura', content: { text: 'The Truce Will Hold Through Winter' } })
    // (Without a comma before the name, "Bernie Sanders Says …" keeps its speaker first.)
    expect(findAttributions('Salih Muslim Says The Cantons Will Stay.\n\nMore follows.')[0]).toMatchObject({ speaker: 'Salih Muslim', content: { text: 'The Cantons Will Stay' } })
  })

  it('leaves a "Place: news" line deep in the text alone', () => {
    expect(findAttributions('The talks resumed.\n\nSyria: talks resume in Geneva after a week\n\nMore follows.')).toHaveLength(0)
  })

  it('credits a quotation paragraph to the name signed under it', () => {
    const text = 'Quotes of the week.\n\n"We will not give up the Kurdish cantons."\n\n- Salih Muslim, speaking in Brussels.\n\nOthers disagreed.'
    expect(findAttributions(text)[0]).toMatchObject({ kind: 'direct', speaker: 'Salih Muslim', content: { text: '"We will not give up the Kurdish cantons."' } })
  })

  it('lets a quoted sign, e-mail or paper speak as "it", and reads "read" only beside a quotation', () => {
    const found = findAttributions('“Assad must go,” it read. He read the report twice.')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ kind: 'direct', source: { text: 'it' }, cue: { text: 'read' } })
  })
})

describe('quotes split by the writer and quotes after "Name:"', () => {
  it('credits each quote introduced by "Name:" inside a paragraph to that name', () => {
    const found = findAttributions('The envoys were pressed. Lavrov: "The congress will go ahead in January." Hariri: "We will not attend unless Geneva leads."')
    expect(found.map((s) => [s.speaker, s.content.text])).toEqual([
      ['Lavrov', '"The congress will go ahead in January."'],
      ['Hariri', '"We will not attend unless Geneva leads."'],
    ])
  })

  it('does not run one quote into the next across a long aside of the writer\'s (", pointing to …")', () => {
    const found = findAttributions('“It goes in one ear and out the other,” Tom Ebeling said, pointing to one ear and then to the other. “Nobody listens to them.”')
    expect(found[0]).toMatchObject({ speaker: 'Tom Ebeling', content: { text: '“It goes in one ear and out the other,”' } })
    expect(found.find((s) => s.content.text.startsWith('“Nobody'))).toMatchObject({ speaker: 'Tom Ebeling', content: { text: '“Nobody listens to them.”' } })
    expect(findAttributions('“It goes in one ear,” Tom Ebeling said, smiling. “Nobody listens.”')).toHaveLength(1)
  })
})
