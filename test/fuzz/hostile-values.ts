import fc from 'fast-check'

/** Values a compromised renderer could send in place of honest arguments. */

/** Ids that try to leave the library folder; `otherDocumentId` names a file in a sibling library. */
export function traversalIds(otherDocumentId: string, outsideFile: string): string[] {
  return [
    `../../other-library/annotations/${otherDocumentId}`,
    '../../notes',
    '../../../notes',
    '../notes',
    '..',
    '.',
    '/etc/passwd',
    outsideFile,
    `${outsideFile}\u0000`,
    '..\\..\\notes',
    '..\\..\\..\\Windows\\win.ini',
    'C:\\Windows\\win.ini',
    '%2e%2e%2f%2e%2e%2fnotes',
    '%252e%252e%252fnotes',
    '..%2f..%2fnotes',
    '..%c0%af..%c0%afnotes',
    '\u002e\u002e\u2215\u002e\u002e\u2215notes',
    '....//....//notes',
    'notes\u0000.json',
    '\u0000',
    `${otherDocumentId}/../../../notes`,
    'file:///etc/passwd',
    '~/notes',
    `../${'../'.repeat(200)}notes`,
    'x'.repeat(100_000),
    `${'../'.repeat(40_000)}notes`,
  ]
}

/** The same family, generated: separators, encodings and dot runs in random order. */
export const traversalString: fc.Arbitrary<string> = fc
  .array(fc.constantFrom('..', '.', '/', '\\', '%2e', '%2f', '%5c', '%00', '\u0000', 'notes', 'annotations', 'other-library', '~', 'C:'), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(''))

/** Strings over a field's limit, or large enough to strain whatever reads them. */
export const hugeString: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('A', '../', '\u0000', '€', '\ud83d\ude00', '<script>', '"'), fc.constantFrom(101, 301, 1001, 5001, 100_001, 1_000_000))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)))

/** Text that is awkward for parsers, file systems and HTML alike. */
export const awkwardString: fc.Arbitrary<string> = fc.oneof(
  // Names that become object keys (facets by outlet, usage by name) and pollute if assigned carelessly.
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', '__defineGetter__'),
  fc.constantFrom('', ' ', '\t\n', '\u0000', '\ud800', '\ufeff', 'null', 'undefined', 'NaN', '-1', '1e309', '<img src=x onerror=alert(1)>', '${process.exit()}', '{"__proto__":{"x":1}}', 'CON', 'a/b', 'a\\b'),
  traversalString,
  fc.string({ unit: 'binary', maxLength: 40 }),
)

/** Objects nested `depth` levels deep, in an array or an object chain. */
export function deeplyNested(depth: number, inArrays: boolean): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = inArrays ? [value] : { a: value }
  return value
}

export const deepValue: fc.Arbitrary<unknown> = fc.tuple(fc.constantFrom(50, 1000, 20_000), fc.boolean()).map(([depth, inArrays]) => deeplyNested(depth, inArrays))

/** A key nothing in Parley uses; if it shows up on a built-in prototype, something was polluted. */
export const POLLUTION_MARKER = 'parleyFuzzPolluted'

/** Keys that pollute prototypes when an object is merged carelessly. */
export const pollutingKeys = ['__proto__', 'constructor', 'prototype'] as const

/** The payload object as JSON.parse makes it: `__proto__` is an own key, not the prototype. */
export const pollutionPayload = (): Record<string, unknown> =>
  JSON.parse(`{"__proto__":{"${POLLUTION_MARKER}":"yes"},"constructor":{"prototype":{"${POLLUTION_MARKER}":"yes"}},"prototype":{"${POLLUTION_MARKER}":"yes"}}`) as Record<string, unknown>

/**
 * A copy of `base` with extra own keys, `__proto__` included, exactly as JSON.parse would make
 * them (a plain assignment to `__proto__` would set the prototype instead).
 */
export function withOwnKeys(base: Record<string, unknown>, extra: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const [key, value] of [...Object.entries(base), ...extra]) {
    Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true })
  }
  return result
}

export const extraKey: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...pollutingKeys), fc.constantFrom('extra', 'id', 'path', 'then', 'toString', 'valueOf', 'length'), fc.string({ maxLength: 10 }))

/** A value of any type at all, hostile ones weighted up. */
export const anyHostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(undefined, null, true, false, 0, -0, -1, 1.5, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2, 2 ** 53, '', [], {}, [null], ['x']) },
  { weight: 2, arbitrary: awkwardString },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: deepValue },
  { weight: 1, arbitrary: fc.constant(null).map(() => pollutionPayload()) },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }) },
)

/** Frame URLs that are not Parley's own window. */
export const foreignSenderList: ReadonlyArray<string | undefined> = [
  undefined,
  '',
  'about:blank',
  'https://evil.example/',
  'http://localhost:5173/',
  'file:///etc/passwd',
  'file:///work/main/out/renderer/index.html',
  'parley://evil/index.html',
  'parley://app.evil.example/index.html',
  'parley://evil@/index.html',
  'parleys://app/index.html',
  'javascript:alert(1)',
  'data:text/html,<script>1</script>',
  'devtools://devtools/bundled/inspector.html',
  'chrome-extension://abc/x.html',
  'not a url',
]

const looksLikeAppUrl = (url: string) => /^\s*parley:\/\/app([/?#\\]|$)/i.test(url)

export const foreignSender: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constantFrom(...foreignSenderList),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string({ maxLength: 40 }).filter((url) => !looksLikeAppUrl(url)),
)
