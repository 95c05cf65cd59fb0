import type { ParsedBlock } from '../parsed-document'
import type { ClassifiedUnit } from './article-units'
import type { DocumentDetails } from './document-details'
import { interviewParticipants } from './interview'
import { pieceToCamera } from './pieces-to-camera'
import { isProse, weightOf } from './prose'
import { endsSentence, isBulleted } from './source-lines'
import { interviewLabels, speechOnLabelledLine, speechOnOneLine, speechOnTwoLines, type InterviewLabels } from './speech-headers'

const AROUND_ARTICLE = new Set(['navigation', 'page header'])
const removed = (reason: string) => ({ reason, by: 'importer' as const })

/** A subheading between paragraphs: a few words, no sentence end, prose after it. */
function isSubheading(unit: ClassifiedUnit, next: ClassifiedUnit | undefined, hasPrevious: boolean): boolean {
  return hasPrevious && /\p{L}{2}/u.test(unit.text) && weightOf(unit.text) <= 10 && !endsSentence(unit.text) && !/[,;]$/.test(unit.text) && unit.lineCount === 1 && next !== undefined && !next.removedAs && isProse(next.text)
}

/**
 * The document's blocks from its units: removed units as removed blocks (restorable), speaker
 * headers and their quotations as speech blocks, a sign-off split from the piece it closes,
 * subheadings as headings, everything else a paragraph. The headline is the title, not a block.
 */
export function articleBlocks(units: readonly ClassifiedUnit[], headline: number | null, details: DocumentDetails): ParsedBlock[] {
  const kept = units.filter((u) => !u.removedAs).map((u) => u.text)
  const labels: InterviewLabels = { mixedCase: interviewLabels(kept), ...interviewParticipants(kept.slice(0, 4)) }
  const reporters = [...details.reporters, ...(details.signOff?.byline ? [details.signOff.byline] : [])]
  const blocks: ParsedBlock[] = []
  let keptBefore = false
  for (let i = 0; i < units.length; i++) {
    if (i === headline) continue
    const unit = units[i]!
    const metadata = details.metadataUnits.get(i)
    if (unit.removedAs || metadata) {
      // A byline or date line swept up with a pasted page's header says what it is.
      const reason = metadata && (!unit.removedAs || AROUND_ARTICLE.has(unit.removedAs)) ? metadata : unit.removedAs!
      blocks.push({ kind: 'paragraph', text: unit.text, page: null, removed: removed(reason) })
      continue
    }
    let text = unit.text
    let signOff: string | null = null
    if (details.signOff?.unit === i && details.signOff.index > 0) {
      signOff = text.slice(details.signOff.index).trim()
      text = text.slice(0, details.signOff.index).trim()
    }
    const next = units[i + 1]
    const twoLine = next && !next.removedAs ? speechOnTwoLines(text, next.text) : null
    const speech = twoLine ?? speechOnOneLine(text) ?? speechOnLabelledLine(text, labels) ?? pieceToCamera(text, reporters)
    if (twoLine) i++
    if (speech) blocks.push({ kind: 'speech', text: speech.text, page: null, speaker: speech.speaker })
    else if (isBulleted(text) && !/^\d/.test(text)) blocks.push({ kind: 'list-item', text: text.replace(/^[-+*•·▪‣◦–]\s+/u, ''), page: null })
    else if (isSubheading(unit, units[i + 1], keptBefore)) blocks.push({ kind: 'heading', text, page: null })
    else blocks.push({ kind: 'paragraph', text, page: null })
    if (signOff) blocks.push({ kind: 'paragraph', text: signOff, page: null })
    keptBefore = true
  }
  return blocks
}
