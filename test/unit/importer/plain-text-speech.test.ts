import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { composeText } from '../../../shared/domain/content'
import { parsePlainText } from '../../../electron/main/services/importer/parse-plain-text'
import { prepareBlocks } from '../../../electron/main/services/importer/prepare-blocks'
import { splitSpeakerHeader } from '../../../electron/main/services/importer/plain-text/speaker-names'

const lead = 'Russia, Iran and Turkey have thrown their weight behind a Syrian congress, but the opposition fears it could pull attention away from the UN-led talks in Geneva.'
const speech = (source: string) => parsePlainText(source).blocks.filter((b) => b.kind === 'speech').map((b) => ({ text: b.text, speaker: b.speaker }))

describe('speaker headers', () => {
  it.each([
    ['VLADIMIR PUTIN RUSSIAN PRESIDENT', 'Vladimir Putin', 'Russian President'],
    ['NASR AL-HARIRI OPPOSITION NEGOTIATOR', 'Nasr al-Hariri', 'Opposition Negotiator'],
    ['STAFFAN DE MISTURA UN SPECIAL ENVOY FOR SYRIA', 'Staffan de Mistura', 'UN Special Envoy for Syria'],
    ['RECEP TAYYIP ERDOGAN TURKISH PRESIDENT', 'Recep Tayyip Erdogan', 'Turkish President'],
    ["HASSAN ROUHANI IRAN'S PRESIDENT", 'Hassan Rouhani', "Iran's President"],
    ['MEVLUT CAVUSOGLU TURKISH FOREIGN MINISTER', 'Mevlut Cavusoglu', 'Turkish Foreign Minister'],
    ['FOREIGN MINISTER SERGEI LAVROV', 'Sergei Lavrov', 'Foreign Minister'],
    ['U.S. SECRETARY OF STATE REX TILLERSON', 'Rex Tillerson', 'U.S. Secretary of State'],
    ['DMITRY PESKOV KREMLIN SPOKESMAN', 'Dmitry Peskov', 'Kremlin Spokesman'],
    ['BASHAR AL-JAAFARI SYRIAN GOVERNMENT DELEGATION HEAD', 'Bashar al-Jaafari', 'Syrian Government Delegation Head'],
    ['ABU MOHAMMAD AL-JOLANI HTS LEADER', 'Abu Mohammad al-Jolani', 'HTS Leader'],
    ['SALIH MUSLIM FORMER PYD CO-CHAIR', 'Salih Muslim', 'Former PYD Co-Chair'],
    ["SEAN O'BRIEN ANALYST", "Sean O'Brien", 'Analyst'],
    ['JOHN MAJOR FORMER BRITISH PRIME MINISTER', 'John Major', 'Former British Prime Minister'],
    ['RAMI ABDULRAHMAN SYRIAN OBSERVATORY FOR HUMAN RIGHTS', 'Rami Abdulrahman', 'Syrian Observatory for Human Rights'],
    ['UMM KHALED RESIDENT OF EASTERN GHOUTA', 'Umm Khaled', 'Resident of Eastern Ghouta'],
    ['MARIA ZAKHAROVA', 'Maria Zakharova', null],
  ])('%s → %s, %s', (header, name, role) => {
    expect(splitSpeakerHeader(header)).toEqual({ name, role })
  })

  it('makes a header and its quotation on one line a speech block of the quoted words', () => {
    expect(speech(['Congress plan divides Syrians', lead, 'VLADIMIR PUTIN RUSSIAN PRESIDENT "We agreed to support the convening of a congress. It will not be easy."'].join('\n'))).toEqual([
      { text: 'We agreed to support the convening of a congress. It will not be easy.', speaker: { name: 'Vladimir Putin', role: 'Russian President' } },
    ])
  })

  it.each([
    ['straight quotes', '"We take note of the Sochi initiative."'],
    ['curly quotes', '“We take note of the Sochi initiative.”'],
    ['guillemets', '«We take note of the Sochi initiative.»'],
  ])('reads a header on its own line with the quotation below, in %s', (_name, quote) => {
    expect(speech(['Congress plan divides Syrians', lead, 'STAFFAN DE MISTURA UN SPECIAL ENVOY FOR SYRIA', quote].join('\n'))).toEqual([
      { text: 'We take note of the Sochi initiative.', speaker: { name: 'Staffan de Mistura', role: 'UN Special Envoy for Syria' } },
    ])
  })

  it('keeps a quotation that runs over wrapped lines whole', () => {
    const source = ['Congress plan divides Syrians', '', 'NASR AL-HARIRI OPPOSITION NEGOTIATOR "We will not take part in anything that', 'replaces Geneva. Any political process must lead to a real transition."'].join('\n')
    expect(speech(source)[0]!.text).toBe('We will not take part in anything that replaces Geneva. Any political process must lead to a real transition.')
  })

  it.each([
    ['a headline in capitals', 'SYRIA TALKS RESUME IN GENEVA'],
    ['an update label', 'UPDATE: The talks were postponed by a day.'],
    ["an editor's note", "EDITOR'S NOTE: This story has been corrected."],
    ['a wire dateline', 'MOSCOW (Levant Wire Agency) - The Kremlin said on Wednesday it would not comment.'],
    ['a single mixed-case label', 'Note: figures are from the Syrian Observatory.'],
  ])('does not take %s for a speaker', (_name, line) => {
    expect(speech(['Congress plan divides Syrians', lead, line].join('\n'))).toEqual([])
  })
})

describe('interviews', () => {
  it('reads "Q:" and "A:" lines, naming the interviewee from the introduction', async () => {
    const parsed = parsePlainText(await readFile(resolve('test/fixtures/text/shapes/interview-question-answer.txt'), 'utf8'))
    const blocks = parsed.blocks.filter((b) => b.kind === 'speech')
    expect(blocks.map((b) => b.speaker!.name)).toEqual(['Interviewer', 'Nasr al-Hariri', 'Interviewer', 'Nasr al-Hariri', 'Interviewer', 'Nasr al-Hariri'])
    expect(blocks[1]!.text).toBe('We have not been invited, and we will not take part in anything that replaces Geneva.')
  })

  it('reads labels in capitals, a role alone naming the speaker by it', async () => {
    const blocks = parsePlainText(await readFile(resolve('test/fixtures/text/shapes/interview-caps-labels.txt'), 'utf8')).blocks.filter((b) => b.kind === 'speech')
    expect(blocks.map((b) => b.speaker)).toEqual([
      { name: 'Host', role: null },
      { name: 'Lavrov', role: null },
      { name: 'Host', role: null },
      { name: 'Lavrov', role: null },
    ])
  })

  it('reads repeated mixed-case labels as speakers, with a role given in brackets', () => {
    const source = ['Interview: the envoy on Sochi', 'Anchor: Will you go to Sochi?', 'De Mistura: I will decide when I see the invitation list.', 'Anchor: And Geneva?', 'De Mistura: Geneva remains the framework.', 'LAVROV (through an interpreter): We agree.'].join('\n')
    expect(speech(source).map((s) => s.speaker)).toEqual([
      { name: 'Anchor', role: null },
      { name: 'De Mistura', role: null },
      { name: 'Anchor', role: null },
      { name: 'De Mistura', role: null },
      { name: 'Lavrov', role: 'through an interpreter' },
    ])
  })
})

describe('pieces to camera and sign-offs', () => {
  it('reads the correspondent closing a transcript as a speaker, and keeps the sign-off as its own paragraph', async () => {
    const parsed = parsePlainText(await readFile(resolve('test/fixtures/text/shapes/transcript-speaker-headers.txt'), 'utf8'))
    const last = parsed.blocks.slice(-2)
    expect(last[0]).toMatchObject({ kind: 'speech', speaker: { name: 'Jane Doe', role: 'Correspondent, Geneva' } })
    expect(last[0]!.text).toMatch(/^With the government delegation still absent/)
    expect(last[1]).toMatchObject({ kind: 'paragraph', text: 'JD, Meridian Television, Geneva.' })
    expect(last[1]!.removed ?? null).toBeNull()
    expect(parsed).toMatchObject({ outlet: 'Meridian Television', byline: 'Jane Doe' })
  })

  it('keeps the sample transcript’s quotes verbatim in the reading text, without the headers', async () => {
    const parsed = parsePlainText(await readFile(resolve('resources/sample-library/02-broadcast-transcript.txt'), 'utf8'))
    const { text } = composeText(prepareBlocks(parsed.blocks))
    for (const quote of ['We agreed to support the convening of a congress of national dialogue', 'We will not take part in anything that replaces Geneva', 'We take note of the Sochi initiative']) expect(text).toContain(quote)
    expect(text).not.toContain('VLADIMIR PUTIN RUSSIAN PRESIDENT')
    expect(parsed.blocks.filter((b) => b.kind === 'speech').map((b) => b.speaker!.name)).toEqual(['Vladimir Putin', 'Nasr al-Hariri', 'Staffan de Mistura', 'Elena Markova'])
  })

  it('does not take an opening in capitals for a piece to camera when it names no known reporter', () => {
    const source = ['Congress plan divides Syrians', lead, 'JOHN SMITH LONDON Closing words from the studio. EM, WORLD NEWS, LONDON.'].join('\n')
    expect(speech(source)).toEqual([])
  })
})
