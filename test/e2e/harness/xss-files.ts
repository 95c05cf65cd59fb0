import { randomUUID } from 'node:crypto'
import { copyFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { armed, xssPayloads, type XssPayload } from '../../fixtures/xss/payloads'
import { fixturesDir } from './fixtures'

/** Every hostile paragraph and field carries this word, so one search finds them all. */
export const XSS_MARK = 'xsscase'

/** A file name is a hostile string too (no "/" allowed, so no trap URL): it must show as text. */
export const HOSTILE_FILE_NAME = `${XSS_MARK} <img src=x onerror=__xss(90)>.txt`

/** A BCP 47 field holds at most 35 characters; this one breaks out of an attribute. */
export const HOSTILE_LANGUAGE = '"><svg onload=__xss(91)>'

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * Payloads joined by spaces, starting at payload `from` (wrapping round), as many as fit in
 * `maxLength` characters: every field gets a different run. One line, for single-line fields.
 */
export function payloadRun(trap: string, from: number, maxLength: number, prefix = XSS_MARK): string {
  let run = prefix
  for (let i = 0; i < xssPayloads.length; i++) {
    const next = armed(xssPayloads[(from + i) % xssPayloads.length]!, trap).replace(/\s*\n\s*/g, ' ')
    if (run.length + 1 + next.length > maxLength) break
    run += ` ${next}`
  }
  return run
}

/** Every payload as a Markdown paragraph of its own, after a first line: the text of a note. */
export const payloadParagraphs = (trap: string, first: string) => [first, ...xssPayloads.map((p) => armed(p, trap))].join('\n\n')

/** What a hostile page would put in its head: scripts, styles, links, base and refresh. */
const HEAD_KINDS = /^<(meta|base|link|style|script)/

/**
 * An unclosed <style> (32) or attribute (49) turns the rest of the page into text the importer's
 * parser (linkedom) never sees, so these come last.
 */
const SWALLOWS_THE_REST = [32, 49]

/**
 * A saved web page: hostile metadata (title, site name, author), hostile markup in its head and
 * article (which the importer must strip), and every payload again as escaped text, which the
 * importer must keep as the literal words "<script>…" for every later view to show.
 */
function hostileHtmlPage(trap: string): string {
  const raw = (which: (p: XssPayload) => boolean) => xssPayloads.filter(which).map((p) => `<p>Case ${p.id} ${XSS_MARK} raw: ${armed(p, trap)} and the congress at Sochi goes on.</p>`).join('\n')
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(payloadRun(trap, 0, 400))}</title>
<meta property="og:title" content="${escapeHtml(payloadRun(trap, 3, 400, `${XSS_MARK} page`))}">
<meta property="og:site_name" content="${escapeHtml(payloadRun(trap, 11, 250, `${XSS_MARK} outlet`))}">
<meta name="author" content="${escapeHtml(payloadRun(trap, 19, 250, `${XSS_MARK} author`))}">
<meta property="article:published_time" content="2017-11-22">
${xssPayloads.filter((p) => HEAD_KINDS.test(p.markup)).map((p) => armed(p, trap)).join('\n')}
</head>
<body><article>
<h1>${XSS_MARK} page</h1>
${xssPayloads.map((p) => `<p>Literal ${p.id} ${XSS_MARK}: ${escapeHtml(armed(p, trap))}</p>`).join('\n')}
${raw((p) => !SWALLOWS_THE_REST.includes(p.id))}
${raw((p) => SWALLOWS_THE_REST.includes(p.id))}
</article>
<footer>${xssPayloads.slice(0, 10).map((p) => armed(p, trap)).join(' ')} Subscribe now to keep reading.</footer>
</body></html>`
}

/** Markdown: hostile front matter, and every payload as a paragraph of its own. */
function hostileMarkdown(trap: string): string {
  return `---
title: ${payloadRun(trap, 27, 600, `${XSS_MARK} markdown`)}
outlet: ${payloadRun(trap, 35, 250)}
byline: ${payloadRun(trap, 43, 400)}
language: ${HOSTILE_LANGUAGE}
published: 2017-11-23
---

${xssPayloads.map((p, i) => `Case ${i + 1} ${XSS_MARK}: ${armed(p, trap)}`).join('\n\n')}
`
}

/** Plain text, which keeps every payload literally: the quotes of claims are taken from here. */
export const literalLine = (id: number) => `Quote ${id} ${XSS_MARK}:`
function hostileText(trap: string): string {
  return [`${XSS_MARK} plain ${armed(xssPayloads[0]!, trap)}`, ...xssPayloads.map((p) => `${literalLine(p.id)} ${armed(p, trap).replace(/\n+/g, ' ')}`)].join('\n\n') + '\n'
}

/** Writes the files to import into `dir` (the project's own hostile.html among them); returns their paths. */
export async function writeHostileImports(dir: string, trap: string): Promise<{ html: string; markdown: string; text: string; fixture: string }> {
  const paths = { html: join(dir, `${XSS_MARK}-page.html`), markdown: join(dir, `${XSS_MARK}-notes.md`), text: join(dir, HOSTILE_FILE_NAME), fixture: join(dir, 'hostile.html') }
  await writeFile(paths.html, hostileHtmlPage(trap))
  await writeFile(paths.markdown, hostileMarkdown(trap))
  await writeFile(paths.text, hostileText(trap))
  await copyFile(join(fixturesDir, 'html', 'hostile.html'), paths.fixture)
  return paths
}

export interface W3CTarget {
  documentId: string
  textHash: string
  text: string
  start: number
  end: number
}

/**
 * A W3C Web Annotation collection as another tool might write it: a note whose bodies are the
 * whole corpus, with a hostile tag, and a claim by a hostile source, party and issue that the
 * import must create. Ids are new UUIDs, so everything in it is imported rather than matched.
 */
export function hostileW3CCollection(target: W3CTarget, trap: string): object {
  const urn = (kind: string) => `urn:parley:${kind}:${randomUUID()}`
  const selectors = [
    { type: 'TextQuoteSelector', exact: target.text.slice(target.start, target.end), prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start: target.start, end: target.end },
  ]
  const item = (motivation: string, body: object[]) => ({
    id: urn('annotation'),
    type: 'Annotation',
    motivation,
    created: '2017-11-24T10:00:00Z',
    modified: '2017-11-24T10:00:00Z',
    bodyValue: payloadRun(trap, 5, 2000, `${XSS_MARK} w3c bodyValue`),
    body,
    target: { type: 'SpecificResource', source: `urn:parley:document:${target.documentId}`, 'parley:textHash': target.textHash, 'parley:document': { title: payloadRun(trap, 9, 300), outlet: null, byline: null, publishedAt: null }, selector: selectors },
    'parley:anchorStatus': 'anchored',
    'parley:color': '#be4bdb',
  })
  const tag = { type: 'TextualBody', purpose: 'tagging', value: payloadRun(trap, 50, 280, `${XSS_MARK} w3c tag`) }
  const party = { id: urn('party'), type: 'parley:Party', name: payloadRun(trap, 13, 280, `${XSS_MARK} w3c party`), color: '#2f9e44', aliases: [payloadRun(trap, 17, 280)] }
  const claim = {
    type: 'parley:Claim',
    source: { id: urn('source'), type: 'parley:Source', name: payloadRun(trap, 21, 280, `${XSS_MARK} w3c source`), aliases: [], sourceKind: 'organisation', reliability: 'C', parties: [party] },
    parties: [party],
    issue: { id: urn('issue'), type: 'parley:Issue', title: payloadRun(trap, 29, 280, `${XSS_MARK} w3c issue`), description: payloadRun(trap, 0, 5000) },
    stance: 'supports',
    reporting: 'third-party',
    statementDate: '2017-11-24',
    credibility: 3,
  }
  const note = { type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: payloadParagraphs(trap, `${XSS_MARK} w3c note`) }
  const items = [item('commenting', [note, tag]), item('parley:claiming', [note, claim, tag])]
  return { '@context': ['http://www.w3.org/ns/anno.jsonld'], id: urn('export'), type: 'AnnotationCollection', total: items.length, first: { type: 'AnnotationPage', items } }
}
