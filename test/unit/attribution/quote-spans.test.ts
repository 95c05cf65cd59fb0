import { describe, expect, it } from 'vitest'
import { findAttributions } from '../../../shared/attribution/find-attributions'
import { findQuoteSpans } from '../../../shared/attribution/quote-spans'

// Quotations written for these tests, with the slips and doublings pasted copy has.
const quoted = (text: string) => findQuoteSpans(text).map((q) => text.slice(q.start, q.end))
const found = (text: string) => findAttributions(text).map((s) => `${s.kind} ${s.source?.text} <${s.cue.text}> ${s.content.text}`)

describe('quotation marks as pasted text has them', () => {
  it('reads a doubled opening mark as one ("“We will …,” he said)', () => {
    const text = '"“We will not leave Geneva without a date,” Lavrov said before adding that talks would resume.'
    expect(quoted(text)).toEqual(['"“We will not leave Geneva without a date,”'])
    expect(found(text)).toContain('direct Lavrov <said> "“We will not leave Geneva without a date,”')
  })

  it('reads an inverted "said X" after a quote typed shut with an opening mark', () => {
    const text = '“The truth is, if the opposition loses Aleppo, that could create real problems for it,“ said Jim Roe, a congressman.'
    expect(found(text)).toContain('direct Jim Roe <said> “The truth is, if the opposition loses Aleppo, that could create real problems for it,“')
  })
})

describe('direct quotes whose speaker the tagger misreads', () => {
  it('keeps a two-word quote typed shut with “ and carries it on to the next quote', () => {
    expect(found('“Quite unusual,“ said Jane Roe, an attorney in Beirut. “It is a hard thing to pull off without crossing a line.”')).toContain('direct Jane Roe <said> “Quite unusual,“ said Jane Roe, an attorney in Beirut. “It is a hard thing to pull off without crossing a line.”')
  })

  it('reads a verb of saying the tagger took for an adjective after a quote and its speaker ("Toomey fumed")', () => {
    expect(found('“They would have gone to the only bill with support in both parties,” Toomey fumed on Tuesday.')).toContain('direct Toomey <fumed> “They would have gone to the only bill with support in both parties,”')
  })

  it('reads a name after a quote across an aside of circumstance ("Blunt, after a long pause, said")', () => {
    expect(found('“He had a lot of supporters in the north,” Blunt, after a long pause, said.')).toContain('direct Blunt <said> “He had a lot of supporters in the north,”')
  })
})

describe('a participle after a quote', () => {
  it('names no speaker after it (`,” referencing the exiles`)', () => {
    const found = findAttributions('Roe fired back: “If they sue us in a court in Miami, they are going to lose,” referencing the exiles in the region.')
    expect(found.map((s) => s.source?.text)).not.toContain('the exiles in the region')
  })
})

describe('a quote introduced by a colon', () => {
  it('is what the speaker said, in the next paragraph too, whatever came between the cue and the colon', () => {
    const text = 'The committee said about the clinics in the latest draft of its platform:\n\n"The platform goes further than any before on refugee rights."'
    expect(found(text)).toEqual(['direct The committee <said> "The platform goes further than any before on refugee rights."'])
    // (Another verb of saying before the colon speaks instead.)
    expect(found('Roe said the envoy told reporters:\n\n"We will not go back to Geneva this year."')).not.toContain('direct Roe <said> "We will not go back to Geneva this year."')
  })
})

describe('saying forms the tagger reads as nouns beside a quotation', () => {
  it('after the quote (`,” Roe notes.`) and before it (`The ad claims “…”`)', () => {
    expect(found('“The envoy has the same positions on the issues that matter to the Kurds,” Roe notes.')).toContain('direct Roe <notes> “The envoy has the same positions on the issues that matter to the Kurds,”')
    expect(found('The ad claims “the council is the only voice you can trust.”')).toContain('direct The ad <claims> “the council is the only voice you can trust.”')
    expect(found('"Today the kingdom leads the fight against terror financing," the Saudis state in the white paper.')).toContain('direct the Saudis <state> "Today the kingdom leads the fight against terror financing,"')
  })
})

describe('a quantifier as the subject', () => {
  it('reads "Many say", "Both said", but keeps "They both said" as theirs', () => {
    expect(found('Many say it is too late for the truce.')).toContain('indirect Many <say> it is too late for the truce')
    expect(found('Both said the talks had failed.')).toContain('indirect Both <said> the talks had failed')
    expect(found('They both said the talks had failed.')).toContain('indirect They <said> the talks had failed')
    expect(found('Yet another said, “the envoy is in a five-way battle for second place.”')).toContain('direct another <said> “the envoy is in a five-way battle for second place.”')
  })

  it('names the group a lone quantifier counts from, within its paragraph', () => {
    const speakers = (text: string) => findAttributions(text).map((s) => s.speaker)
    expect(speakers('Opposition representatives, meeting in Riyadh this week, were wary. Several said the congress could become a distraction.')).toEqual(['Opposition representatives'])
    expect(speakers('Kurdish officials met in Qamishli on Monday.\n\nSome said the talks were over.')).toEqual(['Some'])
    expect(speakers('Many say it is too late for the truce.')).toEqual(['Many'])
    expect(speakers('Many prominent Kurdish politicians stayed away from Sochi, and others said they would not go.')).toEqual(['prominent Kurdish politicians'])
    expect(speakers('Refugees kept arriving. All told, up to 5 million people fled.')).toEqual([])
  })

  it('keeps a one-word answer a verb of saying introduces (said, “No.”), and not a one-word scare quote', () => {
    expect(found('Asked whether he would resign, the envoy shook his head and said, “No.”')).toContain('direct the envoy <said> “No.”')
    expect(found("Asked about the talks, Ozturk said, ''Probably.''")).toContain("direct Ozturk <said> ''Probably.''")
    expect(found('The envoy was, in a word, “tired.”')).toEqual([])
  })
})
