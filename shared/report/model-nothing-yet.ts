import { countOf } from '../text/plural'
import type { NothingYetSection } from './report-types'

/**
 * A report whose scope holds no annotation says what the library holds and how to start, instead
 * of pages of empty sections that read "0 documents".
 */
export function buildNothingYetSection(libraryDocuments: number, libraryAnnotations: number): NothingYetSection {
  const holds =
    libraryAnnotations === 0
      ? `The library holds ${countOf(libraryDocuments, 'document')} and no annotations yet, so there is nothing to report.`
      : `The library holds ${countOf(libraryDocuments, 'document')} and ${countOf(libraryAnnotations, 'annotation')}, but none falls within this report's scope: widen its documents, issues, parties, tags or dates.`
  return {
    kind: 'nothing-yet',
    id: 'nothing-yet',
    title: 'Nothing to report yet',
    holds,
    steps: [
      libraryDocuments === 0 ? 'Import articles: Import → Files… or Folder…, drop files on the window, or paste text.' : 'Open a document from the Library.',
      'Select a passage, then press H to highlight it, N to add a note, or C to record a claim: who said it, for which party, on which issue, and with what stance.',
      'Claims fill the positions matrix and the findings by issue; highlights and notes appear in the annotated passages with their footnotes.',
    ],
  }
}
