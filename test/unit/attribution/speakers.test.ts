import { describe, expect, it } from 'vitest'
import { findAttributions } from '../../../shared/attribution/find-attributions'

// Sentences written for these tests: who a source mention names, as a reader resolves it.
const speakerOf = (text: string) => findAttributions(text).map((s) => [s.speaker, s.role])

describe('names with titles and places', () => {
  it('keeps the office a title names in the role: "Secretary of State John Kerry"', () => {
    expect(speakerOf('Secretary of State John Kerry said the talks would resume.')).toEqual([['John Kerry', 'Secretary of State']])
    expect(speakerOf('Foreign Minister Sergei Lavrov said the talks would resume.')).toEqual([['Sergei Lavrov', 'Foreign Minister']])
  })

  it('reads "Analysts in Ankara" as a group somewhere, not as the city speaking', () => {
    expect(speakerOf('Analysts in Ankara said the dispute would not derail the congress.')).toEqual([['Analysts in Ankara', null]])
    expect(speakerOf('Diplomats at the UN said the convoy had left.').map(([speaker]) => speaker)).not.toEqual(['UN'])
  })

  it('keeps the people of a named body as the speakers: "A spokesman for the Kremlin", "Supporters of the Free Syrian Army"', () => {
    expect(speakerOf('A spokesman for the Kremlin said the talks would resume.')).toEqual([['A spokesman for the Kremlin', null]])
    expect(speakerOf('Supporters of the Free Syrian Army said the town fell.')).toEqual([['Supporters of the Free Syrian Army', null]])
    // (A finding still names the body that made it.)
    expect(speakerOf('A survey by the Syrian Observatory found the toll had risen.')).toEqual([['Syrian Observatory', null]])
  })
})
