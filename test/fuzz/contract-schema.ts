import fc from 'fast-check'
import type { z } from 'zod'
import { PARLEY_ID_PATTERN } from '../../shared/domain/ids'
import { ipcContract, type IpcMethod } from '../../shared/ipc/contract'

/**
 * Reads the IPC contract's zod schemas, so the fuzz and traversal tests follow the contract as it
 * is and cannot fall behind a new channel or field. Zod 4 keeps each schema's definition on
 * `_zod.def`; only the kinds the contract uses are handled, and anything else fails loudly.
 */

interface Def {
  type: string
  checks?: Array<{ _zod: { def: CheckDef } }>
  [key: string]: unknown
}
interface CheckDef {
  check: string
  format?: string
  pattern?: RegExp
  minimum?: number
  maximum?: number
  value?: number
  inclusive?: boolean
}

export const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def
const checksOf = (def: Def): CheckDef[] => (def.checks ?? []).map((check) => check._zod.def)

export const contractMethods = Object.keys(ipcContract) as IpcMethod[]
export const argsSchemaOf = (method: IpcMethod): z.ZodType => ipcContract[method].args as z.ZodType

/** One string leaf of an argument schema; `path` is how zod names it in an issue ("a.b.0"). */
export interface StringField {
  path: Array<string | number>
  /** The nearest object key above the leaf ("tagIds" for tagIds.0). */
  key: string
  schema: z.ZodType
}

export function stringFields(schema: z.ZodType, path: Array<string | number> = [], key = ''): StringField[] {
  const def = defOf(schema)
  switch (def.type) {
    case 'string':
      return [{ path, key, schema }]
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([name, child]) => stringFields(child, [...path, name], name))
    case 'array':
      return stringFields(def.element as z.ZodType, [...path, 0], key)
    case 'nullable':
    case 'optional':
      return stringFields(def.innerType as z.ZodType, path, key)
    case 'pipe':
      return stringFields(def.in as z.ZodType, path, key)
    default:
      return []
  }
}

/** Field names that hold ids: id, ids, documentId, tagIds, parentId … */
export const isIdFieldName = (key: string) => /^(id|ids)$|Ids?$/.test(key)

export const idFields = (method: IpcMethod) => stringFields(argsSchemaOf(method)).filter((field) => isIdFieldName(field.key))

export const patternOf = (schema: z.ZodType): RegExp | undefined => {
  const def = defOf(schema)
  return (def.pattern as RegExp | undefined) ?? checksOf(def).find((check) => check.pattern)?.pattern
}

export const isParleyIdSchema = (schema: z.ZodType) => patternOf(schema)?.source === PARLEY_ID_PATTERN.source

function lengthBounds(def: Def, defaultMax: number) {
  const checks = checksOf(def)
  const min = checks.find((check) => check.check === 'min_length')?.minimum ?? 0
  const max = checks.find((check) => check.check === 'max_length')?.maximum ?? Infinity
  return { min, max: Math.max(min, Math.min(max, defaultMax)) }
}

function numberBounds(def: Def) {
  const checks = checksOf(def)
  const lower = checks.find((check) => check.check === 'greater_than')
  const upper = checks.find((check) => check.check === 'less_than')
  const integer = checks.some((check) => check.check === 'number_format' && /int/.test(check.format ?? ''))
  const step = integer ? 1 : Number.EPSILON
  return {
    integer,
    min: lower ? lower.value! + (lower.inclusive ? 0 : step) : -1_000_000,
    max: upper ? upper.value! - (upper.inclusive ? 0 : step) : 1_000_000,
  }
}

/** How the arbitraries fill the leaves that matter: ids (the library's own, mostly) and free text. */
export interface LeafArbitraries {
  /** An id for the field named `key` (documentId, tagIds …). */
  id: (key: string) => fc.Arbitrary<string>
  /** Free text of at most `max` characters (names, notes, queries). */
  text: (min: number, max: number) => fc.Arbitrary<string>
}

/**
 * Arguments shaped as the schema asks. Refinements across fields (end > start, distinct ids) are
 * not modelled, so callers that need a valid value keep only samples that parse.
 */
export function arbitraryFor(schema: z.ZodType, leaves: LeafArbitraries, key = ''): fc.Arbitrary<unknown> {
  const def = defOf(schema)
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>
      return fc.record(Object.fromEntries(Object.entries(shape).map(([name, child]) => [name, arbitraryFor(child, leaves, name)])))
    }
    case 'string': {
      // Id fields get ids even where the schema would take any text, so a loosened id still gets tested.
      if (isParleyIdSchema(schema) || isIdFieldName(key)) return leaves.id(key)
      const pattern = patternOf(schema)
      const { min, max } = lengthBounds(def, 200)
      if (pattern) return fc.stringMatching(pattern).filter((text) => text.length >= min && text.length <= max)
      return leaves.text(min, max)
    }
    case 'number': {
      const { integer, min, max } = numberBounds(def)
      return integer ? fc.integer({ min, max: Math.min(max, min + 10_000) }) : fc.double({ min, max, noNaN: true })
    }
    case 'boolean':
      return fc.boolean()
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>))
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]))
    case 'array': {
      const { min, max } = lengthBounds(def, 4)
      return fc.array(arbitraryFor(def.element as z.ZodType, leaves, key), { minLength: min, maxLength: max })
    }
    case 'nullable':
      return fc.option(arbitraryFor(def.innerType as z.ZodType, leaves, key), { nil: null, freq: 3 })
    case 'optional':
      return fc.option(arbitraryFor(def.innerType as z.ZodType, leaves, key), { nil: undefined, freq: 3 })
    case 'pipe':
      return arbitraryFor(def.in as z.ZodType, leaves, key)
    default:
      throw new Error(`contract-schema.ts cannot generate a zod "${def.type}" yet: teach arbitraryFor about it.`)
  }
}

/** Whether every field on `path` down to the leaf's parent is there (not null), so the leaf can be set. */
export function reaches(value: unknown, path: StringField['path']): boolean {
  let target = value
  for (const step of path.slice(0, -1)) {
    if (typeof target !== 'object' || target === null) return false
    target = (target as Record<string | number, unknown>)[step]
  }
  return typeof target === 'object' && target !== null
}

/**
 * A value `schema` accepts in which every field of `fields` can be set, searched for with a fixed
 * seed so it is the same every run.
 */
export function sampleValidArgs(schema: z.ZodType, leaves: LeafArbitraries, fields: readonly StringField[] = [], seed = 15): unknown {
  for (const candidate of fc.sample(arbitraryFor(schema, leaves), { numRuns: 2000, seed })) {
    if (schema.safeParse(candidate).success && fields.every((field) => reaches(candidate, field.path))) return candidate
  }
  throw new Error('No valid arguments found in 2000 samples: the schema has a refinement contract-schema.ts cannot meet.')
}
