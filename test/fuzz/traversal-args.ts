import fc from 'fast-check'
import type { IpcMethod } from '../../shared/ipc/contract'
import { argsSchemaOf, idFields, sampleValidArgs, type StringField } from './contract-schema'
import type { IdPool } from './id-pool'

/**
 * Valid arguments for a channel that point at the library's real things: a document that has
 * annotations, one of its annotations, real claims. A traversal id then replaces one field, so
 * the other fields do not stop the call before the bad id matters.
 */
export function realisticArgs(method: IpcMethod, ids: IdPool): unknown {
  const document = ids.documents.find((id) => (ids.annotationsOf[id] ?? []).length > 0)
  if (!document) throw new Error('The library has no annotated document.')
  const text = (min: number, max: number) => fc.constant('Geneva talks'.slice(0, max).padEnd(min, 'x'))
  const args = sampleValidArgs(argsSchemaOf(method), { id: () => fc.constantFrom(...ids.registries), text }, idFields(method))
  const pick = (key: string, current: unknown): unknown => {
    if (/^documentIds?$/.test(key)) return key.endsWith('s') ? [document] : document
    if (key === 'id' && /Annotation$/.test(method)) return ids.annotationsOf[document]![0]
    if (/^claimIds?$/.test(key)) return key.endsWith('s') ? ids.claims.slice(0, Math.max(2, (current as unknown[]).length)) : ids.claims[0]
    return current
  }
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit)
    if (typeof value !== 'object' || value === null) return value
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, pick(key, visit(child))]))
  }
  const realistic = visit(args)
  const parsed = argsSchemaOf(method).safeParse(realistic)
  if (!parsed.success) throw new Error(`realisticArgs made invalid arguments for ${method}: ${parsed.error.message}`)
  return realistic
}

/** A copy of `args` with the field at `path` (array indexes included) set to `value`. */
export function withField(args: unknown, path: StringField['path'], value: unknown): unknown {
  const copy = structuredClone(args) as Record<string | number, unknown>
  let target = copy
  for (const step of path.slice(0, -1)) target = target[step] as Record<string | number, unknown>
  target[path.at(-1)!] = value
  return copy
}
