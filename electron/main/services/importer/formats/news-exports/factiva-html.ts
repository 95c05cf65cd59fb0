import { checkedEntry, emptyArticle, type ExportArticle, type SplitExport } from './export-article'
import { cleanByline, cleanLine, isCopyrightLine, isLanguageLine, isWordCountLine, languageCode, readExportDate } from './export-fields'

/**
 * Factiva's HTML ("Format for saving" → Article Format, or Full Article/Report plus Indexing):
 * each article is a `div.article.xxArticle` (xx the language). The article format gives
 * `#hd .xxHeadline`, `.author`, then unlabelled divs (word count, date, time, source, source code,
 * edition, page, language, copyright), `p.articleParagraph` for the text, and a last
 * "Document <accession number>" paragraph. The indexed format is a table of two-letter codes
 * (HD headline, BY byline, WC word count, PD date, SN source, LA language, CY copyright, LP and
 * TD text, AN accession number). The headline list and search summary around them are not read.
 */

/** Quick test on the raw HTML before anything is parsed. */
export const mayBeFactiva = (html: string) => /class=["']?article\s+[a-z-]{2,6}Article\b/i.test(html) && /articleParagraph|class=["']?index\b/.test(html)

const ARTICLE_CLASS = /^article\s+[a-z-]{2,6}Article$/i
const ACCESSION = /^(?:Document|Dokument|Documento|Documentos|Document n°|文件|文書|Документ|문서)\s+([A-Za-z0-9]{12,})$/u

const textOf = (node: Element | null) => (node ? cleanLine(node.textContent ?? '') : '')
const classOf = (element: Element) => element.getAttribute('class') ?? ''

/** The article divs: the inner `div.article.enArticle`, never the outer `div.article` wrapper. */
export function factivaArticles(document: Document): Element[] {
  return Array.from(document.querySelectorAll('div')).filter((div) => ARTICLE_CLASS.test(classOf(div).trim().replace(/\s+/g, ' ')))
}

const paragraphsIn = (root: Element) =>
  Array.from(root.querySelectorAll('p'))
    .filter((p) => /articleParagraph/.test(classOf(p)))
    .map((p) => textOf(p))
    .filter((text) => text !== '')

function readIndexed(root: Element, article: ExportArticle) {
  const fields = new Map<string, Element>()
  for (const row of Array.from(root.querySelectorAll('tr'))) {
    const cells = Array.from(row.children).filter((cell) => cell.localName === 'td')
    const code = textOf(cells[0] ?? null).replace(/[^A-Z]/g, '')
    if (cells.length >= 2 && /^[A-Z]{2,3}$/.test(code) && !fields.has(code)) fields.set(code, cells[1]!)
  }
  const field = (code: string) => textOf(fields.get(code) ?? null) || null
  article.headline = field('HD')
  article.byline = cleanByline(field('BY'))
  article.length = field('WC')
  article.dateText = field('PD')
  article.publishedAt = article.dateText ? readExportDate(article.dateText) : null
  article.outlet = field('SN')
  article.section = field('SE')
  article.edition = field('ED')
  article.language = languageCode(field('LA'))
  article.copyright = field('CY')
  article.documentId = field('AN')?.replace(/^\S+\s+/, '') ?? null
  for (const code of ['LP', 'TD']) {
    const cell = fields.get(code)
    if (!cell) continue
    const paragraphs = paragraphsIn(cell)
    article.paragraphs.push(...(paragraphs.length > 0 ? paragraphs : [textOf(cell)].filter((text) => text !== '')))
  }
}

/**
 * The unlabelled divs of the article format, read by what they look like: a word count, then the
 * date, an optional time, the source name, its code, edition or page lines, the language and the
 * copyright. A div above the headline is the section ("News", "Foreign Desk; 1").
 */
function readArticleFormat(root: Element, article: ExportArticle) {
  const headline = root.querySelector('#hd') ?? root.querySelector('[class$="Headline"], [class*="Headline "]')
  article.headline = textOf(headline) || null
  article.byline = cleanByline(textOf(root.querySelector('.author')))
  const divs = Array.from(root.querySelectorAll('div')).filter((div) => !div.hasAttribute('class') && !div.hasAttribute('id') && div.querySelector('div') === null)
  const texts = divs.map((div) => ({ text: textOf(div), beforeHeadline: headline !== null && (div.compareDocumentPosition(headline) & 4) !== 0 }))
  article.section = texts.find((t) => t.beforeHeadline)?.text || null
  const after = texts.filter((t) => !t.beforeHeadline).map((t) => t.text)
  const countAt = after.findIndex(isWordCountLine)
  if (countAt === -1) return
  article.length = after[countAt]!
  let i = countAt + 1
  if (after[i] && readExportDate(after[i]!)) {
    article.dateText = after[i]!
    article.publishedAt = readExportDate(after[i]!)
    i++
  }
  if (after[i] && /^\d{1,2}[:.]\d{2}(?:\s*[AP]M)?(?:\s+\S+)?$/i.test(after[i]!)) i++
  article.outlet = after[i] || null
  const rest = after.slice(i + 1)
  const copyrightAt = rest.findIndex(isCopyrightLine)
  article.copyright = copyrightAt === -1 ? null : rest[copyrightAt]!
  const languageLine = rest.find(isLanguageLine)
  article.language = languageLine ? languageCode(languageLine) : null
  // Between the source code and the language: edition and page lines ("Late Edition - Final", "13").
  const extras = rest.slice(1, copyrightAt === -1 ? rest.length : copyrightAt).filter((text) => !isLanguageLine(text) && !/^\d+$/.test(text))
  article.edition = extras.join('; ') || null
}

export function splitFactivaHtml(document: Document): SplitExport {
  const roots = factivaArticles(document)
  const entries = roots.map((root, i) => {
    const article = emptyArticle()
    if (root.querySelector('td.index')) readIndexed(root, article)
    else {
      readArticleFormat(root, article)
      article.paragraphs = paragraphsIn(root)
    }
    const accession = Array.from(root.querySelectorAll('p'))
      .map((p) => textOf(p))
      .map((text) => ACCESSION.exec(text)?.[1])
      .find((id) => id !== undefined)
    article.documentId ??= accession ?? null
    return checkedEntry(article, i + 1, roots.length)
  })
  return { database: 'Factiva', entries, warnings: [] }
}
