import { describe, expect, it } from 'vitest'
import { findAttributions } from '../../../shared/attribution/find-attributions'

// Sentences written for these tests: where one statement's words end and the next begins.
const contents = (text: string) => findAttributions(text).map((s) => `${s.source?.text}: ${s.content.text}`)

describe('where a statement ends', () => {
  it('ends before another speaker who says something of their own after a comma', () => {
    const found = contents('While the spokesman has said that the envoy meets the rebels often, Lavrov said he does not do it publicly.')
    expect(found).toContain('the spokesman: that the envoy meets the rebels often')
    expect(found).toContain('Lavrov: he does not do it publicly')
    const two = contents('The minister said the convoy had reached Douma on Monday, but the Red Crescent said only half the trucks were unloaded.')
    expect(two).toContain('The minister: the convoy had reached Douma on Monday')
    expect(two).toContain('the Red Crescent: only half the trucks were unloaded')
  })

  it('ends before "and" when a new speaker says something of their own', () => {
    const found = contents('One in three said the council does not care about the displaced and one in four said it was hostile to them.')
    expect(found).toContain('One in three: the council does not care about the displaced')
    expect(found).toContain('one in four: it was hostile to them')
  })

  it('ends a statement inside an opening subordinate clause where the main clause starts', () => {
    expect(contents('Although critics argue that the swap encourages kidnappers, the ministry has approved two more releases.')).toContain('critics: that the swap encourages kidnappers')
    expect(contents('Now that the envoy has claimed that the regime broke the truce, Moscow had a reaction.')).toContain('the envoy: that the regime broke the truce')
    // (In a sentence that opens with its main clause, a comma does not end the statement.)
    expect(contents('The envoy said that in Douma, the regime had broken the truce.')).toContain('The envoy: that in Douma, the regime had broken the truce')
  })

  it('reads a statement closed by "role, Name, told X" and one split by "X told them,"', () => {
    expect(contents('The opposition will stay in Geneva until the vote, its chief negotiator, Nasr al-Hariri, told reporters.')).toContain('Nasr al-Hariri: The opposition will stay in Geneva until the vote')
    expect(contents('The solution, the envoy told them, was simple.')).toContain('the envoy: The solution, the envoy told them, was simple')
  })

  it('keeps a relative clause about the statement\'s subject inside it', () => {
    const found = contents('Netanyahu has said that the deal strengthens Iran, whose leaders have called for the destruction of Israel.')
    expect(found).toContain('Netanyahu: that the deal strengthens Iran, whose leaders have called for the destruction of Israel')
  })

  it('ends before "but added" and leaves the quote it introduces to that cue', () => {
    const found = contents('The envoy said the talks take time but added, “We will not leave the table,” the envoy said.')
    expect(found).toContain('The envoy: the talks take time')
    expect(found).toContain('The envoy: “We will not leave the table,”')
    expect(contents('Ruiz said the list was ready but said the vote was still open.')).toContain('Ruiz: the list was ready')
  })

  it('keeps a participle that reports no words inside the statement, and ends before one that does', () => {
    expect(contents('The minister said the delegation had been tested, coming from far behind in the first round.')).toContain('The minister: the delegation had been tested, coming from far behind in the first round')
    expect(contents('The minister said the convoy would leave on Monday, citing the ceasefire terms.')).toContain('The minister: the convoy would leave on Monday')
  })

  it('reads what a participle after a quote\'s cue reports as its own statement (`"…," he said, noting that …`)', () => {
    const found = contents('“We have come a long way,” Hariri said, noting that the delegation had once trailed by fifty seats.')
    expect(found).toEqual(['Hariri: “We have come a long way,”', 'Hariri: that the delegation had once trailed by fifty seats'])
  })

  it('runs a statement that opens with its own "if" clause on into that clause\'s main clause, and no further', () => {
    expect(contents('Lavrov said if the rebels leave Aleppo, they will be given safe passage.')).toEqual(['Lavrov: if the rebels leave Aleppo, they will be given safe passage'])
    expect(contents('Lavrov said if the rebels leave Aleppo, Damascus said it would allow aid convoys in.')).toEqual(['Lavrov: if the rebels leave Aleppo', 'Damascus: it would allow aid convoys in'])
  })

  it('ends the words at a source set off by commas when "and" brings in a second speaker, not when the first goes on', () => {
    expect(contents('The convoy was stopped at the checkpoint on Monday, records show, and aid workers say it is still waiting.')).toEqual(['records: The convoy was stopped at the checkpoint on Monday', 'aid workers: it is still waiting'])
    expect(contents('Talks resume on Monday, they said, and nobody expects a deal before spring.')).toEqual(['they: Talks resume on Monday, they said, and nobody expects a deal before spring'])
  })

  it('runs the object of a position to the last item of its list', () => {
    expect(contents('The delegation backed Hariri, Nasr and Aloush.')).toEqual(['The delegation: Hariri, Nasr and Aloush'])
    expect(contents('The delegation backed Hariri, Nasr said.')).not.toContain('The delegation: Hariri, Nasr')
  })

  it('runs a that-clause opening with a phrase of place into its own main clause', () => {
    expect(contents('Lavrov said on Monday that on a trip to Ankara this week, he would raise the Kurdish question.')).toEqual(['Lavrov: that on a trip to Ankara this week, he would raise the Kurdish question'])
  })

  it('reads a comma inside a closing quotation mark as a comma between clauses', () => {
    expect(contents('While many said that “the envoy got in trouble for far less,” one of the mediators said the two cases were different.'))
      .toEqual(['many: that “the envoy got in trouble for far less,”', 'one of the mediators: the two cases were different'])
  })
})
