import fc from 'fast-check'
import type { z } from 'zod'
import { arbitraryFor, defOf, type LeafArbitraries } from './contract-schema'
import { idsForField, type IdPool } from './id-pool'
import { anyHostileValue, awkwardString, extraKey, hugeString, pollutionPayload, traversalString, withOwnKeys } from './hostile-values'

/**
 * Hostile arguments for one channel, built from its schema: some are shaped right but carry
 * hostile text (these reach the handlers), some are broken at random places, some are not
 * arguments at all.
 */

const fitting = (text: fc.Arbitrary<string>, min: number, max: number) => text.map((value) => value.slice(0, max)).filter((value) => value.length >= min)

const fileNames = fc.constantFrom('a.html', 'b.pdf', 'c.docx', 'd.txt', 'e.md', '../../notes.html', '/etc/passwd.txt', 'C:\\x.pdf', '.md', 'x.html\u0000.exe')

/** Leaves for calls that pass validation: the library's own ids (or unknown UUIDs) and hostile text within each limit. */
export function hostileLeaves(ids: IdPool): LeafArbitraries {
  const id = (key: string) => {
    const known = idsForField(ids, key)
    return known.length > 0 ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fc.uuid() }) : fc.uuid()
  }
  return {
    id,
    text: (min, max) =>
      fc.oneof(
        fitting(fc.string({ maxLength: 30 }), min, max),
        fitting(traversalString, min, max),
        fitting(awkwardString, min, max),
        fitting(hugeString, min, max),
        fitting(fileNames, min, max),
      ),
  }
}

/** A value of `schema` with hostile substitutions anywhere in it: wrong types, missing and extra keys. */
function brokenFor(schema: z.ZodType, leaves: LeafArbitraries, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema)
  const substitute = fc.oneof({ weight: 1, arbitrary: anyHostileValue }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) })
  if (def.type === 'object' && depth < 4) {
    const shape = def.shape as Record<string, z.ZodType>
    const keys = Object.keys(shape)
    const children = fc.record(Object.fromEntries(keys.map((key) => [key, brokenFor(shape[key]!, leaves, depth + 1)])))
    const dropped = keys.length > 0 ? fc.option(fc.constantFrom(...keys), { freq: 3 }) : fc.constant(null)
    const extras = fc.array(fc.tuple(extraKey, anyHostileValue), { maxLength: 2 })
    const object = fc.tuple(children, dropped, extras).map(([record, drop, extra]) => {
      const kept = Object.fromEntries(Object.entries(record).filter(([key]) => key !== drop))
      return withOwnKeys(kept, extra)
    })
    return fc.oneof({ weight: 5, arbitrary: object }, { weight: 1, arbitrary: substitute })
  }
  if (def.type === 'array' && depth < 4) {
    const elements = fc.array(brokenFor(def.element as z.ZodType, leaves, depth + 1), { maxLength: 3 })
    return fc.oneof({ weight: 3, arbitrary: elements }, { weight: 1, arbitrary: substitute }, { weight: 1, arbitrary: fc.constant(null).map(() => Array.from({ length: 100_001 }, () => 'x')) })
  }
  if ((def.type === 'nullable' || def.type === 'optional') && depth < 4) return brokenFor(def.innerType as z.ZodType, leaves, depth + 1)
  if (def.type === 'pipe') return brokenFor(def.in as z.ZodType, leaves, depth)
  return fc.oneof({ weight: 3, arbitrary: arbitraryFor(schema, leaves) }, { weight: 1, arbitrary: substitute })
}

const addPollutingKeys = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? withOwnKeys(value as Record<string, unknown>, Object.entries(pollutionPayload())) : value

export function hostileArgsFor(schema: z.ZodType, ids: IdPool): fc.Arbitrary<unknown> {
  const leaves = hostileLeaves(ids)
  const wellShaped = arbitraryFor(schema, leaves)
  return fc.oneof(
    { weight: 4, arbitrary: wellShaped },
    { weight: 4, arbitrary: brokenFor(schema, leaves) },
    { weight: 1, arbitrary: wellShaped.map(addPollutingKeys) },
    { weight: 1, arbitrary: anyHostileValue },
  )
}
