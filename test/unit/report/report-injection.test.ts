import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../shared/domain/annotation'
import { escapeHtml, safeColor, tint } from '../../../shared/report/escape-html'
import { pdfFooterTemplate, pdfHeaderTemplate, renderReportHtml } from '../../../shared/report/report-html'
import { renderReportMarkdown } from '../../../shared/report/report-markdown'
import { buildReportModel } from '../../../shared/report/report-model'
import { annotations, documents, issues, parties, reportInput, reportOptions, sources, tags, texts } from './report-fixture'

const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>']
const EVIL = PAYLOADS.join(' ')
/** Not a colour: would inject CSS into a style attribute (the type system is bypassed by a cast). */
const BAD_COLOR = 'red;background:url(x)' as string

const evilInput = reportInput({
  documents: documents.map((d) => ({ ...d, title: `${d.title} ${EVIL}`, outlet: EVIL, byline: EVIL })),
  // Article text comes from the open web: a block of markup after the annotated ones.
  texts: { ...texts, 'doc-reuters': [...texts['doc-reuters']!, { kind: 'paragraph', text: EVIL, page: null, removed: null }] },
  annotations: annotations.map((a): Annotation => ({
    ...a,
    note: `${EVIL}\n# not a heading\n1. not a list`,
    color: BAD_COLOR,
    target: { ...a.target, quote: { ...a.target.quote, exact: a.anchorStatus === 'orphaned' ? EVIL : a.target.quote.exact } },
  })),
  sources: sources.map((s) => ({ ...s, name: `${s.name} ${EVIL}` })),
  parties: parties.map((p) => ({ ...p, name: `${p.name} ${EVIL}`, color: BAD_COLOR })),
  issues: issues.map((i) => ({ ...i, title: `${i.title} ${EVIL}`, description: EVIL })),
  tags: tags.map((t) => ({ ...t, name: EVIL })),
})
// A claim quote full of markup (findings print the stored quote).
const putin = evilInput.annotations.find((a) => a.id === 'c-putin')!
putin.target = { ...putin.target, quote: { ...putin.target.quote, exact: EVIL } }

const options = reportOptions({
  title: `Report ${EVIL}`,
  author: EVIL,
  classification: `SECRET ${EVIL}`,
  summary: `${EVIL}\n\n- ${EVIL}`,
  documentText: 'full',
  scope: { tagIds: [] },
})
const model = buildReportModel(evilInput, options)
const modelWithTags = buildReportModel(evilInput, { ...options, scope: { ...options.scope, tagIds: ['tag-summit', 'tag-geneva'] } })

describe('report injection', () => {
  for (const [name, html] of [['all text', renderReportHtml(model)], ['tag names on the cover', renderReportHtml(modelWithTags)]] as const) {
    it(`keeps markup in user text inert in the HTML (${name})`, () => {
      expect(html).not.toMatch(/<script/i)
      expect(html).not.toMatch(/<(img|svg)\b/i)
      // No real tag carries an event handler; the words only appear escaped, as text.
      expect(html).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i)
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
      expect(html).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;')

      const { document } = parseHTML(html)
      expect(document.querySelectorAll('script, img, svg, iframe, object, embed, link')).toHaveLength(0)
      for (const element of document.querySelectorAll('*')) {
        expect([...element.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)).toEqual([])
      }
      // The payloads survive as literal text the analyst can read.
      for (const payload of PAYLOADS) expect(document.body.textContent).toContain(payload)
    })
  }

  it('escapes every kind of user text in the HTML', () => {
    const html = renderReportHtml(model)
    const escaped = '&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &quot;&gt;&lt;svg onload=alert(1)&gt;'
    expect(escapeHtml(EVIL)).toBe(escaped)
    for (const text of [`Report ${escaped}`, `SECRET ${escaped}`, `Vladimir Putin ${escaped}`, `Russia ${escaped}`, `Sochi congress ${escaped}`]) {
      expect(html).toContain(text)
    }
    expect(html).toContain(`<title>Report ${escaped}</title>`)
  })

  it('never puts an invalid colour into a style attribute', () => {
    const html = renderReportHtml(model)
    expect(html).not.toContain('url(x)')
    expect(html).not.toContain('red;')
    const { document } = parseHTML(html)
    const styled = [...document.querySelectorAll('[style]')]
    expect(styled.length).toBeGreaterThan(0)
    for (const element of styled) expect(element.getAttribute('style')).toMatch(/^(background(-color)?:#[0-9a-f]{6})(;border-bottom:1\.5pt solid #[0-9a-f]{6})?$/)
    expect(html).toContain('background:#868e96')
    expect(safeColor(BAD_COLOR)).toBe('#868e96')
    expect(safeColor('#F59F00')).toBe('#f59f00')
    expect(tint('#000000', 0.5)).toBe('#808080')
    expect(tint(BAD_COLOR, 0)).toBe('#868e96')
  })

  it('escapes the title and marking in the PDF header and footer', () => {
    for (const template of [pdfHeaderTemplate(model), pdfFooterTemplate(model)]) {
      expect(template).not.toMatch(/<script|<img|<svg/i)
      expect(template).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    }
    expect(pdfHeaderTemplate(model)).toContain(`Report ${escapeHtml(EVIL)}`)
  })

  it('keeps markup and Markdown structure in user text inert in the Markdown', () => {
    const markdown = renderReportMarkdown(model)
    expect(markdown).not.toMatch(/<script/i)
    expect(markdown).not.toMatch(/<(img|svg)\b/i)
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    // Note lines cannot become headings or lists.
    expect(markdown).not.toMatch(/^\s*# not a heading/m)
    expect(markdown).toContain('\\# not a heading')
    expect(markdown).not.toMatch(/^\s*1\. not a list/m)
    expect(markdown).toContain('1\\. not a list')
    // The only tags in the Markdown are the <br> line breaks of table cells.
    expect(markdown.match(/<[a-z/][^>]*>/gi)?.every((tag) => tag === '<br>')).toBe(true)
  })
})
