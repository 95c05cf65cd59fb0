import { fromParley, type IncomingAnnotation } from './incoming'
import { ParleyError } from '../ipc/errors'
import { ItemProblem, itemsOf, parseItem } from './import-w3c'
import { hypothesisRows, readHypothesis } from './read-hypothesis'
import { readStandardItem } from './read-standard-w3c'

export type AnnotationFileKind = 'Hypothesis' | 'W3C Web Annotation'

/**
 * Two annotations under one id mean the file was put together wrongly (two exports pasted into
 * one, an edit gone astray): which is meant cannot be told, so nothing of it is imported.
 */
function throwOnRepeatedIds(items: readonly unknown[], noun: string): void {
  const first = new Map<string, number>()
  items.forEach((item, index) => {
    const id = isRecord(item) && typeof item.id === 'string' ? item.id : null
    if (id === null) return
    const earlier = first.get(id)
    if (earlier !== undefined) throw new ParleyError('import-failed', `The file gives the id “${id.slice(0, 120)}” to two annotations (${noun}s ${earlier + 1} and ${index + 1}); nothing was imported.`)
    first.set(id, index)
  })
}

type Json = Record<string, unknown>
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
/** An item written by Parley carries its extensions; one that fails the strict read is worth naming. */
const looksParley = (item: unknown) => isRecord(item) && ('parley:color' in item || 'parley:anchorStatus' in item)

/**
 * Any annotation file Parley takes: Hypothesis (API search results or its export), or W3C Web
 * Annotations (one, an array, a page, a collection), from Parley itself or any other tool.
 * Parley's own items keep everything (claims, colours, tag trees); others keep quote, position,
 * note and tags. Items that cannot be read are named in `problems`; nothing is left out unsaid.
 */
export function readAnnotationFile(json: unknown): { kind: AnnotationFileKind | null; annotations: IncomingAnnotation[]; problems: string[] } {
  const rows = hypothesisRows(json)
  if (rows) {
    throwOnRepeatedIds(rows, 'row')
    return { kind: 'Hypothesis', ...readHypothesis(rows) }
  }
  const problems: string[] = []
  const items = itemsOf(json, problems)
  if (items === null) return { kind: null, annotations: [], problems: ['not an annotation file: neither W3C Web Annotations nor a Hypothesis export'] }
  throwOnRepeatedIds(items, 'item')
  const annotations: IncomingAnnotation[] = []
  items.forEach((item, index) => {
    const label = `item ${index + 1}`
    try {
      annotations.push(fromParley(parseItem(item, problems, label), label))
      return
    } catch (error) {
      if (!(error instanceof ItemProblem)) throw error
      try {
        annotations.push(readStandardItem(item, label))
        if (looksParley(item)) problems.push(`${label}: kept as a plain annotation, because its Parley fields could not be read (${error.message})`)
      } catch (plain) {
        problems.push(`${label}: ${(plain as Error).message}`)
      }
    }
  })
  return { kind: 'W3C Web Annotation', annotations, problems }
}
