import { describe, expect, it } from 'vitest'
import { reanchor, type AnchorResult } from '../../../shared/anchoring/reanchor'
import { describeSpan } from '../../../shared/anchoring/selectors'
import { composeText, type ContentBlock } from '../../../shared/domain/content'

const paragraph = (text: string, removed: ContentBlock['removed'] = null): ContentBlock => ({ kind: 'paragraph', text, page: null, removed })

const blocks: ContentBlock[] = [
  paragraph('Subscribe to read the full story. Already a subscriber? Log in.', { reason: 'paywall', by: 'importer' }),
  paragraph('Russian officials said on Tuesday that the congress in Sochi would go ahead as planned, despite the opposition delegation announcing a boycott.'),
  paragraph('The ceasefire in Idlib will hold until March, officials said. Turkey has asked for observation posts along the de-escalation line.'),
  paragraph('Sergei Lavrov told reporters in Moscow that the goverment in Damascus had accepted the invitation, while Kurdish participation remained unresolved.'),
  paragraph('Staffan de Mistura is expected to attend. The ceasefire in Afrin will hold until April, officials said, but few believe it.'),
]
const { text } = composeText(blocks)

/** The selectors of the n-th occurrence (0-based) of `phrase` in `source`. */
function target(source: string, phrase: string, occurrence = 0) {
  let start = -1
  for (let i = 0; i <= occurrence; i++) start = source.indexOf(phrase, start + 1)
  if (start < 0) throw new Error(`"${phrase}" not in the text`)
  return describeSpan(source, start, start + phrase.length)
}

/** The result must place the span exactly on the n-th occurrence of `phrase` in `source`. */
function expectAt(result: AnchorResult | undefined, source: string, phrase: string, occurrence = 0) {
  let start = -1
  for (let i = 0; i <= occurrence; i++) start = source.indexOf(phrase, start + 1)
  expect(start).toBeGreaterThanOrEqual(0)
  expect(result).toMatchObject({ start, end: start + phrase.length })
  expect(source.slice(result!.start!, result!.end!)).toBe(phrase)
}

describe('reanchor: the text did not change', () => {
  it('keeps every span where it was', () => {
    const targets = [target(text, 'congress in Sochi'), target(text, 'observation posts')]
    const results = reanchor(text, text, targets)
    expect(results).toEqual([
      { status: 'anchored', start: targets[0]!.position.start, end: targets[0]!.position.end, method: 'unchanged' },
      { status: 'anchored', start: targets[1]!.position.start, end: targets[1]!.position.end, method: 'unchanged' },
    ])
  })

  it('re-finds a span whose stored position is stale, but only as needs-review', () => {
    const stale = { ...target(text, 'observation posts'), position: { start: 3, end: 20 } }
    const [result] = reanchor(text, text, [stale])
    expect(result).toMatchObject({ status: 'needs-review', method: 'fuzzy' })
    expectAt(result, text, 'observation posts')
  })
})

describe('reanchor: text changed around the span', () => {
  it('shifts a span when words are inserted before it', () => {
    const inserted = 'On Tuesday, '
    const at = text.indexOf('Sergei Lavrov')
    const newText = text.slice(0, at) + inserted + text.slice(at)
    const before = target(text, 'accepted the invitation')
    const [result] = reanchor(text, newText, [before])
    expect(result).toMatchObject({ status: 'anchored', method: 'diff', start: before.position.start + inserted.length })
    expectAt(result, newText, 'accepted the invitation')
  })

  it('follows spans before and after a deletion in unrelated text', () => {
    const deleted = ' Turkey has asked for observation posts along the de-escalation line.'
    const newText = text.replace(deleted, '')
    const before = target(text, 'congress in Sochi')
    const after = target(text, 'Kurdish participation')
    const results = reanchor(text, newText, [before, after])
    expect(results[0]).toEqual({ status: 'anchored', start: before.position.start, end: before.position.end, method: 'diff' })
    expect(results[1]).toMatchObject({ status: 'anchored', method: 'diff', start: after.position.start - deleted.length })
    expectAt(results[1], newText, 'Kurdish participation')
  })

  it('follows every span when the analyst restores a removed paragraph in front', () => {
    const restored = composeText(blocks.map((b, i) => (i === 0 ? { ...b, removed: null } : b))).text
    const shift = blocks[0]!.text.length + 2
    expect(restored.length).toBe(text.length + shift)
    const targets = [target(text, 'Russian officials'), target(text, 'ceasefire in Idlib'), target(text, 'few believe it.')]
    const results = reanchor(text, restored, targets)
    results.forEach((result, i) => {
      expect(result).toEqual({ status: 'anchored', method: 'diff', start: targets[i]!.position.start + shift, end: targets[i]!.position.end + shift })
      expect(restored.slice(result.start!, result.end!)).toBe(targets[i]!.quote.exact)
    })
  })

  it('orphans the annotations of a paragraph the analyst removes, and keeps the others', () => {
    const removed = composeText(blocks.map((b, i) => (i === 2 ? { ...b, removed: { reason: 'duplicate', by: 'analyst' as const } } : b))).text
    const targets = [target(text, 'The ceasefire in Idlib will hold until March, officials said.'), target(text, 'observation posts'), target(text, 'Staffan de Mistura')]
    const results = reanchor(text, removed, targets)
    // A near look-alike ("The ceasefire in Afrin will hold until April, officials said.") remains.
    expect(results[0]).toEqual({ status: 'orphaned', start: null, end: null, method: 'none' })
    expect(results[1]).toEqual({ status: 'orphaned', start: null, end: null, method: 'none' })
    expect(results[2]).toMatchObject({ status: 'anchored', method: 'diff' })
    expectAt(results[2], removed, 'Staffan de Mistura')
  })
})

describe('reanchor: the span itself changed', () => {
  it('re-finds a span whose first word had a typo fixed, as needs-review at the right place', () => {
    const old = target(text, 'goverment in Damascus')
    const newText = text.replace('goverment', 'government')
    const [result] = reanchor(text, newText, [old])
    expect(result).toMatchObject({ status: 'needs-review', method: 'fuzzy' })
    expectAt(result, newText, 'government in Damascus')
  })

  it('follows a long span with one word changed inside it, as needs-review', () => {
    const old = target(text, 'Sergei Lavrov told reporters in Moscow that the goverment in Damascus had accepted the invitation')
    const newText = text.replace('goverment', 'government')
    const [result] = reanchor(text, newText, [old])
    expect(result).toMatchObject({ status: 'needs-review', method: 'diff' })
    expectAt(result, newText, 'Sergei Lavrov told reporters in Moscow that the government in Damascus had accepted the invitation')
  })

  it('orphans a span whose passage was deleted', () => {
    const newText = text.replace('Sergei Lavrov told reporters in Moscow that the goverment in Damascus had accepted the invitation, while ', '')
    const [result] = reanchor(text, newText, [target(text, 'told reporters in Moscow')])
    expect(result).toEqual({ status: 'orphaned', start: null, end: null, method: 'none' })
  })

  it('orphans a span rewritten beyond recognition', () => {
    const newText = text.replace('would go ahead as planned', 'was postponed indefinitely')
    const [result] = reanchor(text, newText, [target(text, 'would go ahead as planned')])
    expect(result!.status).toBe('orphaned')
  })

  it('orphans a rewritten span even though its context is intact: context alone does not place it', () => {
    const newText = text.replace('would go ahead as planned', 'would be delayed again')
    const [result] = reanchor(text, newText, [target(text, 'would go ahead as planned')])
    expect(result).toEqual({ status: 'orphaned', start: null, end: null, method: 'none' })
  })

  it('grows the span over a word inserted inside it when its first word also changed', () => {
    const old = target(text, 'goverment in Damascus had accepted the invitation')
    const newText = text.replace('goverment in Damascus had accepted', 'government in Damascus had formally accepted')
    const [result] = reanchor(text, newText, [old])
    expect(result!.status).toBe('needs-review')
    expectAt(result, newText, 'government in Damascus had formally accepted the invitation')
  })

  it('ends a span at a word boundary when its last word was replaced', () => {
    const old = target(text, 'announcing a boycott.')
    const newText = text.replace('announcing a boycott.', 'announcing a walkout.')
    const [result] = reanchor(text, newText, [old])
    expect(result!.status).toBe('needs-review')
    expectAt(result, newText, 'announcing a walkout.')
  })
})

describe('reanchor: repeated quotes', () => {
  const repeated = [
    'Officials said the talks will resume next week in Geneva.',
    'Observers in Astana were less sure. Officials said the talks will resume next week, but not where.',
  ].join('\n\n')

  it('picks the occurrence whose prefix and suffix match when the position cannot help', () => {
    const second = target(repeated, 'the talks will resume next week', 1)
    // No old text to diff against: only the quote and its context can place the span.
    const [result] = reanchor('', repeated, [second])
    expect(result).toMatchObject({ status: 'needs-review', method: 'fuzzy' })
    expectAt(result, repeated, 'the talks will resume next week', 1)
  })

  it('prefers the edited occurrence with the right context over an exact copy elsewhere', () => {
    const second = target(repeated, 'the talks will resume next week', 1)
    const newText = repeated.replace('Officials said the talks will resume next week, but', 'Officials said the talks would resume next week, but')
    const [result] = reanchor(repeated, newText, [second])
    expect(result).toMatchObject({ status: 'needs-review', method: 'fuzzy' })
    expectAt(result, newText, 'the talks would resume next week')
  })

  it('orphans rather than moving onto a similar sentence nearby when the quoted one is deleted', () => {
    const source = 'Officials in Ankara said the border crossing would reopen on Monday. Aid agencies were sceptical. Officials in Tehran said the border crossing would reopen on Friday, a week late.'
    const quoted = 'Officials in Ankara said the border crossing would reopen on Monday.'
    const [result] = reanchor(source, source.replace(quoted + ' ', ''), [target(source, quoted)])
    expect(result).toEqual({ status: 'orphaned', start: null, end: null, method: 'none' })
  })

  // The phrase sits inside a repeated paragraph with more than 32 characters either side, so both
  // copies have the same quote and the same context: only the position tells them apart.
  const copy = 'Turkish officials confirmed on Monday that the goverment delegation arrived in Sochi late and left before the final vote was taken.'
  const copies = ['Ankara, 30 January.', copy, 'Analysts were divided over what had been agreed.', copy, 'Reporting by Selin Aydemir.'].join('\n\n')
  const phrase = 'goverment delegation arrived in Sochi'

  it('keeps each annotation on its own copy of a repeated paragraph when a typo is fixed in both', () => {
    const targets = [target(copies, phrase, 0), target(copies, phrase, 1)]
    expect(targets[0]!.quote.prefix).toBe(targets[1]!.quote.prefix)
    expect(targets[0]!.quote.suffix).toBe(targets[1]!.quote.suffix)
    const newText = copies.replaceAll('goverment', 'government')
    const results = reanchor(copies, newText, targets)
    expect(results.map((r) => r.status)).toEqual(['needs-review', 'needs-review'])
    expectAt(results[0], newText, 'government delegation arrived in Sochi', 0)
    expectAt(results[1], newText, 'government delegation arrived in Sochi', 1)
  })

  it('stays on the edited copy where the diff puts it rather than jumping to an untouched copy', () => {
    const at = copies.lastIndexOf('goverment')
    const newText = copies.slice(0, at) + 'government' + copies.slice(at + 'goverment'.length)
    const [result] = reanchor(copies, newText, [target(copies, phrase, 1)])
    expect(result!.status).toBe('needs-review')
    expectAt(result, newText, 'government delegation arrived in Sochi')
  })

  it('maps each of two identical quotes to its own place through an edit', () => {
    const targets = [target(repeated, 'the talks will resume next week', 0), target(repeated, 'the talks will resume next week', 1)]
    const newText = 'Update: ' + repeated.replace('Observers in Astana', 'Observers')
    const results = reanchor(repeated, newText, targets)
    expect(results.map((r) => r.status)).toEqual(['anchored', 'anchored'])
    expectAt(results[0], newText, 'the talks will resume next week', 0)
    expectAt(results[1], newText, 'the talks will resume next week', 1)
  })
})

describe('reanchor: edges and odd inputs', () => {
  it('orphans everything when the new text is empty', () => {
    const results = reanchor(text, '', [target(text, 'Russian officials'), target(text, 'few believe it.')])
    expect(results).toEqual([
      { status: 'orphaned', start: null, end: null, method: 'none' },
      { status: 'orphaned', start: null, end: null, method: 'none' },
    ])
  })

  it('keeps spans at the very start and the very end of the text', () => {
    const first = describeSpan(text, 0, 'Russian officials'.length)
    const last = describeSpan(text, text.length - 'few believe it.'.length, text.length)
    const newText = text.replace('Turkey has asked', 'Turkey, meanwhile, has asked')
    const results = reanchor(text, newText, [first, last])
    expect(results[0]).toEqual({ status: 'anchored', method: 'diff', start: 0, end: 'Russian officials'.length })
    expect(results[1]).toEqual({ status: 'anchored', method: 'diff', start: newText.length - 'few believe it.'.length, end: newText.length })
  })

  it('re-finds spans at the edges when their own first or last word changed', () => {
    const first = describeSpan(text, 0, 'Russian officials said'.length)
    const last = describeSpan(text, text.length - 'but few believe it.'.length, text.length)
    const newText = text.replace(/^Russian/, 'Russia’s').replace(/believe it\.$/, 'believe them.')
    const results = reanchor(text, newText, [first, last])
    expect(results.map((r) => r.status)).toEqual(['needs-review', 'needs-review'])
    expectAt(results[0], newText, 'Russia’s officials said')
    expectAt(results[1], newText, 'but few believe them.')
  })

  it('counts offsets in UTF-16 code units through accents and emoji', () => {
    const source = 'Genève 🇸🇾 talks: the “ceasefire” 😀 holds in Alep, per Reuters.'
    const old = target(source, '“ceasefire” 😀 holds')
    // Two doves with variation selectors before the span: 7 code units (a dove is a surrogate pair).
    const newText = source.replace('talks:', 'talks 🕊️🕊️:')
    const [result] = reanchor(source, newText, [old])
    expect(newText.length - source.length).toBe(7)
    expect(result).toMatchObject({ status: 'anchored', start: old.position.start + 7 })
    expectAt(result, newText, '“ceasefire” 😀 holds')

    // An emoji inside the span replaced: found by the fuzzy step with the right offsets.
    const edited = newText.replace('😀', '🙂')
    const [fuzzy] = reanchor(source, edited, [old])
    expect(fuzzy!.status).toBe('needs-review')
    expectAt(fuzzy, edited, '“ceasefire” 🙂 holds')
  })

  it('finds a moved paragraph far from where the diff puts it', () => {
    const moved = composeText([blocks[0]!, blocks[3]!, blocks[1]!, blocks[2]!, blocks[4]!]).text
    const old = target(text, 'the opposition delegation announcing a boycott')
    const [result] = reanchor(text, moved, [old])
    expect(result).toMatchObject({ status: expect.stringMatching(/anchored|needs-review/) })
    expectAt(result, moved, 'the opposition delegation announcing a boycott')
  })

  it('never throws: malformed targets and texts are orphaned', () => {
    const bad = [
      null,
      {},
      { quote: { exact: '' }, position: { start: 0, end: 0 } },
      { quote: { exact: 'Sochi', prefix: 5, suffix: null }, position: { start: 'x', end: Number.NaN } },
      { quote: { exact: 'zzzz', prefix: '', suffix: '' }, position: { start: -5, end: 1e12 } },
    ] as unknown as Parameters<typeof reanchor>[2]
    const results = reanchor(text, text, bad)
    expect(results).toHaveLength(5)
    expect(results.slice(0, 3).every((r) => r.status === 'orphaned')).toBe(true)
    expect(results[4]!.status).toBe('orphaned')
    // A quote with no usable position is still found by its text.
    expectAt(results[3], text, 'Sochi')
    expect(reanchor(undefined as unknown as string, null as unknown as string, [target(text, 'Sochi')])).toEqual([{ status: 'orphaned', start: null, end: null, method: 'none' }])
    expect(reanchor(text, text, undefined as unknown as [])).toEqual([])
  })

  it('answers once per target, in order', () => {
    const phrases = ['Russian officials', 'observation posts', 'Kurdish participation', 'few believe it.']
    const newText = 'Breaking. ' + text
    const results = reanchor(text, newText, phrases.map((p) => target(text, p)))
    expect(results).toHaveLength(phrases.length)
    phrases.forEach((phrase, i) => expectAt(results[i], newText, phrase))
  })
})
