import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../../electron/main/services/importer/formats/parse-html'
import { prepareBlocks } from '../../../electron/main/services/importer/prepare-blocks'
import { candidateFrom, chooseCandidate } from '../../../electron/main/services/importer/formats/html/article-candidates'
import { doubtsAbout } from '../../../electron/main/services/importer/formats/html/article-doubts'
import { articleInHeaderNamedBox, articleOnlyInJsonLd, articleWithBoxes } from '../../fixtures/html/shapes/article-shapes'

const parse = (html: string, name = 'page.html') => parseHtml(new TextEncoder().encode(html), name)
const kept = (blocks: ReturnType<typeof prepareBlocks>) => blocks.filter((b) => !b.removed).map((b) => b.text)

describe('a saved page never loses its article silently', () => {
  it('keeps an article held in a container named like page furniture, not the print footer', async () => {
    const doc = await parse(articleInHeaderNamedBox)
    const text = kept(prepareBlocks(doc.blocks))
    expect(text.filter((t) => t.startsWith('Paragraph '))).toHaveLength(9)
    expect(text.join(' ')).not.toContain('This article was printed from')
  })

  it('reads the article from JSON-LD articleBody when the page body is only a script shell', async () => {
    const doc = await parse(articleOnlyInJsonLd)
    const text = kept(prepareBlocks(doc.blocks))
    expect(text.filter((t) => t.startsWith('Paragraph '))).toHaveLength(6)
    expect(text.join(' ')).not.toContain('Loading the article')
  })

  it('says why an article is in doubt: a rival text as long, a very short text, or a small share of the page', () => {
    const story = (words: string, n: number) => Array.from({ length: n }, (_, i) => `<p>${words} ${i}: ${'delegates met again in Geneva to talk about the constitution and detainees '.repeat(3)}</p>`).join('')
    const other = (n: number) => Array.from({ length: n }, (_, i) => `<p>Harvest ${i}: ${'farmers by the river said the rains came late and the market was quiet '.repeat(3)}</p>`).join('')
    const kept = candidateFrom('readability', story('Talks', 6))!
    const rival = candidateFrom('fallback reader', other(6))!
    expect(doubtsAbout(kept, [kept, rival], kept.prose + rival.prose)[0]).toMatch(/^another part of the page \(fallback reader: “Harvest 0: farmers by the river/)
    const short = candidateFrom('readability', '<p>Talks resume on Tuesday.</p>')!
    expect(doubtsAbout(short, [short], 5000)).toEqual(['only 4 words were found, and the page holds more text; check the original.'])
    expect(doubtsAbout(kept, [kept], kept.prose * 5)[0]).toMatch(/^it holds only 20% of the page's readable text; check the original\.$/)
    expect(doubtsAbout(kept, [kept], kept.prose)).toEqual([])
  })

  it('keeps the tighter candidate when a longer one only adds text around it, and the longer one when the first missed the article', () => {
    const article = Array.from({ length: 6 }, (_, i) => `<p>Talks ${i}: ${'delegates met again in Geneva to talk about the constitution and detainees '.repeat(3)}</p>`).join('')
    const comments = Array.from({ length: 8 }, (_, i) => `<p>Reader ${i} wrote: ${'I think the talks will fail again because nobody trusts the other side at all '.repeat(2)}</p>`).join('')
    const tight = candidateFrom('readability', article)!
    const padded = candidateFrom('fallback reader', article + comments)!
    expect(chooseCandidate([tight, padded])).toBe(tight)
    const footer = candidateFrom('readability', '<p>This article was printed from the Orontes Review website. All rights reserved.</p>')!
    expect(chooseCandidate([footer, tight])).toBe(tight)
  })

  it('gives no such warning on an ordinary article', async () => {
    expect((await parse(articleWithBoxes)).warnings).toEqual([])
  })
})

describe('boilerplate inside the article is kept as removed', () => {
  it('marks the photo caption and the newsletter box, drops the related list, and keeps every paragraph', async () => {
    const blocks = prepareBlocks((await parse(articleWithBoxes)).blocks)
    const removed = blocks.filter((b) => b.removed).map((b) => [b.removed!.reason, b.text.slice(0, 30)])
    expect(removed).toEqual([
      ['caption', 'The envoy arrives at the Palai'],
      ['newsletter prompt', 'Get the Orontes Review briefin'],
    ])
    expect(kept(blocks).filter((t) => t.startsWith('Paragraph '))).toHaveLength(6)
    expect(kept(blocks).join(' ')).not.toMatch(/Opposition names its delegation|Related/)
  })
})

describe('tag soup found by the fuzzer', () => {
  it('a stray <html><title> inside text broken by double <br>s is read as a browser reads it, not a TypeError', async () => {
    const soup = '<html><html><title><html><!DOCTYPE html></html></html></html>'
    const page = `<!DOCTYPE html><html><body><div class="story">First line of the dispatch about the Geneva talks and the constitution.<br><br>${soup} Second line, after the soup, about the detainees and the envoy.<br><br>Third line about the ceasefire in the south and the talks.</div></body></html>`
    const doc = await parse(page, 'soup.html')
    // As in a browser, the stray <title> takes the text after it as its own: the text before it is the article.
    expect(doc.blocks.map((b) => b.text).join(' ')).toContain('First line of the dispatch about the Geneva talks')
  })
})
