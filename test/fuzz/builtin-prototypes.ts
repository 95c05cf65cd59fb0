import { POLLUTION_MARKER } from './hostile-values'

/** The shared objects a prototype-pollution bug would change, with a name for each. */
const watched: ReadonlyArray<readonly [string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype],
  ['Symbol.prototype', Symbol.prototype],
  ['Promise.prototype', Promise.prototype],
  ['RegExp.prototype', RegExp.prototype],
  ['Error.prototype', Error.prototype],
  ['Date.prototype', Date.prototype],
  ['Map.prototype', Map.prototype],
  ['Set.prototype', Set.prototype],
  ['Uint8Array.prototype', Uint8Array.prototype],
  ['Object', Object],
  ['JSON', JSON],
]

/** Each watched object's own keys and the exact values behind them. */
export type PrototypeSnapshot = Map<string, Map<PropertyKey, unknown>>

export function snapshotPrototypes(): PrototypeSnapshot {
  const snapshot: PrototypeSnapshot = new Map()
  for (const [name, target] of watched) {
    const properties = new Map<PropertyKey, unknown>()
    for (const key of Reflect.ownKeys(target)) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key)!
      properties.set(key, 'value' in descriptor ? descriptor.value : [descriptor.get, descriptor.set])
    }
    snapshot.set(name, properties)
  }
  return snapshot
}

const sameValue = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((item, i) => Object.is(item, b[i])) : Object.is(a, b)

/** What changed on the watched objects since `before`, plus any sign of the fuzz's own marker. */
export function pollutionSince(before: PrototypeSnapshot): string[] {
  const changes: string[] = []
  const after = snapshotPrototypes()
  for (const [name, properties] of after) {
    const earlier = before.get(name)!
    for (const [key, value] of properties) {
      if (!earlier.has(key)) changes.push(`${name} gained ${String(key)}`)
      else if (!sameValue(earlier.get(key), value)) changes.push(`${name}.${String(key)} was replaced`)
    }
    for (const key of earlier.keys()) if (!properties.has(key)) changes.push(`${name} lost ${String(key)}`)
  }
  const probe: Record<string, unknown> = {}
  if (probe[POLLUTION_MARKER] !== undefined || ([] as unknown as Record<string, unknown>)[POLLUTION_MARKER] !== undefined) changes.push(`a fresh object inherits ${POLLUTION_MARKER}`)
  return changes
}
