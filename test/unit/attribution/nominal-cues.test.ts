import { describe, expect, it } from 'vitest'
import { findAttributions } from '../../../shared/attribution/find-attributions'

// Sentences written for these tests: statements named by a noun with its owner.
const found = (text: string) => findAttributions(text).map((s) => `${s.source?.text} <${s.cue.text}> ${s.content.text}`)

describe('statements named by a noun and its owner', () => {
  it('reads a claim, a proposal or a promise with what it introduces', () => {
    expect(found('A second-place finish would bolster Lavrov\'s claim to be the only broker the rebels trust.')).toContain('Lavrov <claim> to be the only broker the rebels trust')
    expect(found('The envoy repeated his insistence that the talks go on in Geneva.').some((s) => s.includes('that the talks go on in Geneva'))).toBe(true)
    expect(found('Moscow\'s promise to reopen the corridor came late.')).toContain('Moscow <promise> to reopen the corridor')
  })

  it('ends the clause where the sentence\'s own verb starts ("… proposal to X | is getting attention")', () => {
    expect(found('Erdogan\'s proposal to make the militia leave Afrin is getting attention in Ankara.')).toContain('Erdogan <proposal> to make the militia leave Afrin')
  })

  it('takes the object of criticism, support and attacks, and a that-clause after a phrase of circumstance', () => {
    expect(found('Two Kurdish deputies have been vocal in their criticism of the operation.')).toContain('their <criticism of> the operation')
    expect(found('The minister met the press despite his claim in an interview that he had resigned.')).toContain('his <claim> that he had resigned')
  })

  it('needs an owner and the words the noun takes: no "the plan", no "claim of land"', () => {
    expect(found('The plan to reopen the corridor was approved.')).toEqual([])
    expect(found('Hassan\'s claim of land near the border was rejected by the court.')).toEqual([])
  })

  it('reads an attack as words only when a person or a named side makes it, and a bid as no statement', () => {
    expect(found('Lavrov\'s attacks on the envoy grew sharper.')).toContain('Lavrov <attacks on> the envoy')
    expect(found('The regime\'s attack on eastern Ghouta killed at least forty civilians.')).toEqual([])
    expect(found('The army\'s bid to retake Palmyra stalled in the desert.')).toEqual([])
  })

  it('finds the owner across an adjective or two: "his controversial remarks about …"', () => {
    expect(found('Besides his controversial remarks about the Kurds, Lavrov raised the ceasefire.')).toContain('his <remarks about> the Kurds')
    expect(found('Your recent comments on the talks were noted.')).toEqual([])
  })
})
