import { countOf } from '../text/plural'
import type { NothingYetSection } from './report-types'

/** "no documents", "1 document", "5 documents". */
const documentsText = (n: number) => (n === 0 ? 'no documents' : countOf(n, 'document'))

/** What the library holds, for a report whose scope has no annotation: the why of an empty report. */
export function libraryHoldings(libraryDocuments: number, libraryAnnotations: number): string {
  return libraryAnnotations === 0
    ? `The library holds ${documentsText(libraryDocuments)} and no annotations yet, so there is nothing to report.`
    : `The library holds ${documentsText(libraryDocuments)} and ${countOf(libraryAnnotations, 'annotation')}, but none falls within this report's scope: widen its documents, issues, parties, tags or dates.`
}

/**
 * A report whose scope holds no annotation says what the library holds and how to start, instead
 * of pages of empty sections that read "0 documents". The steps name the reader's toolbar as the
 * analyst sees it.
 */
export function buildNothingYetSection(libraryDocuments: number, libraryAnnotations: number): NothingYetSection {
  return {
    kind: 'nothing-yet',
    id: 'nothing-yet',
    title: 'Nothing to report yet',
    holds: libraryHoldings(libraryDocuments, libraryAnnotations),
    steps: [
      libraryDocuments === 0 ? 'Import articles: Import → Files… or Folder…, drop files on the window, or paste text.' : 'Open a document from the Library.',
      'Select a passage in the reader. The toolbar that appears offers Highlight (H), Note (N) and Claim (C); a claim records who said it, for which party, on which issue, and with what stance.',
      'Come back to the Report: claims fill the positions matrix and the findings by issue, and highlights and notes appear in the annotated passages with their footnotes.',
    ],
  }
}
