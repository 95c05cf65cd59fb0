import { describe, expect, it } from 'vitest'
import { findAttributions } from '../../../shared/attribution/find-attributions'
import { proposeStance } from '../../../shared/proposals/propose-stance'

// Sentences written for these tests, in the shapes wire copy states a stance with an adjective.
const found = (text: string) => findAttributions(text).map((s) => `${s.kind} ${s.source?.text} <${s.cue.text}> ${s.content.text}`)

describe('stances stated with an adjective', () => {
  it('reads "is critical of", "were wary of", "is opposed to" with their object', () => {
    expect(found('Ankara is critical of the Sochi plan.')).toEqual(['belief Ankara <is critical of> the Sochi plan'])
    expect(found('The delegates were already deeply skeptical of Moscow\'s intentions.')).toEqual(['belief The delegates <were already deeply skeptical of> Moscow\'s intentions'])
    expect(found('Erdogan is opposed to any Kurdish role in the talks.')).toEqual(['belief Erdogan <is opposed to> any Kurdish role in the talks'])
  })

  it('reads an aside after the people it describes: "Delegates, wary of Moscow, …"', () => {
    expect(found('The delegates, wary of Moscow\'s intentions, stayed in Geneva.')).toEqual(['belief The delegates <wary of> Moscow\'s intentions'])
    expect(found('The town, critical of the siege, stayed quiet.')).toEqual([])
  })

  it('reads "is in favor of" and "voted in favour of"', () => {
    expect(found('Turkey is in favor of a buffer zone.')).toEqual(['belief Turkey <is in favor of> a buffer zone'])
    expect(found('Three councils voted in favour of the initiative.')).toEqual(['belief Three councils <voted in favour of> the initiative'])
    expect(found('The ruling went in favor of the plaintiffs.')).toEqual([])
  })

  it('reads a clause after "confident that" or a question word', () => {
    expect(found('Lavrov is confident that the talks will resume in January.')).toEqual(['belief Lavrov <is confident> that the talks will resume in January'])
    expect(found('The opposition is worried about what Moscow would offer the Kurds.')).toEqual(['belief The opposition <is worried about> what Moscow would offer the Kurds'])
  })

  it('leaves adjectives that no one holds: "it is certain that", an infinitive, a bare adjective', () => {
    expect(found('It is certain that the talks will fail.')).toEqual([])
    expect(found('There is every reason to be skeptical about the ceasefire.')).toEqual([])
    expect(found('The delegates were angry.')).toEqual([])
  })

  it('proposes the stance the adjective states', () => {
    expect(proposeStance('is critical of', 'the Sochi plan', 0, 'Sochi congress', ['Sochi']).stance).toBe('opposes')
    expect(proposeStance('were wary of', 'the Sochi congress', 0, 'Sochi congress', ['Sochi']).stance).toBe('wary')
    expect(proposeStance('is supportive of', 'the Sochi congress', 0, 'Sochi congress', ['Sochi']).stance).toBe('supports')
  })
})
