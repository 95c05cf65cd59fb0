import { writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { armed, xssPayloads } from '../../fixtures/xss/payloads'
import type { ParleyHarness } from './fixtures'
import { HOSTILE_LANGUAGE, XSS_MARK, hostileW3CCollection, literalLine, payloadParagraphs, payloadRun } from './xss-files'

export interface HostileLibrary {
  documents: { html: string; markdown: string; text: string; fixture: string }
  /** Strings the views must show literally, so a test can tell the hostile data reached them. */
  shown: { textTitle: string; partyName: string; sourceName: string; quote: string; classification: string }
}

/**
 * Puts the corpus everywhere the analyst's data goes, on top of imported documents: their
 * details, the four registries (names, aliases, descriptions), claims whose quotes are payloads,
 * notes holding the whole corpus as Markdown, a block marked as boilerplate, W3C annotations
 * imported from a file, and the report's own fields.
 */
export async function seedHostileAnalysis(parley: ParleyHarness, trap: string, files: Record<keyof HostileLibrary['documents'], string>): Promise<HostileLibrary> {
  const { handlers, store } = parley.services
  const idOf = (path: string) => {
    const found = store.listDocuments().find((d) => d.original.name === basename(path))
    if (!found) throw new Error(`${basename(path)} was not imported`)
    return found.id
  }
  const documents = { html: idOf(files.html), markdown: idOf(files.markdown), text: idOf(files.text), fixture: idOf(files.fixture) }

  const textTitle = payloadRun(trap, 52, 900, `${XSS_MARK} edited title`)
  await handlers.updateDocumentDetails({ documentId: documents.text, details: { title: textTitle, outlet: payloadRun(trap, 57, 290), byline: payloadRun(trap, 61, 490), publishedAt: '2017-11-25', language: HOSTILE_LANGUAGE } })

  const name = (from: number, what: string) => payloadRun(trap, from, 290, `${XSS_MARK} ${what}`)
  const parentTag = await handlers.saveTag({ id: null, name: name(2, 'tag'), color: '#1c7ed6', parentId: null })
  const childTag = await handlers.saveTag({ id: null, name: name(7, 'child tag'), color: '#f08c00', parentId: parentTag.id })
  const party = await handlers.saveParty({ id: null, name: name(12, 'party'), color: '#c92a2a', aliases: [name(16, 'alias'), name(20, 'alias')] })
  const rival = await handlers.saveParty({ id: null, name: name(24, 'rival'), color: '#1971c2', aliases: [] })
  const source = await handlers.saveSource({ id: null, name: name(28, 'source'), aliases: [name(32, 'alias')], kind: 'person', partyIds: [party.id], reliability: 'B' })
  const rivalSource = await handlers.saveSource({ id: null, name: name(36, 'rival source'), aliases: [], kind: 'organisation', partyIds: [rival.id], reliability: 'D' })
  const issue = await handlers.saveIssue({ id: null, title: name(40, 'issue'), description: payloadRun(trap, 0, 5000) })

  // Claims on passages that are payloads, so quotes carry markup into the drawer and the report.
  const { text, blocks } = await handlers.getDocument({ id: documents.text })
  const passage = (id: number) => {
    const start = text.indexOf(literalLine(id))
    if (start < 0) throw new Error(`payload ${id} is not in the plain-text document`)
    return { start, end: text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start) }
  }
  const note = payloadParagraphs(trap, `${XSS_MARK} note`)
  const claim = async (payloadId: number, sourceId: string, partyId: string, stance: 'supports' | 'opposes', date: string) =>
    handlers.createAnnotation({ documentId: documents.text, kind: 'claim', ...passage(payloadId), color: '#c92a2a', note, tagIds: [childTag.id], claim: { sourceId, partyIds: [partyId], issueId: issue.id, stance, reporting: 'direct-quote', statementDate: date, credibility: 2 } })
  await claim(2, source.id, party.id, 'opposes', '2017-11-22')
  await claim(12, source.id, party.id, 'supports', '2017-11-28')
  await claim(31, rivalSource.id, rival.id, 'supports', '2017-11-24')
  await handlers.createAnnotation({ documentId: documents.text, kind: 'note', ...passage(29), color: '#be4bdb', note, tagIds: [parentTag.id, childTag.id], claim: null })
  await handlers.createAnnotation({ documentId: documents.text, kind: 'highlight', ...passage(44), color: '#fab005', note: '', tagIds: [], claim: null })
  const html = await handlers.getDocument({ id: documents.html })
  const at = html.text.indexOf(`Literal 1 ${XSS_MARK}`)
  await handlers.createAnnotation({ documentId: documents.html, kind: 'note', start: at, end: at + 40, color: '#be4bdb', note, tagIds: [parentTag.id], claim: null })

  // A payload block marked as boilerplate, for the reader's "Show removed text".
  const removable = blocks.find((b) => b.text.startsWith(literalLine(60)))
  if (!removable) throw new Error('no block for payload 60')
  await handlers.setBlockRemoved({ documentId: documents.text, blockIndex: removable.index, removed: true })

  // W3C annotations from a file, through the real import.
  const markdown = await handlers.getDocument({ id: documents.markdown })
  const w3cFile = join(parley.libraryDir, '..', `${basename(parley.libraryDir)}-hostile.jsonld`)
  const quoteAt = markdown.text.indexOf(`Case 4 ${XSS_MARK}`)
  await writeFile(w3cFile, JSON.stringify(hostileW3CCollection({ documentId: documents.markdown, textHash: markdown.document.textHash, text: markdown.text, start: quoteAt, end: quoteAt + 30 }, trap)))
  parley.setAnnotationFile(w3cFile)
  const imported = await handlers.importAnnotations({})
  if (imported.imported !== 2) throw new Error(`the W3C import brought ${imported.imported} annotations: ${imported.problems.join('; ')}`)

  // The report's own fields.
  const options = await handlers.getReportOptions({})
  const classification = payloadRun(trap, 22, 190)
  await handlers.saveReportOptions({
    options: { ...options, title: payloadRun(trap, 47, 290, `${XSS_MARK} report`), author: payloadRun(trap, 3, 190), classification, summary: payloadParagraphs(trap, `${XSS_MARK} summary`), documentText: 'full' },
  })

  const quote = text.slice(passage(2).start, passage(2).end)
  return { documents, shown: { textTitle, partyName: party.name, sourceName: source.name, quote, classification } }
}

/** The literal text of payload `id`, as a view must show it. */
export const literalPayload = (id: number, trap: string) => armed(xssPayloads.find((p) => p.id === id)!, trap)
