import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { composeText } from '../../../shared/domain/content'
import { decodeHtmlBytes } from '../../../electron/main/services/importer/formats/decode-html'
import { parseHtml } from '../../../electron/main/services/importer/formats/parse-html'
import { parseTxt } from '../../../electron/main/services/importer/formats/parse-text-formats'
import type { ParsedDocument } from '../../../electron/main/services/importer/parsed-document'
import { prepareBlocks } from '../../../electron/main/services/importer/prepare-blocks'
import { paragraphsOf } from '../plain-text/article-paragraphs'
import type { CorpusPage } from './corpus'
import { scoreBody, titleMatches, type PageScore } from './scores'

/** What an extractor produced for one page, before scoring. */
export interface Extracted {
  title: string | null
  /** The kept reading paragraphs (removed blocks excluded). */
  paragraphs: string[]
  /** Blocks marked as boilerplate: kept by the importer for the analyst to restore, not in the reading text. */
  removed: { reason: string; text: string }[]
  removedReasons: string[]
  warnings: string[]
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase()

/** The expected article body: expected.html's paragraphs, without a first one that only repeats the title. */
export function expectedBody(page: CorpusPage): string[] {
  const [first, ...rest] = page.expectedParagraphs
  return first !== undefined && page.expectedTitle && squash(first) === squash(page.expectedTitle) ? rest : page.expectedParagraphs
}

export function score(page: CorpusPage, extracted: Extracted): PageScore {
  const body = expectedBody(page)
  return {
    page: page.name,
    ...scoreBody(extracted.paragraphs.join('\n'), body.join('\n')),
    expectedParagraphs: body.length,
    gotParagraphs: extracted.paragraphs.length,
    gotParagraphsWithRemoved: extracted.paragraphs.length + extracted.removed.length,
    titleRight: page.expectedTitle ? titleMatches(extracted.title, page.expectedTitle) : null,
    gotTitle: extracted.title,
    removedReasons: extracted.removedReasons,
    warnings: extracted.warnings,
  }
}

/** The same extraction with its removed blocks put back: what the reading text would be without the boilerplate marks. */
export const withRemovedKept = (extracted: Extracted): Extracted => ({ ...extracted, paragraphs: [...extracted.paragraphs, ...extracted.removed.map((block) => block.text)], removed: [] })

/** The importer's view of a parsed document: blocks prepared as on import, the reading text composed from the kept ones. */
function asImported(parsed: ParsedDocument): Extracted {
  const blocks = prepareBlocks(parsed.blocks)
  const { placed } = composeText(blocks)
  return {
    title: parsed.title,
    paragraphs: placed.filter((block) => block.start !== null).map((block) => block.text),
    removed: blocks.filter((block) => block.removed).map((block) => ({ reason: block.removed!.reason, text: block.text })),
    removedReasons: [...new Set(blocks.filter((block) => block.removed).map((block) => block.removed!.reason))],
    warnings: parsed.warnings,
  }
}

const failed = (error: unknown): Extracted => ({ title: null, paragraphs: [], removed: [], removedReasons: [], warnings: [`failed: ${(error as Error).message}`] })

/** (a) Parley's HTML import of source.html, through the real parser and block preparation. */
export async function htmlImport(page: CorpusPage): Promise<Extracted> {
  try {
    return asImported(await parseHtml(page.sourceBytes, 'source.html'))
  } catch (error) {
    return failed(error)
  }
}

/** The baseline: plain Readability.js 0.6.0 with its default options over linkedom, on the same bytes. */
export function plainReadability(page: CorpusPage): Extracted {
  try {
    const { html } = decodeHtmlBytes(page.sourceBytes, 'source.html')
    const article = new Readability(parseHTML(html).document).parse()
    if (!article?.content) return { title: null, paragraphs: [], removed: [], removedReasons: [], warnings: ['no article'] }
    const { document } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`)
    return { title: article.title ?? null, paragraphs: paragraphsOf(document.body), removed: [], removedReasons: [], warnings: [] }
  } catch (error) {
    return failed(error)
  }
}

/** A download-like file name (a number), so no title can come from it. */
const numberedName = (page: string) => `${[...page].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) % 1_000_000_007, 7)}.txt`

/** (b) and (c): text pasted or saved as .txt, through the plain-text parser's entry point. */
export async function plainTextImport(page: CorpusPage, text: string): Promise<Extracted> {
  try {
    return asImported(await parseTxt(new TextEncoder().encode(text), numberedName(page.name)))
  } catch (error) {
    return failed(error)
  }
}
