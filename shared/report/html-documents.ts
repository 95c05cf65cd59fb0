import { safeColor, safeId, tint } from './escape-html'
import { footnoteMarker, htmlParagraphs, joined, text } from './html-text'
import type { DocumentsSection, Passage, ReportDocumentEntry, TextSegment } from './report-types'

/** HTML of the documents section: passages with highlights, unplaced annotations, footnotes. */

/** The annotation colour as a light tint; a thin rule in the full colour. Colour is secondary: markers follow. */
function segmentHtml(segment: TextSegment): string {
  const markers = segment.footnotes.map(footnoteMarker).join('')
  if (segment.color === null) return text(segment.text) + markers
  const style = `background-color:${tint(segment.color, 0.7)};border-bottom:1.5pt solid ${safeColor(segment.color)}`
  return `<mark style="${style}">${text(segment.text)}</mark>${markers}`
}

function passageHtml(passage: Passage, showCitation: boolean): string {
  const gap = passage.gapBefore ? '<p class="gap" aria-label="text omitted">…</p>\n' : ''
  const cite = showCitation ? `<span class="cite">${text(passage.citation)}</span>` : ''
  const speaker = passage.speaker ? `<span class="speaker">${text(passage.speaker)}:</span> ` : ''
  return `${gap}<p class="passage ${safeId(passage.kind)}">${cite}${speaker}${passage.segments.map(segmentHtml).join('')}</p>`
}

function unanchoredHtml(entry: ReportDocumentEntry): string {
  if (entry.unanchored.length === 0) return ''
  const items = entry.unanchored
    .map(
      (a) =>
        `<li><span class="swatch" style="background:${safeColor(a.color)}"></span><strong>${text(a.label)}</strong>: “${text(a.quote)}”${a.footnote !== null ? footnoteMarker(a.footnote) : ''}</li>`,
    )
    .join('\n')
  return `<h4>Not found in the current text</h4>\n<ul class="unanchored">\n${items}\n</ul>`
}

function footnotesHtml(entry: ReportDocumentEntry): string {
  if (entry.footnotes.length === 0) return ''
  const items = entry.footnotes
    .map(
      (f) =>
        `<li id="fn-${f.number}" value="${f.number}"><strong>${text(f.label)}</strong> on “${text(f.quote)}” <a href="#fnref-${f.number}" aria-label="back to the text">↩</a>${htmlParagraphs(f.note)}</li>`,
    )
    .join('\n')
  return `<ol class="footnotes" start="${entry.footnotes[0]!.number}">\n${items}\n</ol>`
}

function documentHtml(entry: ReportDocumentEntry, showCitations: boolean): string {
  const meta = joined([entry.outlet, entry.byline, entry.date], ' · ')
  const reprints = entry.sameStoryAs.length > 0 ? `<span class="meta">Same story as: ${joined(entry.sameStoryAs, '; ')}</span>` : ''
  const body = entry.textAvailable
    ? entry.passages.map((p) => passageHtml(p, showCitations)).join('\n')
    : '<p class="unavailable">The text of this document was not available for the report.</p>'
  return `<article class="document" id="${safeId(entry.anchor)}">
<h3>${text(entry.title)}</h3>
${meta ? `<p class="meta">${meta}</p>` : ''}${reprints}
${body}
${unanchoredHtml(entry)}
${footnotesHtml(entry)}
</article>`
}

export function documentsHtml(section: DocumentsSection): string {
  // Passages are cited by page or paragraph; the full text reads better without the numbers.
  const showCitations = section.mode === 'annotated-passages'
  const documents = section.documents.map((d) => documentHtml(d, showCitations)).join('\n')
  return `<section class="major" id="${safeId(section.id)}"><h2>${text(section.title)}</h2>\n${documents}\n</section>`
}
