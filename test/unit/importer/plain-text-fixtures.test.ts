import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { composeText } from '../../../shared/domain/content'
import { parseTxt } from '../../../electron/main/services/importer/formats/parse-text-formats'
import { prepareBlocks } from '../../../electron/main/services/importer/prepare-blocks'

const shapes = resolve('test/fixtures/text/shapes')

/** A fixture as the importer reads it: parseTxt, then the importer's block preparation. */
async function imported(name: string) {
  const parsed = await parseTxt(await readFile(join(shapes, name)), name)
  const blocks = prepareBlocks(parsed.blocks)
  const kept = blocks.filter((b) => !b.removed)
  return {
    ...parsed,
    text: composeText(blocks).text,
    paragraphs: kept.length,
    speakers: kept.filter((b) => b.kind === 'speech').map((b) => b.speaker!.name),
    removed: blocks.filter((b) => b.removed).map((b) => b.removed!.reason),
  }
}

const count = (reasons: string[]) => Object.fromEntries([...new Set(reasons)].map((r) => [r, reasons.filter((x) => x === r).length]))

describe('plain-text fixtures, as imported', () => {
  it('has a README line for every fixture', async () => {
    const readme = await readFile(join(shapes, 'README.md'), 'utf8')
    for (const name of (await readdir(shapes)).filter((n) => n.endsWith('.txt'))) expect(readme).toContain(`\`${name}\``)
  })

  it('a one-per-line wire story: paragraphs, agency, date, and the paywall tail removed line by line', async () => {
    const doc = await imported('wire-one-per-line-paywall.txt')
    expect(doc).toMatchObject({ title: 'Guarantors set date for Syrian dialogue congress in Sochi', outlet: 'Levant Wire Agency', publishedAt: '2017-12-22', paragraphs: 6 })
    expect(count(doc.removed)).toEqual({ disclaimer: 1, paywall: 9, copyright: 1 })
    for (const gone of ['Subscribe', 'Rs 149', '$5.99', 'Cancel anytime', '©']) expect(doc.text).not.toContain(gone)
  })

  it('blank-line paragraphs with a byline and a date line', async () => {
    const doc = await imported('blank-lines-byline.txt')
    expect(doc).toMatchObject({ title: 'Syrian opposition unites behind single delegation for Geneva', byline: 'Hanna Lindqvist', publishedAt: '2017-11-24', paragraphs: 5, warnings: [] })
    expect(doc.removed).toEqual(['byline', 'date line'])
  })

  it('hard-wrapped at 72 columns: paragraphs re-joined, hyphens handled', async () => {
    const doc = await imported('hard-wrapped-72.txt')
    expect(doc).toMatchObject({ title: 'De-escalation zones hold as Astana talks resume', publishedAt: '2017-11-30', paragraphs: 5 })
    expect(doc.text).toContain('said Damascus was committed')
    expect(doc.text).toContain('the talks on de-escalation in the south-west')
    // Every paragraph is one line: no wrapped line is left.
    expect(doc.text).not.toMatch(/[^\n]\n[^\n]/)
  })

  it('mixed shapes: header lines, a wrapped body, then one paragraph per line', async () => {
    const doc = await imported('mixed-shapes.txt')
    expect(doc).toMatchObject({ title: 'Kremlin says Turkish objections will not block Sochi congress', outlet: 'Caspian Wire Service', byline: 'Elena Markova', publishedAt: '2017-11-29', paragraphs: 5 })
    expect(doc.removed).toEqual(['byline', 'date line'])
    expect(doc.text).toContain('Reporting by Elena Markova')
  })

  it('a whole page pasted: the article alone is kept', async () => {
    const doc = await imported('whole-page-paste.txt')
    expect(doc).toMatchObject({ title: 'UN envoy keeps Geneva at the centre as Sochi plans take shape', outlet: 'The Levant Herald', byline: 'Karim Haddad', publishedAt: '2017-11-28', paragraphs: 5 })
    expect(count(doc.removed)).toEqual({ navigation: 14, 'cookie notice': 2, 'page footer': 3, byline: 1, 'date line': 1, 'share prompt': 3, advertising: 1, 'related links': 7, comments: 13, 'newsletter prompt': 2, copyright: 1 })
    expect(doc.text.startsWith('GENEVA - The UN special envoy')).toBe(true)
  })

  it('a transcript with speaker headers on one line and on two', async () => {
    const doc = await imported('transcript-speaker-headers.txt')
    expect(doc).toMatchObject({ outlet: 'Meridian Television', byline: 'Jane Doe', speakers: ['Nasr al-Hariri', 'Staffan de Mistura', 'Sergei Lavrov', 'Jane Doe'], removed: ['transcript artefact'] })
    expect(doc.warnings[0]).toMatch(/^No publication date found/)
    expect(doc.text).not.toMatch(/NASR AL-HARIRI|STAFFAN DE MISTURA|FOREIGN MINISTER SERGEI LAVROV|JANE DOE GENEVA/)
  })

  it('a transcript with a mixed-case sign-off', async () => {
    const doc = await imported('transcript-signoff-mixed-case.txt')
    expect(doc).toMatchObject({ title: 'Sochi prepares for congress as guest list remains unclear', outlet: 'Levant Television', byline: 'Karim Haddad', speakers: ['Dmitry Peskov'] })
    expect(doc.text.endsWith('KH, Levant Television, Sochi.')).toBe(true)
  })

  it.each([
    ['interview-question-answer.txt', 6],
    ['interview-caps-labels.txt', 4],
  ])('an interview (%s) as speech blocks', async (name, speeches) => {
    expect((await imported(name)).speakers).toHaveLength(speeches)
  })

  it('a story without a headline, saved under a hash: its title comes from the lead', async () => {
    const doc = await imported('a3f9e0c1b2d4e5f60718293a4b5c6d7e.txt')
    expect(doc.title).toBe('Syrian government forces and their allies pressed on with an offensive in the south…')
    expect(doc.paragraphs).toBe(5)
    expect(doc.warnings.some((w) => w.startsWith('No headline found'))).toBe(true)
  })
})
