import { describe, expect, it } from 'vitest'
import { parsePlainText } from '../../../electron/main/services/importer/parse-plain-text'
import { inferShape } from '../../../electron/main/services/importer/plain-text/paragraph-shape'
import { readSourceLines } from '../../../electron/main/services/importer/plain-text/source-lines'
import { hardWrap, renderShape, type ShapeName } from '../../bench/plain-text/render-shapes'

// An article written for these tests: paragraphs of many lengths, compounds with hyphens, a
// one-sentence quote paragraph, names with particles.
const headline = 'Turkey hardens its line on Kurdish role at Sochi congress'
const paragraphs = [
  'ANKARA - Turkey said on Wednesday it would not take part in the Syrian Congress of National Dialogue if the Kurdish PYD or its armed wing, the YPG, were invited, adding a condition to the Russian plan weeks before the gathering is due to open.',
  'Foreign Minister Mevlut Cavusoglu told reporters in Ankara that Turkey had made its position clear to Moscow and Tehran, its partners in the Astana process, and that the guarantors had agreed that "terrorist groups" would be kept out.',
  '"We will not sit at the same table with a terrorist organisation," he said.',
  'The YPG forms the backbone of the U.S.-backed Syrian Democratic Forces, which took Raqqa from Islamic State in October. Washington has not said whether it wants the group represented in Sochi.',
  'Russian officials have at times suggested that Kurds should be represented, without saying by whom. A Kremlin spokesman said on Tuesday that the guest list was still being discussed and that no decision had been taken.',
  'Analysts in Ankara said the de-escalation arrangements agreed with Russia and Iran gave Turkey leverage it had lacked earlier in the war, when it watched the Kurdish-led forces expand along its border.',
  'The UN envoy, Staffan de Mistura, has said he will judge the congress by whether it helps the talks he leads in Geneva.',
]

const texts = (source: string) => parsePlainText(source).blocks.filter((b) => !b.removed).map((b) => b.text)

describe('paragraph shapes', () => {
  it.each<ShapeName>(['one-per-line', 'blank-lines', 'wrapped-72'])('finds every paragraph of a %s text, and the headline', (shape) => {
    const parsed = parsePlainText(renderShape([headline, ...paragraphs], shape))
    expect(parsed.title).toBe(headline)
    expect(parsed.blocks.filter((b) => !b.removed).map((b) => b.text)).toEqual(paragraphs)
  })

  it.each([60, 66, 70, 72, 76, 80])('re-joins text hard-wrapped at %i columns, blank lines between paragraphs', (width) => {
    const source = [headline, ...paragraphs].map((p) => hardWrap(p, width).join('\n')).join('\n\n')
    expect(texts(source)).toEqual(paragraphs)
  })

  it.each([64, 72, 78])('re-joins text hard-wrapped at %i columns with no blank lines, where each paragraph ends short', (width) => {
    const ending = paragraphs.filter((p) => (hardWrap(p, width).at(-1)?.length ?? 0) < width - 12)
    const source = [headline, ...ending].map((p) => hardWrap(p, width).join('\n')).join('\n')
    expect(texts(source)).toEqual(ending)
  })

  it('reads a file that mixes forms: headline and byline lines, a wrapped body, then one paragraph per line', () => {
    const source = [headline, 'By Aylin Demir', '', ...paragraphs.slice(0, 3).map((p) => hardWrap(p, 72).join('\n')), ...paragraphs.slice(3)].join('\n')
    expect(texts(source)).toEqual(paragraphs)
  })

  it.each([
    ['a one-per-line text', renderShape(paragraphs, 'one-per-line'), null],
    ['a blank-line text', renderShape(paragraphs, 'blank-lines'), null],
    ['a text wrapped at 72', paragraphs.map((p) => hardWrap(p, 72).join('\n')).join('\n\n'), 72],
    ['a text wrapped at 80 without blank lines', paragraphs.map((p) => hardWrap(p, 80).join('\n')).join('\n'), 80],
    ['a menu of short lines', 'Home\nWorld\nMiddle East\nPolitics\nBusiness\nOpinion\nSport', null],
    ['a list of short sentences', 'Talks resume.\nDelegates arrive.\nThe envoy speaks.\nNo deal is signed.', null],
  ])('infers the wrap width of %s', (_name, source, width) => {
    const found = inferShape(readSourceLines(source)).wrapWidth
    if (width === null) expect(found).toBeNull()
    else expect(found).toBeGreaterThanOrEqual(width - 3)
    if (width !== null) expect(found).toBeLessThanOrEqual(width)
  })

  it.each([
    ['a compound broken at its hyphen keeps it', 'The guarantors discussed the future of the four de-\nescalation zones in detail, as every de-escalation zone was under strain.', 'four de-escalation zones'],
    ['a name particle broken at its hyphen keeps it', 'Opposition negotiators repeated that Bashar al-\nAssad must leave power at the start of any political transition, they said.', 'Bashar al-Assad must'],
    ['a word hyphenated by the wrapper loses it when the text spells it whole', 'The delegation from Damascus arrived late. Officials in Damas-\ncus said the delay was caused by the opposition and its foreign backers.', 'Officials in Damascus said'],
    ['an unknown split word keeps its hyphen (it may be a compound)', 'The monitors reported that the so-called observation posts were under-\nstaffed and poorly supplied during the winter months, the report said.', 'were under-staffed'],
    ['a dash at the end of a line is followed by a space', 'The envoy said the talks in Geneva would continue into next week -\nbut he gave no date for the next round of negotiations in Geneva.', 'week - but'],
  ])('%s', (_name, source, expected) => {
    expect(texts(source).join('\n')).toContain(expected)
  })

  it('joins wrapped Chinese without adding spaces, and keeps paragraphs apart', () => {
    const first = '俄罗斯、土耳其和伊朗三国领导人在索契会晤，同意支持召开叙利亚全国对话大会，但没有确定具体日期。反对派对此表示谨慎，担心会议会削弱日内瓦和谈。'
    const second = '联合国特使德米斯图拉表示，任何倡议都应当有助于在日内瓦进行的政治进程。'
    const source = [...hardWrap(first, 40), '', ...hardWrap(second, 40)].join('\n')
    expect(texts(source)).toEqual([first, second])
  })

  it('joins wrapped Chinese lines that name an acronym in capitals (a line without lower case is not a header)', () => {
    const first = '联合国（UN）和欧洲联盟（EU）的代表在日内瓦会晤，同意支持召开叙利亚全国对话大会，但没有确定具体日期，反对派对此表示谨慎。'
    const second = '联合国特使德米斯图拉表示，任何倡议都应当有助于在日内瓦进行的政治进程。'
    const lines = hardWrap(first, 40)
    expect(lines.some((line) => /[A-Z]{2}/.test(line) && !/[a-z]/.test(line))).toBe(true)
    expect(texts([...lines, '', ...hardWrap(second, 40)].join('\n'))).toEqual([first, second])
  })

  it('breaks paragraphs at indented first lines, and only there', () => {
    const source = ['  The talks resumed in Geneva on Tuesday after a', 'two-week pause, with both delegations present.', '  The opposition said it had no preconditions.', 'Its negotiators arrived on Monday.', '  The government delegation was expected later.'].join('\n')
    expect(texts(source)).toEqual([
      'The talks resumed in Geneva on Tuesday after a two-week pause, with both delegations present.',
      'The opposition said it had no preconditions. Its negotiators arrived on Monday.',
      'The government delegation was expected later.',
    ])
  })

  it('keeps one paragraph per line when only a quotation or two is indented', () => {
    const source = [paragraphs[0], '    "We will not sit at the same table," the minister said.', paragraphs[1], paragraphs[3], '    "The list is still being discussed," a spokesman said.', paragraphs[4]].join('\n')
    expect(texts(source)).toHaveLength(6)
  })

  it('keeps list items apart even inside a wrapped paragraph run', () => {
    const intro = hardWrap(`${paragraphs[0]} The joint statement released in Astana listed three points that the guarantors said they had agreed on during the talks:`, 72)
    const parsed = parsePlainText(['Astana statement lists three points', ...intro, '- a date for the congress in Sochi', '- more observation posts in Idlib', '- an exchange of detainees'].join('\n'))
    expect(parsed.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', intro.join(' ')],
      ['list-item', 'a date for the congress in Sochi'],
      ['list-item', 'more observation posts in Idlib'],
      ['list-item', 'an exchange of detainees'],
    ])
  })

  it('reads a mark used between items as a separator, even where the wrap puts it at a line start', () => {
    const changes = 'Changes in this release: + Added observation posts in Idlib + Added a second crossing at Bab al-Hawa + Moved the talks to Astana + Added a date for the congress in Sochi + Added a commission on detainees + Extended the de-escalation zones'
    const lines = hardWrap(changes, 43)
    expect(lines.slice(1).some((line) => line.startsWith('+ '))).toBe(true)
    expect(texts(['Release notes', ...lines].join('\n'))).toEqual([lines.join(' ')])
  })

  it('never folds a speaker header or an interview line into the wrapped line above', () => {
    const lead = hardWrap('The Russian leader said the three countries had agreed to back what he called a congress of the Syrian peoples.', 72)
    const source = [...lead, 'VLADIMIR PUTIN RUSSIAN PRESIDENT "We agreed to support the congress."', 'Q: Will the opposition attend?', 'A: We have not been invited.'].join('\n')
    expect(parsePlainText(source).blocks.map((b) => b.kind)).toEqual(['paragraph', 'speech', 'speech', 'speech'])
  })
})
