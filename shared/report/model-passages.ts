import type { Annotation } from '../domain/annotation'
import { highlightSegments } from '../text/highlight-segments'
import { citationOf, type DocumentText, type KeptBlock } from './document-text'
import type { DocumentTextMode } from './report-options'
import type { Passage, TextSegment } from './report-types'

/** A span of the reading text an annotation covers, clipped to the text. */
interface PlacedSpan {
  annotation: Annotation
  id: string
  start: number
  end: number
}

/**
 * Splits a document's annotations into those placed in its current text and those that are not
 * (orphaned, or pointing outside the text or only at the blank line between blocks).
 */
export function placeAnnotations(text: DocumentText, annotations: readonly Annotation[]): { placed: PlacedSpan[]; unplaced: Annotation[] } {
  const placed: PlacedSpan[] = []
  const unplaced: Annotation[] = []
  for (const annotation of annotations) {
    const start = annotation.target.position.start
    const end = Math.min(annotation.target.position.end, text.text.length)
    const inBlock = text.blocks.some((b) => b.start < end && b.end > start)
    if (annotation.anchorStatus === 'orphaned' || end <= start || !inBlock) unplaced.push(annotation)
    else placed.push({ annotation, id: annotation.id, start, end })
  }
  return { placed, unplaced }
}

/** Later annotations are drawn on top: newest createdAt, then id, wins the colour. */
function latest(spans: readonly PlacedSpan[]): PlacedSpan {
  return spans.reduce((best, s) =>
    s.annotation.createdAt > best.annotation.createdAt || (s.annotation.createdAt === best.annotation.createdAt && s.id > best.id) ? s : best,
  )
}

/** Which kept blocks to show: all of them, or each block an annotation touches. */
function shownBlocks(text: DocumentText, spans: readonly PlacedSpan[], mode: DocumentTextMode): KeptBlock[] {
  if (mode === 'full') return text.blocks
  return text.blocks.filter((b) => spans.some((s) => b.start < s.end && b.end > s.start))
}

/**
 * The passages of a document with its annotations drawn in. Overlapping annotations split the
 * text into segments; a segment covered by several takes the latest one's colour. Each footnoted
 * annotation's marker follows the last segment it covers; `footnoteOf` hands out the numbers, in
 * reading order, for the annotations that have one.
 */
export function buildPassages(
  text: DocumentText,
  spans: readonly PlacedSpan[],
  mode: DocumentTextMode,
  footnoteOf: (annotation: Annotation) => number | null,
): Passage[] {
  const byId = new Map(spans.map((s) => [s.id, s]))
  const blocks = shownBlocks(text, spans, mode)
  const passages: Passage[] = []
  const lastSegment = new Map<string, TextSegment>()

  blocks.forEach((block, i) => {
    const segments = highlightSegments(block.start, block.end, spans).map((segment): TextSegment => {
      const covering = segment.ids.map((id) => byId.get(id)!)
      const result: TextSegment = {
        text: text.text.slice(segment.start, segment.end),
        color: covering.length > 0 ? latest(covering).annotation.color : null,
        annotationIds: segment.ids,
        footnotes: [],
      }
      for (const id of segment.ids) lastSegment.set(id, result)
      return result
    })
    const previous = blocks[i - 1]
    passages.push({
      kind: block.kind,
      speaker: block.speaker ? [block.speaker.name, block.speaker.role].filter(Boolean).join(', ') : null,
      paragraph: block.paragraph,
      page: block.page,
      citation: citationOf(block),
      gapBefore: previous !== undefined && previous.paragraph !== block.paragraph - 1,
      segments,
    })
  })

  // Number footnotes in reading order: by where each annotation's marker lands, then by start.
  const ordered = [...spans].sort((a, b) => a.end - b.end || a.start - b.start || (a.id < b.id ? -1 : 1))
  for (const span of ordered) {
    const segment = lastSegment.get(span.id)
    const number = segment ? footnoteOf(span.annotation) : null
    if (segment && number !== null) segment.footnotes.push(number)
  }
  return passages
}
