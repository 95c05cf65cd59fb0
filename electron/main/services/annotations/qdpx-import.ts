import JSZip from 'jszip'
import { DOMParser } from '@xmldom/xmldom'
import type { ImportedTag } from '../../../../shared/annotations/import-w3c'
import { IMPORTED_TAG_COLOR } from '../../../../shared/annotations/import-w3c'
import type { IncomingAnnotation } from '../../../../shared/annotations/incoming'
import { PREFIX_SUFFIX_LENGTH } from '../../../../shared/anchoring/selectors'
import type { AnnotationImportResult } from '../../../../shared/ipc/annotation-contract'
import type { ImportProgress } from '../../../../shared/ipc/contract'
import { ParleyError } from '../../../../shared/ipc/errors'
import { checkZipLimits } from '../importer/formats/zip-guard'
import { importSources } from '../importer/import-files'
import type { ParserRunner } from '../importer/parser-runner'
import type { LibraryStore } from '../store/library-store'
import type { AnnotationTransfer } from './annotation-transfer'

const NS = 'urn:QDA-XML:project:1.0'

interface QdaSelection {
  start: number
  end: number
  codes: string[]
  note: string
  createdAt: string | null
}
interface QdaSource {
  name: string
  text: string
  selections: QdaSelection[]
}
interface QdaCode {
  name: string
  color: string
  parent: string | null
}

const children = (element: Element, name: string) => Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name)
const all = (root: Document | Element, name: string) => Array.from(root.getElementsByTagNameNS(NS, name))
const textOfChild = (element: Element, name: string) => children(element, name)[0]?.textContent ?? ''

function parseProject(xml: string, fileName: string): Document {
  const fail = (message: string) => {
    throw new ParleyError('import-failed', `${fileName}: project.qde is not well-formed XML (${message.trim().slice(0, 160)}).`)
  }
  const document = new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(xml, 'text/xml')
  if (document.documentElement?.localName !== 'Project' || document.documentElement.namespaceURI !== NS) {
    throw new ParleyError('import-failed', `${fileName}: project.qde is not a REFI-QDA project (its root is not <Project> in ${NS}).`)
  }
  return document
}

const GUID = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/

/**
 * The parts of the REFI-QDA schema an import relies on, checked before anything is imported:
 * GUIDs where the schema requires them, names on codes, whole-number positions on selections.
 * (The full XSD is checked in our tests with xmllint; analysts' machines may not have it.)
 */
function checkSchema(document: Document, fileName: string): void {
  const breaks = (what: string) => {
    throw new ParleyError('import-failed', `${fileName}: project.qde breaks the REFI-QDA schema: ${what}; nothing was imported.`)
  }
  const required: Array<[string, string[]]> = [['Code', ['guid', 'name', 'isCodable']], ['TextSource', ['guid']], ['PlainTextSelection', ['guid', 'startPosition', 'endPosition']], ['CodeRef', ['targetGUID']], ['NoteRef', ['targetGUID']], ['User', ['guid']]]
  for (const [element, attributes] of required) {
    all(document, element).forEach((node, index) => {
      for (const attribute of attributes) if (!node.hasAttribute(attribute)) breaks(`<${element}> number ${index + 1} has no ${attribute}`)
      for (const attribute of ['guid', 'targetGUID']) {
        const value = node.getAttribute(attribute)
        if (value !== null && node.hasAttribute(attribute) && !GUID.test(value)) breaks(`<${element}> number ${index + 1} has ${attribute} “${value.slice(0, 60)}”, which is not a GUID`)
      }
      for (const attribute of ['startPosition', 'endPosition']) {
        const value = node.getAttribute(attribute)
        if (node.hasAttribute(attribute) && !/^\d{1,12}$/.test(value ?? '')) breaks(`<${element}> number ${index + 1} has ${attribute} “${(value ?? '').slice(0, 30)}”, which is not a whole number`)
      }
    })
  }
}

/** The sources, codes and coded selections of a .qdpx, with the problems met reading it. */
export async function readQdpx(bytes: Uint8Array, fileName: string): Promise<{ sources: QdaSource[]; codes: Map<string, QdaCode>; problems: string[] }> {
  checkZipLimits(bytes, fileName)
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch {
    throw new ParleyError('import-failed', `${fileName} is not a REFI-QDA project: it is not a zip file.`)
  }
  const qde = zip.file('project.qde')
  if (!qde) throw new ParleyError('import-failed', `${fileName} is not a REFI-QDA project: it holds no project.qde.`)
  const document = parseProject(await qde.async('string'), fileName)
  checkSchema(document, fileName)
  const problems: string[] = []

  const codes = new Map<string, QdaCode>()
  for (const code of all(document, 'Code')) {
    const parent = code.parentNode as Element | null
    codes.set(code.getAttribute('guid') ?? '', {
      name: (code.getAttribute('name') ?? '').trim() || 'Unnamed code',
      color: /^#[0-9a-fA-F]{6}$/.test(code.getAttribute('color') ?? '') ? code.getAttribute('color')!.toLowerCase() : IMPORTED_TAG_COLOR,
      parent: parent?.localName === 'Code' ? parent.getAttribute('guid') : null,
    })
  }
  const notes = new Map(all(document, 'Note').map((note) => [note.getAttribute('guid') ?? '', textOfChild(note, 'PlainTextContent')]))

  const sources: QdaSource[] = []
  for (const source of all(document, 'TextSource')) {
    if ((source.parentNode as Element | null)?.localName !== 'Sources') continue
    const name = source.getAttribute('name') || 'Untitled source'
    const path = source.getAttribute('plainTextPath')
    const inline = children(source, 'PlainTextContent')[0]?.textContent ?? null
    // internal:// points into Sources/; some writers give a bare relative name (qc writes "board.txt").
    const relative = path?.startsWith('internal://') ? path.slice('internal://'.length) : path && !/^[a-z]+:\/\//i.test(path) && !path.startsWith('/') ? path : null
    const file = relative ? (entryNamed(zip, `sources/${relative}`) ?? entryNamed(zip, relative)) : null
    // A byte-order mark is not part of the text the positions count (NVivo writes one).
    const text = (inline ?? (file ? await file.async('string') : null))?.replace(/^\uFEFF/, '') ?? null
    if (text === null || text.trim() === '') {
      problems.push(`source “${name}”: its text is not in the project${path ? ` (${path})` : ''}`)
      continue
    }
    const selections = children(source, 'PlainTextSelection').map((selection) => ({
      start: Number(selection.getAttribute('startPosition')),
      end: Number(selection.getAttribute('endPosition')),
      codes: children(selection, 'Coding').flatMap((coding) => children(coding, 'CodeRef').map((ref) => ref.getAttribute('targetGUID') ?? '')),
      note: [textOfChild(selection, 'Description'), ...children(selection, 'NoteRef').map((ref) => notes.get(ref.getAttribute('targetGUID') ?? '') ?? '')].filter((t) => t.trim()).join('\n\n'),
      createdAt: selection.getAttribute('creationDateTime'),
    }))
    sources.push({ name, text, selections })
  }
  return { sources, codes, problems }
}

/** Line breaks as Parley's text writes them. */
const crlf = (text: string) => text.replace(/\r\n?/g, '\n')

/** A zip entry by its path, whatever the case of its letters ("Sources/" or "sources/"). */
function entryNamed(zip: JSZip, path: string): JSZip.JSZipObject | null {
  const wanted = path.toLowerCase()
  return Object.values(zip.files).find((entry) => !entry.dir && entry.name.toLowerCase() === wanted) ?? null
}

/**
 * What a selection's positions count. NVivo, ATLAS.ti and MAXQDA count UTF-16 code units (their
 * strings' own units); QualCoder, in Python, counts code points. The two differ only past an emoji
 * or another character outside the Basic Multilingual Plane: there the count whose selections
 * begin and end at word edges wins, UTF-16 on a tie.
 */
function positionUnits(text: string, selections: readonly QdaSelection[]): string[] {
  const codePoints = [...text]
  if (codePoints.length === text.length) return codePoints
  const codeUnits = text.split('')
  const edge = (units: readonly string[], at: number) => at <= 0 || at >= units.length || /[\s.,;:!?"”’)]/u.test(units[at - 1]!) || /[\s.,;:!?"“‘(]/u.test(units[at]!)
  const fit = (units: readonly string[]) => selections.filter((s) => edge(units, s.start) && edge(units, s.end)).length
  return fit(codePoints) > fit(codeUnits) ? codePoints : codeUnits
}

/** A code as a tag with its ancestors, for the registry merge (by id, then by full path). */
function tagFor(guid: string, codes: ReadonlyMap<string, QdaCode>): ImportedTag | null {
  const code = codes.get(guid)
  if (!code) return null
  const chain: Array<{ guid: string; code: QdaCode }> = []
  const seen = new Set<string>()
  for (let at: string | null = code.parent; at && codes.has(at) && !seen.has(at); at = codes.get(at)!.parent) {
    seen.add(at)
    chain.unshift({ guid: at, code: codes.get(at)! })
  }
  const ancestors = chain.map(({ guid: id, code: c }, i) => ({ id: id.toLowerCase(), name: c.name.slice(0, 200), color: c.color, parentId: i === 0 ? null : chain[i - 1]!.guid.toLowerCase() }))
  return { id: guid.toLowerCase(), name: code.name.slice(0, 200), color: code.color, ancestors, path: [...chain.map((c) => c.code.name), code.name].join('/') }
}

/**
 * A REFI-QDA project from QualCoder, NVivo, MAXQDA or ATLAS.ti into the library: its text
 * sources become documents (one already here is reused), its codes tags with their hierarchy
 * and colours, its coded selections highlights (notes when they carry a memo), found again in
 * the imported text by their quote.
 */
export async function importQdpx(bytes: Uint8Array, fileName: string, deps: { store: LibraryStore; parser: ParserRunner; transfer: AnnotationTransfer; onProgress?: (progress: ImportProgress) => void }): Promise<Omit<AnnotationImportResult, 'chosen'>> {
  const project = await readQdpx(bytes, fileName)
  const results = await importSources(
    project.sources.map((source) => ({ kind: 'content' as const, name: `${source.name.replace(/\.txt$/i, '').slice(0, 200)}.txt`, bytes: new TextEncoder().encode(source.text) })),
    { store: deps.store, parser: deps.parser },
  )
  // A QDA package names its sources: that name is the document's title, not a line of the text.
  for (const [s, result] of results.entries()) {
    if (result.status !== 'imported' || !result.documentId) continue
    const document = deps.store.getDocument(result.documentId)
    const title = project.sources[s]!.name.replace(/\.(txt|docx?|rtf|pdf|html?)$/i, '').trim().slice(0, 1000)
    if (title && title !== document.title) await deps.store.updateDetails(document.id, { title, outlet: document.outlet, byline: document.byline, publishedAt: document.publishedAt, language: document.language })
  }
  const problems = [...project.problems]
  const incoming: IncomingAnnotation[] = []
  project.sources.forEach((source, s) => {
    const result = results[s]
    if (!result?.documentId || result.status === 'failed') {
      problems.push(`source “${source.name}”: ${result?.message ?? 'not imported'}; its ${source.selections.length} coded selections were not placed`)
      return
    }
    const characters = positionUnits(source.text, source.selections)
    source.selections.forEach((selection, n) => {
      const label = `“${source.name}”, selection ${n + 1}`
      if (!(Number.isInteger(selection.start) && Number.isInteger(selection.end) && selection.start >= 0 && selection.end > selection.start && selection.end <= characters.length)) {
        problems.push(`${label}: its positions (${selection.start}–${selection.end}) are outside the source's text`)
        return
      }
      // Line breaks as Parley's text writes them, and no white space at a selection's edges.
      const raw = crlf(characters.slice(selection.start, selection.end).join(''))
      const exact = raw.trim()
      if (!exact) {
        problems.push(`${label}: it selects only white space`)
        return
      }
      const lead = raw.slice(0, raw.length - raw.trimStart().length)
      const trail = raw.slice(raw.trimEnd().length)
      const tagTree = selection.codes.map((guid) => tagFor(guid, project.codes)).filter((t): t is ImportedTag => t !== null)
      incoming.push({
        label,
        parley: null,
        quote: {
          exact,
          prefix: (crlf(characters.slice(Math.max(0, selection.start - PREFIX_SUFFIX_LENGTH), selection.start).join('')) + lead).slice(-PREFIX_SUFFIX_LENGTH),
          suffix: (trail + crlf(characters.slice(selection.end, selection.end + PREFIX_SUFFIX_LENGTH).join(''))).slice(0, PREFIX_SUFFIX_LENGTH),
        },
        // Offsets into the project's text, not Parley's normalised one: the quote finds the place.
        position: null,
        hints: { parleyDocumentId: result.documentId, textHash: null, urls: [], title: null },
        note: selection.note,
        tags: tagTree.map((t) => t.name),
        tagTree,
        createdAt: selection.createdAt && !Number.isNaN(Date.parse(selection.createdAt)) ? new Date(selection.createdAt).toISOString() : null,
        updatedAt: null,
      })
    })
  })
  const documents = { imported: results.filter((r) => r.status === 'imported').length, reused: results.filter((r) => r.status === 'duplicate').length }
  // Every code comes in, with its place in the tree and its colour, whether or not a selection uses it.
  const codebook = [...project.codes.keys()].map((guid) => tagFor(guid, project.codes)).filter((t): t is ImportedTag => t !== null)
  return { ...(await deps.transfer.importIncoming(incoming, { fileName, kind: 'REFI-QDA project', problems }, deps.onProgress, codebook)), documents }
}
