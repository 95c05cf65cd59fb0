import type { ParsedDocument } from './parsed-document'
import { articleBlocks } from './plain-text/article-blocks'
import { readArticleUnits, type ClassifiedUnit } from './plain-text/article-units'
import { readDocumentDetails } from './plain-text/document-details'
import { chooseHeadline } from './plain-text/headline'
import { isProse } from './plain-text/prose'
import { titleFromFileName, titleFromLead } from './plain-text/title'

export { looksLikeHeadline } from './plain-text/title'

/** The lead sentence of a story without a headline, made into a short title. */
function leadTitle(units: readonly ClassifiedUnit[], start: number): string | null {
  const kept = units.filter((unit, i) => i >= start && !unit.removedAs)
  const lead = kept.find((unit) => isProse(unit.text)) ?? kept[0]
  return lead ? titleFromLead(lead.text) : null
}

/**
 * Plain text of any shape: paragraphs one per line, blank-line separated or hard-wrapped (even
 * mixed), a whole page pasted with its menus and footer, a broadcast transcript. Boilerplate is
 * judged line by line and kept as removed blocks; the headline is the title (else the lead
 * sentence makes one); outlet, byline and date come from the text's own conventions; speaker
 * headers become speech blocks.
 */
export function parsePlainText(source: string, fileName = ''): ParsedDocument {
  const { units, region } = readArticleUnits(source)
  const wholeText = units.map((unit) => unit.text).join('\n')
  const details = readDocumentDetails(units, region.start, wholeText)
  const headline = chooseHeadline(units, region, details.metadataUnits)
  const blocks = articleBlocks(units, headline, details)

  const fromLead = headline === null ? leadTitle(units, region.start) : null
  // A telling file name ("sochi-summit-wire.txt") only as the last resort; never a download name.
  const title = headline !== null ? units[headline]!.text : (fromLead ?? titleFromFileName(fileName))
  const warnings: string[] = []
  if (!details.publishedAt) {
    warnings.push(
      details.dateWithoutYear
        ? `No publication date found: the dateline gives ${details.dateWithoutYear} but no year; add the date in the document's details.`
        : "No publication date found in the text; add it in the document's details.",
    )
  }
  if (title && headline === null) warnings.push(`No headline found: the title “${title}” was made from the ${fromLead ? 'first sentence' : 'file name'}; edit it in the document's details.`)
  return { title, outlet: details.outlet, byline: details.byline, publishedAt: details.publishedAt, monthDay: details.monthDay, language: null, blocks, warnings }
}
