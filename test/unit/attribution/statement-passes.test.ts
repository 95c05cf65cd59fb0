import { describe, expect, it } from 'vitest'
import { findAttributions } from '../../../shared/attribution/find-attributions'

// Sentences written for these tests, in shapes that real wire copy uses and the finder once dropped.
describe('statements that hold each other', () => {
  it('keeps the reporting statement when a belief inside it runs on over its cue', () => {
    const found = findAttributions('Moscow plans to bring the Kurdish groups to the table by offering them "a guaranteed place in the talks," Jan Egeland said Monday.')
    const said = found.find((s) => s.cue.text === 'said')
    expect(said).toMatchObject({ speaker: 'Jan Egeland', kind: 'indirect' })
    expect(said!.content.text).toMatch(/^Moscow plans to bring the Kurdish groups/)
  })

  it('still lets the outer statement absorb a cue nested in what it reports', () => {
    const found = findAttributions('Lavrov said the opposition wants the talks to fail before they begin in Astana.')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ speaker: 'Lavrov' })
  })
})

describe('participles after a clause', () => {
  it('gives ", saying …" to the clause\'s subject, not to the object of its verb', () => {
    const found = findAttributions('Erdogan praised the plan, saying Turkey would send observers to Idlib.')
    expect(found.find((s) => s.cue.text === 'saying')).toMatchObject({ speaker: 'Erdogan', content: { text: 'Turkey would send observers to Idlib' } })
  })

  it('reads "promising to …" the tagger took for an adjective as a promise', () => {
    const found = findAttributions('Lavrov defended the “Sochi format,” promising to invite every group that renounces terrorism.')
    expect(found.find((s) => s.cue.text === 'promising')).toMatchObject({ speaker: 'Lavrov', content: { text: 'to invite every group that renounces terrorism' } })
    // (And the object before it keeps its quotation whole.)
    expect(found.find((s) => s.cue.text === 'defended')?.content.text).toBe('the “Sochi format,”')
  })
})
