import { describe, expect, it } from 'vitest'
import { findAttributions } from '../../../shared/attribution/find-attributions'

// Sentences written for these tests, in the shapes wire copy gives "according to".
describe('"according to" in the shapes wire copy uses', () => {
  const according = (text: string) => findAttributions(text).find((s) => s.kind === 'according-to')

  it('takes a source that opens with a possessive, and one with "the most recent"', () => {
    expect(according('The envoy had served in Geneva since 2004, according to his ministry profile.')).toMatchObject({ source: { text: 'his ministry profile' }, content: { text: 'The envoy had served in Geneva since 2004' } })
    expect(according('In 2017, the camp held 9,000 people — most of them children — according to the most recent data available from the UN.')!.source!.text).toBe('the most recent data available from the UN')
  })

  it('leaves a short opener out of the content: "In addition, according to X, …"', () => {
    expect(according('In addition, according to the ministry, nine more convoys will cross next week.')!.content.text).toBe('nine more convoys will cross next week')
  })

  it('reads the words after "according to" as the source they must be, whatever the tagger made of them', () => {
    expect(according('According to state law, no convoy may cross without a permit.')).toMatchObject({ source: { text: 'state law' }, content: { text: 'no convoy may cross without a permit' } })
    expect(according('But according to reports emerging in Beirut, the envoy could not convince the delegation.')).toMatchObject({ source: { text: 'reports' }, content: { text: 'the envoy could not convince the delegation' } })
    expect(according('According to recent polling, the ruling party is again leading the field.')!.source!.text).toBe('recent polling')
    expect(according('Since last November, according to Human Rights Watch, security forces have detained 400 protesters.')!.source!.text).toBe('Human Rights Watch')
  })

  it('starts the content after the comma that closes a long source', () => {
    expect(according('According to a poll from Damascus University published on Monday, most residents expect the truce to hold.')!.content.text).toBe('most residents expect the truce to hold')
  })

  it('reads a clause after a colon as the one the phrase opens', () => {
    expect(according('It has not gone unnoticed: according to recent polls, the opposition holds only 14 percent.')!.content.text).toBe('the opposition holds only 14 percent')
  })

  it('takes the whole clause that "according to X" interrupts', () => {
    expect(according('At the heart of the dispute, according to a former envoy, was a decision by the ministry.')!.content.text).toBe('At the heart of the dispute, according to a former envoy, was a decision by the ministry')
  })
})
