import { describe, expect, it } from 'vitest'
import { composeText, type ContentBlock } from '../../../shared/domain/content'
import { findAttributions } from '../../../shared/attribution/find-attributions'
import type { AttributedStatement } from '../../../shared/attribution/types'

// Sentences written for these tests, in the shapes news prose uses (no corpus text).
const one = (text: string): AttributedStatement => {
  const found = findAttributions(text)
  expect(found, text).toHaveLength(1)
  return found[0]!
}
const spansHold = (text: string, statements: readonly AttributedStatement[]) => {
  for (const s of statements) {
    expect(text.slice(s.content.start, s.content.end)).toBe(s.content.text)
    expect(text.slice(s.cue.start, s.cue.end)).toBe(s.cue.text)
    if (s.source) expect(text.slice(s.source.start, s.source.end)).toBe(s.source.text)
  }
}

describe('direct quotes', () => {
  it('takes the quote, the cue and the speaker with the role in apposition (cue after the quote)', () => {
    const text = '"We will not attend a congress that replaces Geneva," said Nasr al-Hariri, the opposition\'s chief negotiator.'
    const s = one(text)
    expect(s).toMatchObject({ kind: 'direct', speaker: 'Nasr al-Hariri', role: "the opposition's chief negotiator" })
    expect(s.content.text).toBe('"We will not attend a congress that replaces Geneva,"')
    expect(s.cue.text).toBe('said')
    spansHold(text, [s])
  })

  it('reads a cue before the quote, with a colon', () => {
    const s = one('Foreign Minister Mevlut Cavusoglu said: "We will not sit at the same table with a terrorist organisation."')
    expect(s).toMatchObject({ kind: 'direct', speaker: 'Mevlut Cavusoglu', role: 'Foreign Minister' })
    expect(s.content.text).toMatch(/^"We will not sit/)
  })

  it('joins the two halves of a quote split by its cue', () => {
    const s = one('"The congress," Foreign Minister Sergei Lavrov said, "will go ahead in January whatever happens."')
    expect(s.speaker).toBe('Sergei Lavrov')
    expect(s.content.text).toMatch(/^"The congress,".*"will go ahead in January whatever happens\."$/)
  })

  it('keeps a quote over several paragraphs whole (each paragraph reopens it, the last closes it)', () => {
    const text = 'The envoy spoke at length.\n\n"We take note of the Sochi initiative. It must support Geneva.\n\n"Anything else would be a distraction from the talks," Staffan de Mistura told reporters.'
    const s = one(text)
    expect(s).toMatchObject({ kind: 'direct', speaker: 'Staffan de Mistura' })
    expect(s.content.text).toContain('We take note of the Sochi initiative')
    expect(s.content.text).toContain('a distraction from the talks')
    spansHold(text, [s])
  })

  it('finds the same statement with curly and with straight quotation marks', () => {
    const curly = one('“We will not take part,” said Ahmad Ramadan, a spokesman for the opposition coalition.')
    const straight = one('"We will not take part," said Ahmad Ramadan, a spokesman for the opposition coalition.')
    expect([curly.speaker, curly.role, curly.kind]).toEqual([straight.speaker, straight.role, straight.kind])
    expect(curly.role).toBe('a spokesman for the opposition coalition')
  })
})

describe('indirect speech, according to, statements and beliefs', () => {
  it('resolves a surname and a pronoun to the full name first introduced, with its role', () => {
    const text = 'Turkish President Recep Tayyip Erdogan said on Monday that Ankara would never sit at a table with the PYD.\n\nErdogan added that the militia was a terrorist group.\n\nHe warned that Turkey would act alone if needed.'
    const found = findAttributions(text)
    expect(found.map((s) => [s.kind, s.source?.text, s.speaker, s.role])).toEqual([
      ['indirect', 'Turkish President Recep Tayyip Erdogan', 'Recep Tayyip Erdogan', 'Turkish President'],
      ['indirect', 'Erdogan', 'Recep Tayyip Erdogan', 'Turkish President'],
      ['indirect', 'He', 'Recep Tayyip Erdogan', 'Turkish President'],
    ])
    expect(found[2]!.content.text).toBe('that Turkey would act alone if needed')
    spansHold(text, found)
  })

  it('skips the person spoken to ("told reporters")', () => {
    const s = one('Kremlin spokesman Dmitry Peskov told reporters the Kremlin understood Ankara\'s concerns.')
    expect(s).toMatchObject({ speaker: 'Dmitry Peskov', role: 'Kremlin spokesman' })
    expect(s.content.text).toBe("the Kremlin understood Ankara's concerns")
  })

  it('reads "according to X" at the start and at the end of a sentence', () => {
    const start = one('According to the Syrian Observatory for Human Rights, more than 340,000 people have died since 2011.')
    const end = one('More than 340,000 people have died, according to the Syrian Observatory for Human Rights.')
    for (const s of [start, end]) {
      expect(s.kind).toBe('according-to')
      expect(s.source?.text).toBe('the Syrian Observatory for Human Rights')
      expect(s.content.text).toMatch(/^(More|more) than 340,000 people have died/)
    }
  })

  it('names the spokeswoman, not her title, when the title comes first', () => {
    const s = one("The foreign ministry's spokeswoman, Maria Zakharova, said the talks would continue next week.")
    expect(s).toMatchObject({ speaker: 'Maria Zakharova', role: "The foreign ministry's spokeswoman" })
  })

  it('credits "in a statement, X said" to the body', () => {
    const s = one('In a statement, the High Negotiations Committee said it would attend the next round in Geneva.')
    expect(s.speaker).toBe('High Negotiations Committee')
    expect(s.content.text).toBe('it would attend the next round in Geneva')
  })

  it('finds beliefs and intentions credited to someone', () => {
    expect(one('The opposition believes the congress is a distraction from the Geneva process.')).toMatchObject({ kind: 'belief', speaker: 'The opposition' })
    expect(one('Moscow wants the congress to replace the United Nations talks.')).toMatchObject({ kind: 'belief', speaker: 'Moscow' })
    const clear = one('Iran has made clear that it will not accept any foreign troops on Syrian soil.')
    expect(clear).toMatchObject({ kind: 'belief', speaker: 'Iran' })
    expect(clear.content.text).toBe('that it will not accept any foreign troops on Syrian soil')
  })
})

describe('cues that need their shape', () => {
  it('reads naming someone something, evidence that shows, declining to comment and "who say"', () => {
    expect(one('Former Turkish minister Ali Babacan called the congress "a stage for Moscow".')).toMatchObject({ speaker: 'Ali Babacan', content: { text: 'the congress "a stage for Moscow"' } })
    expect(one('A survey by the Syrian Observatory showed most residents backing a ceasefire in Idlib.')).toMatchObject({ speaker: 'Syrian Observatory', content: { text: 'most residents backing a ceasefire in Idlib' } })
    expect(one('The Kremlin declined to comment on the guest list for the congress.')).toMatchObject({ speaker: 'Kremlin' })
    expect(one('Several opposition delegates, who say the congress is a distraction, stayed in Geneva.')).toMatchObject({ speaker: 'Several opposition delegates', content: { text: 'the congress is a distraction' } })
  })

  it('finds the speaker across a relative clause, a phrase of time and an infinitive of purpose', () => {
    const found = findAttributions('President Tayyip Erdogan, who joined Vladimir Putin in Sochi on 22 November to announce the congress, has said the process must exclude the militia.')
    expect(found.map((s) => [s.speaker, s.content.text])).toEqual([
      ['Tayyip Erdogan', 'the congress'],
      ['Tayyip Erdogan', 'the process must exclude the militia'],
    ])
    expect(one('Russian officials have at times suggested that Kurds should be represented.').speaker).toBe('Russian officials')
  })

  it.each([
    'The foreign minister called a press conference in Ankara on Monday.',
    'The delegation declined to attend the dinner in Sochi.',
    'Thousands showed up for the rally in Damascus.',
  ])('not a statement: %s', (text) => {
    expect(findAttributions(text)).toEqual([])
  })
})

describe('transcripts', () => {
  it('makes each speech block a statement by its speaker, with no source span in the text', () => {
    const blocks: ContentBlock[] = [
      { kind: 'paragraph', text: 'The leaders met in Sochi.', page: null, removed: null },
      { kind: 'speech', text: 'We agreed to support a congress of national dialogue.', page: null, removed: null, speaker: { name: 'Vladimir Putin', role: 'Russian President' } },
    ]
    const { text, placed } = composeText(blocks)
    const [s] = findAttributions(text, placed)
    expect(s).toMatchObject({ kind: 'speech-block', speaker: 'Vladimir Putin', role: 'Russian President', source: null })
    expect(s!.content.text).toBe('We agreed to support a congress of national dialogue.')
  })

  it('reads interview lines "NAME: …" and names a capitalised speaker as the text introduced them', () => {
    const text = 'Foreign Minister Sergei Lavrov spoke to the paper.\n\nLAVROV: We are ready to talk to everyone who wants peace.\n\nINTERVIEWER: Including the Kurds?\n\nLAVROV: Including those Kurds who reject terrorism.'
    const found = findAttributions(text)
    expect(found.map((s) => [s.kind, s.speaker, s.content.text])).toEqual([
      ['speech-block', 'Sergei Lavrov', 'We are ready to talk to everyone who wants peace.'],
      ['speech-block', 'Interviewer', 'Including the Kurds?'],
      ['speech-block', 'Sergei Lavrov', 'Including those Kurds who reject terrorism.'],
    ])
    spansHold(text, found)
  })

  it('reads the answers of a "Q: / A:" interview as the interviewee\'s, leaves questions out and keeps a third party an answer reports', () => {
    const text = 'Q&A with opposition negotiator Nasr al-Hariri.\n\nThe delegation chief spoke to us in Geneva.\n\nQ: Will you go to Sochi?\n\nA: We will not go to a congress the regime stages.\n\nQ: And after Geneva?\n\nA: We stay at the table. The UN envoy told us the vote is still planned.'
    const found = findAttributions(text)
    expect(found.map((s) => [s.kind, s.speaker, s.content.text])).toEqual([
      ['speech-block', 'Nasr al-Hariri', 'We will not go to a congress the regime stages.'],
      ['speech-block', 'Nasr al-Hariri', 'We stay at the table. The UN envoy told us the vote is still planned.'],
      ['indirect', 'The UN envoy', 'the vote is still planned'],
    ])
    spansHold(text, found)
    // An explainer answers in the writer's voice; a byline names the writer, not the interviewee.
    expect(findAttributions('Q&A: What is at stake in Geneva\n\nUN envoy Staffan de Mistura opens a round.\n\nQ: Who is there?\n\nA: The government delegation and the opposition.\n\nQ: What next?\n\nA: Nobody knows yet, really.')).toEqual([])
    const bylined = findAttributions('Interview: the opposition\n\nBy Sarah Al Dadouch\n\nNegotiator Nasr al-Hariri spoke to us.\n\nQ: Will you stay?\n\nA: We will stay as long as there is a chance.\n\nA: Yes, we will stay.')
    expect(bylined.map((s) => s.speaker)).toEqual(['Nasr al-Hariri', 'Nasr al-Hariri'])
    // Answers without a question are no interview.
    expect(findAttributions('Route notes\n\nA: the convoy road runs north of the river.\n\nA: the border crossing opens at six.')).toEqual([])
  })

  it('does not take a headline with a colon for an interview', () => {
    expect(findAttributions('Sochi talks: the leaders agree on a date for the congress in January\n\nThe meeting ended late.')).toEqual([])
    // Nor a kicker or the page's furniture in capitals.
    expect(findAttributions('BOOM: Russia Just Walked Out Of The Geneva Talks\n\nThe meeting ended late.')).toEqual([])
    expect(findAttributions('The meeting ended late.\n\nBYLINE: Sarah Al Dadouch.\n\nEMAIL: desk@example.org.')).toEqual([])
  })
})

describe('what is not an attribution', () => {
  it.each([
    ['"said to be"', 'The talks are said to be at risk of collapse.'],
    ['"so-called" and a short name in quotes', 'The so-called "peoples\' congress" was announced in November.'],
    ['a book title in quotes', 'She wrote "The Long War" in 2010 and taught in Beirut.'],
    ['no quotation marks and no speaker', 'There are no quotation marks here and nobody says anything at all about the talks.'],
  ])('%s', (_what, text) => {
    expect(findAttributions(text)).toEqual([])
  })

  it('survives unbalanced quotation marks, empty text and marks alone', () => {
    expect(() => findAttributions('"We will go, he said. Nobody knows what comes next.')).not.toThrow()
    expect(findAttributions('')).toEqual([])
    expect(() => findAttributions('"'.repeat(5000) + '“'.repeat(5000))).not.toThrow()
  })

  it('handles a very long document in one pass (statements in every part of it)', () => {
    const paragraph = 'Kremlin spokesman Dmitry Peskov told reporters the talks would continue in Geneva next month.'
    const text = Array.from({ length: 4000 }, () => paragraph).join('\n\n')
    const found = findAttributions(text)
    expect(found).toHaveLength(4000)
    expect(found.at(-1)!.content.start).toBeGreaterThan(text.length - paragraph.length)
  }, 60_000)
})
