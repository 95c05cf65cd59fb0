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
