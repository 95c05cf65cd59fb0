import { describe, expect, it } from 'vitest'
import { LibraryStore } from '../../../electron/main/services/store/library-store'
import { importSources } from '../../../electron/main/services/importer/import-files'
import { inProcessParserRunner as parser } from '../../../electron/main/services/importer/parser-runner'
import { parseTxt } from '../../../electron/main/services/importer/formats/parse-text-formats'
import { parsePlainText } from '../../../electron/main/services/importer/parse-plain-text'
import { isMeaningfulFileName, looksLikeHeadline, titleFromFileName, titleFromLead } from '../../../electron/main/services/importer/plain-text/title'
import { tempDir } from '../temp-library'

const lead = 'Syrian government forces pressed on with an offensive in the south of Idlib province on Monday, despite the de-escalation agreement reached in Astana.'
const second = 'Russia, which guarantees the Idlib zone with Turkey and Iran, said its aircraft were targeting only groups excluded from the ceasefire.'

describe('titles', () => {
  it.each([
    ['Putin hosts Erdogan and Rouhani in Sochi', true],
    ['"Geneva is the only framework we recognise": an interview', true],
    ['Will Sochi replace Geneva?', true],
    ['Lupita-style dress STOLEN!!!', true],
    ['Manhole fires: how winter wreaks havoc under N.Y.C.', true],
    ['SOCHI, Russia, Nov 22 (Caspian Wire Service) - Russian President', false],
    ['Short', false],
    ['A sentence that ends with a full stop.', false],
    ['Among the key findings:', false],
  ])('looksLikeHeadline(%j) is %s', (line, expected) => {
    expect(looksLikeHeadline(line)).toBe(expected)
  })

  it.each([
    ['a headline line', ['Idlib offensive tests Astana deal', lead, second], 'Idlib offensive tests Astana deal'],
    ['a headline in capitals under a one-word kicker', ['EXCLUSIVE', 'IDLIB OFFENSIVE TESTS ASTANA DEAL', lead, second], 'IDLIB OFFENSIVE TESTS ASTANA DEAL'],
    ['a headline above a byline and a date line', ['Idlib offensive tests Astana deal', 'By Karim Haddad', 'December 4, 2017', lead, second], 'Idlib offensive tests Astana deal'],
    ['a headline that ends with a question mark', ['Can the Astana deal survive Idlib?', lead, second], 'Can the Astana deal survive Idlib?'],
    ['a one-word first line above a list', ['Ceasefire', '- Idlib', '- Homs', '- Ghouta'], 'Ceasefire'],
  ])('uses %s', (_name, lines, title) => {
    const parsed = parsePlainText(lines.join('\n'))
    expect(parsed.title).toBe(title)
    expect(parsed.blocks.map((b) => b.text)).not.toContain(title)
    expect(parsed.warnings.some((w) => w.startsWith('No headline found'))).toBe(false)
  })

  it('makes a short title from the lead sentence when there is no headline, says so, and keeps the lead in the text', () => {
    const parsed = parsePlainText([lead, second].join('\n'))
    expect(parsed.title).toBe('Syrian government forces pressed on with an offensive in the south of Idlib…')
    expect(parsed.blocks.map((b) => b.text)).toEqual([lead, second])
    expect(parsed.warnings).toContain(`No headline found: the title “${parsed.title}” was made from the first sentence; edit it in the document's details.`)
  })

  it.each([
    [lead, 'Syrian government forces pressed on with an offensive in the south of Idlib…'],
    ['ASTANA, Dec 22 (Levant Wire Agency) - Russia, Iran and Turkey agreed on Friday to hold the congress in Sochi.', 'Russia, Iran and Turkey agreed on Friday to hold the congress in Sochi'],
    ['MOSCOW — The Kremlin said on Wednesday that Turkish objections would not block the congress, which Russia hopes to hold early next year.', 'The Kremlin said on Wednesday that Turkish objections would not block the congress…'],
    ['The U.S. envoy met Mr. Lavrov in Geneva. They spoke for an hour.', 'The U.S. envoy met Mr. Lavrov in Geneva'],
    ['Talks resumed.', 'Talks resumed'],
  ])('titleFromLead(%j) is %j', (text, title) => {
    expect(titleFromLead(text)).toBe(title)
  })

  it.each([
    ['download (3).txt', false],
    ['download.txt', false],
    ['a3f9e0c1b2d4e5f60718293a4b5c6d7e.txt', false],
    ['3f2504e0-4f89-11d3-9a0c-0305e82c3301.txt', false],
    ['12345.txt', false],
    ['article.txt', false],
    ['Article (1).txt', false],
    ['Pasted text.txt', false],
    ['untitled-2.txt', false],
    ['document_20171122_104100.txt', false],
    ['sochi-summit-wire.txt', true],
    ['Lavrov interview Dec 2017.txt', true],
    ['idlib_offensive.txt', true],
  ])('isMeaningfulFileName(%j) is %s', (name, expected) => {
    expect(isMeaningfulFileName(name)).toBe(expected)
  })

  it('never takes a section heading below the story\'s opening paragraphs for a pasted page\'s headline', () => {
    const page = [
      'Skip to content', 'Home', 'World', 'Middle East', 'Politics', 'Opinion', 'Sign in', 'Subscribe',
      'UN envoy holds his line',
      'Share', 'Tweet', 'Email',
      'GENEVA - The UN envoy for Syria said on Tuesday that the Geneva talks remain the only framework for a political settlement, as delegations arrived for a new round.',
      'He told reporters that the Sochi congress proposed by Russia could help only if its results were brought back to Geneva, where the opposition and the government sit.',
      'The opposition delegation, led by Nasr al-Hariri, arrived with a single team for the first time, after meetings in Riyadh last week that merged its rival platforms.',
      'The government delegation was expected on Wednesday, a day late, officials in Damascus said, without giving a reason for the delay in the talks.',
      'What the opposition delegation wants from the Geneva talks',
      'The opposition says the talks must lead to a transition, and that the delegation will not accept a settlement that leaves the government in place.',
      'Related stories', 'Sochi congress postponed', 'Comments (12)', 'Privacy policy', 'Terms of use', '© 2017 The Levant Herald',
    ].join('\n')
    expect(parsePlainText(page, '123.txt').title).not.toBe('What the opposition delegation wants from the Geneva talks')
  })

  it('picks, among several headline-like lines above a story, the one its opening echoes (not the site name)', () => {
    const text = [
      'The Levant Herald', 'World news and analysis', 'Middle East edition',
      'Guarantors agree on Idlib observation posts',
      'ASTANA - Russia, Turkey and Iran agreed on Friday to set up observation posts around the Idlib de-escalation zone, the guarantors said in a joint statement after two days of talks.',
      'The statement said the posts would be manned by Turkish troops inside the zone and by Russian military police outside it, and that a joint centre would coordinate them.',
      'Opposition delegates in Astana said they had not been consulted on the observation posts.',
    ].join('\n')
    expect(parsePlainText(text, '123.txt').title).toBe('Guarantors agree on Idlib observation posts')
    // A first line the story echoes stays the headline, whatever short lines follow it.
    const plain = ['Observation posts for Idlib', 'A deal in Astana', 'Analysis and reaction', ...text.split('\n').slice(4)].join('\n')
    expect(parsePlainText(plain, '123.txt').title).toBe('Observation posts for Idlib')
  })

  it('turns a telling file name into a title, and refuses a download name', () => {
    expect(titleFromFileName('sochi-summit-wire.txt')).toBe('sochi summit wire')
    expect(titleFromFileName('download (3).txt')).toBeNull()
  })

  it('never titles a story after its hash file name, through parseTxt', async () => {
    const parsed = await parseTxt(new TextEncoder().encode([lead, second].join('\n')), 'a3f9e0c1b2d4e5f60718293a4b5c6d7e.txt')
    expect(parsed.title).toBe('Syrian government forces pressed on with an offensive in the south of Idlib…')
  })

  it('gives an untitled document of another format its lead sentence, not its download name', async () => {
    const store = await LibraryStore.open(await tempDir())
    const [result] = await importSources([{ kind: 'content', name: 'download (3).md', bytes: new TextEncoder().encode(`${lead}\n\n${second}`) }], { store, parser })
    expect(result).toMatchObject({ status: 'imported', title: 'Syrian government forces pressed on with an offensive in the south of Idlib…' })
    await store.close()
  })
})
