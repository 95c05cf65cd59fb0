import fc from 'fast-check'
import JSZip from 'jszip'
import { readdir, readFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { supportedExtensions } from '../../electron/main/services/importer/format-table'
import { tagSoup } from './tag-soup'

/**
 * Seeded mutations of our fixtures for the importer fuzz test and benchmark. A mutation is plain
 * data (so fast-check prints and shrinks it) applied by `applyMutations`.
 */

export interface Seed {
  name: string
  extension: string
  bytes: Uint8Array
  /** word/document.xml of a readable .docx, for mutations inside the package. */
  documentXml: Uint8Array | null
}

/** Inputs stay below this, so a run of repeats cannot turn into a memory test. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024
const FIXTURE_FOLDERS = ['html', 'pdf', 'docx', 'text']

/** Small packages only: the zip bombs are mutated whole, since inflating them here would set them off. */
const MAX_PACKAGE_BYTES = 16 * 1024

async function documentXmlOf(bytes: Uint8Array): Promise<Uint8Array | null> {
  if (bytes.byteLength > MAX_PACKAGE_BYTES) return null
  try {
    return (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('uint8array')) ?? null
  } catch {
    return null
  }
}

/** Every fixture the importer takes by its extension (README.md files are documentation, not inputs). */
export async function loadSeeds(fixturesDir: string): Promise<Seed[]> {
  const seeds: Seed[] = []
  for (const folder of FIXTURE_FOLDERS) {
    for (const name of (await readdir(join(fixturesDir, folder))).sort()) {
      const extension = extname(name).slice(1).toLowerCase()
      if (name === 'README.md' || !supportedExtensions.includes(extension)) continue
      const bytes = new Uint8Array(await readFile(join(fixturesDir, folder, name)))
      seeds.push({ name: `${folder}/${name}`, extension, bytes, documentXml: extension === 'docx' ? await documentXmlOf(bytes) : null })
    }
  }
  return seeds
}

export type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; at: number; other: number; from: number }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'overwrite'; at: number; text: string }
  | { kind: 'tag-soup'; at: number; html: string }

export interface FuzzInput {
  seed: number
  /** The parser chosen by this extension; now and then not the seed's own. */
  extension: string
  /** Applied to the whole file, or (docx) inside word/document.xml before the package is rezipped. */
  target: 'file' | 'document-xml'
  mutations: Mutation[]
}

/** Values that upset length fields, counters, offsets and parsers. */
const INTERESTING = ['0', '-1', '4294967295', '2147483648', '99999999999999999999', '1e308', 'NaN', '\u0000', '\uffff', '%PDF-', 'obj', 'endobj', 'stream', 'xref', 'trailer', '/Length 999999', '<<', '>>', 'PK\u0003\u0004', '<', '</', '&#0;', '&#x110000;', ']]>', '<!--', '---\n', '\ufeff', '\r', '\xff\xfe']

const at = fc.nat()
const mutation = (seedCount: number): fc.Arbitrary<Mutation> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('flip' as const), at, bit: fc.integer({ min: 0, max: 7 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 512 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('splice' as const), at, other: fc.integer({ min: 0, max: seedCount - 1 }), from: at }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat' as const), at, length: fc.integer({ min: 1, max: 256 }), times: fc.integer({ min: 2, max: 2000 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('overwrite' as const), at, text: fc.constantFrom(...INTERESTING) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('tag-soup' as const), at, html: tagSoup }) },
  )

export function fuzzInput(seeds: readonly Seed[]): fc.Arbitrary<FuzzInput> {
  const extensions = [...new Set(seeds.map((seed) => seed.extension))]
  return fc.integer({ min: 0, max: seeds.length - 1 }).chain((index) => {
    const seed = seeds[index]!
    return fc.record({
      seed: fc.constant(index),
      extension: fc.oneof({ weight: 9, arbitrary: fc.constant(seed.extension) }, { weight: 1, arbitrary: fc.constantFrom(...extensions) }),
      target: seed.documentXml ? fc.constantFrom<FuzzInput['target']>('file', 'document-xml') : fc.constant<FuzzInput['target']>('file'),
      mutations: fc.array(mutation(seeds.length), { minLength: 1, maxLength: 4 }),
    })
  })
}

const encoder = new TextEncoder()
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.byteLength
  }
  return out
}

function mutate(bytes: Uint8Array, change: Mutation, seeds: readonly Seed[]): Uint8Array {
  const position = bytes.byteLength === 0 ? 0 : change.at % (bytes.byteLength + 1)
  const before = bytes.subarray(0, position)
  switch (change.kind) {
    case 'flip': {
      if (bytes.byteLength === 0) return bytes
      const copy = bytes.slice()
      const index = position % copy.byteLength
      copy[index] = copy[index]! ^ (1 << change.bit)
      return copy
    }
    case 'insert':
      return concat(before, Uint8Array.from(change.bytes), bytes.subarray(position))
    case 'delete':
      return concat(before, bytes.subarray(position + change.length))
    case 'truncate':
      return bytes.slice(0, position)
    case 'splice': {
      const other = seeds[change.other]!.bytes
      return concat(before, other.subarray(change.from % (other.byteLength + 1)))
    }
    case 'repeat': {
      const chunk = bytes.subarray(position, position + change.length)
      return concat(before, ...Array.from({ length: change.times }, () => chunk), bytes.subarray(position))
    }
    case 'overwrite': {
      const text = encoder.encode(change.text)
      return concat(before, text, bytes.subarray(position + text.byteLength))
    }
    case 'tag-soup':
      return concat(before, encoder.encode(change.html), bytes.subarray(position))
  }
}

const capped = (bytes: Uint8Array) => (bytes.byteLength > MAX_INPUT_BYTES ? bytes.slice(0, MAX_INPUT_BYTES) : bytes)

/** The file the parser gets: its bytes and a name with the chosen extension. */
export async function applyMutations(input: FuzzInput, seeds: readonly Seed[]): Promise<{ fileName: string; bytes: Uint8Array }> {
  const seed = seeds[input.seed]!
  const fileName = `${seed.name.replace(/^.*\//, '').replace(/\.[^.]+$/, '')}-fuzzed.${input.extension}`
  if (input.target === 'document-xml' && seed.documentXml) {
    const xml = input.mutations.reduce((bytes, change) => capped(mutate(bytes, change, seeds)), seed.documentXml)
    const zip = await JSZip.loadAsync(seed.bytes)
    zip.file('word/document.xml', xml)
    return { fileName, bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) }
  }
  return { fileName, bytes: input.mutations.reduce((bytes, change) => capped(mutate(bytes, change, seeds)), seed.bytes) }
}
