import { readdir, readFile, stat } from 'node:fs/promises'
import { documentSchema, type ParleyDocument } from '../../../../shared/domain/document'
import { documentContentSchema, composeText } from '../../../../shared/domain/content'
import { annotationFileSchema, type LibraryData } from '../../../../shared/domain/library-data'
import type { LibraryNotice } from '../../../../shared/ipc/contract'
import { countWords } from '../../../../shared/text/normalise'
import { countOf } from '../../../../shared/text/plural'
import type { LibraryPaths } from './library-paths'

const RECORD_FILE = /^(.+)\.document\.json$/
const BLOCKS_FILE = /^([0-9a-f]{64})\.(.+)\.blocks\.json$/
const ORIGINAL_FILE = /^([0-9a-f]{64})\.original\.([a-z0-9]{1,10})$/

export interface RecoveredLibrary {
  data: LibraryData
  notices: LibraryNotice[]
  changed: boolean
}

/**
 * After library.json was restored from a backup (or lost), brings back what the backup missed:
 * documents whose text survives in documents/ (from their record file, else rebuilt from their
 * blocks), and registry entries that surviving annotations still point to.
 */
export async function recoverAfterRestore(paths: LibraryPaths, data: LibraryData, now: Date): Promise<RecoveredLibrary> {
  const documents = await survivingDocuments(paths, new Set(data.documents.map((d) => d.id)), now)
  const known = new Set([...data.documents, ...documents].map((d) => d.id))
  // Links to documents that are gone would point nowhere; links among recovered ones are mutual.
  const recovered = documents.map((d) => ({ ...d, sameStoryAs: d.sameStoryAs.filter((id) => known.has(id)) }))
  const backLinks = new Map<string, string[]>()
  for (const d of recovered) for (const other of d.sameStoryAs) backLinks.set(other, [...(backLinks.get(other) ?? []), d.id])
  const withLinks = (d: ParleyDocument) => (backLinks.has(d.id) ? { ...d, sameStoryAs: [...new Set([...d.sameStoryAs, ...backLinks.get(d.id)!])] } : d)
  let next: LibraryData = { ...data, documents: [...data.documents.map(withLinks), ...recovered.map(withLinks)] }
  const registries = await restoreMissingRegistryEntries(paths, next)
  next = registries.data
  const notices: LibraryNotice[] = []
  if (recovered.length > 0) {
    notices.push({ level: 'warning', title: 'Documents brought back', message: `${countOf(recovered.length, 'document')} imported after the backup ${recovered.length === 1 ? 'was' : 'were'} found in ${paths.documentsDir} and brought back with ${recovered.length === 1 ? 'its' : 'their'} annotations: ${recovered.map((d) => `“${d.title}”`).slice(0, 10).join(', ')}${recovered.length > 10 ? ', …' : ''}.` })
  }
  if (registries.created > 0) {
    notices.push({ level: 'warning', title: 'Registry entries recreated', message: `${countOf(registries.created, 'source, party, issue or tag', 'sources, parties, issues or tags')} used by annotations had been created after the backup. ${registries.created === 1 ? 'It was' : 'They were'} recreated under names starting with “Recovered”; rename ${registries.created === 1 ? 'it' : 'them'} in the registries.` })
  }
  return { data: next, notices, changed: recovered.length > 0 || registries.created > 0 }
}

async function survivingDocuments(paths: LibraryPaths, indexed: ReadonlySet<string>, now: Date): Promise<ParleyDocument[]> {
  const names = await readdir(paths.documentsDir).catch(() => [] as string[])
  const found = new Map<string, ParleyDocument>()
  for (const name of names) {
    const id = RECORD_FILE.exec(name)?.[1]
    if (!id || indexed.has(id)) continue
    const record = await readJson(`${paths.documentsDir}/${name}`).then((json) => documentSchema.safeParse(json))
    if (record?.success && record.data.id === id && (await exists(paths.textFile(record.data.textHash)))) found.set(id, record.data)
  }
  // Libraries written before record files existed: rebuild a record from the newest blocks file.
  const newestBlocks = new Map<string, { hash: string; mtime: number; name: string }>()
  for (const name of names) {
    const match = BLOCKS_FILE.exec(name)
    if (!match || indexed.has(match[2]!) || found.has(match[2]!)) continue
    const mtime = await stat(`${paths.documentsDir}/${name}`).then((s) => s.mtimeMs, () => 0)
    const previous = newestBlocks.get(match[2]!)
    if (!previous || previous.mtime < mtime) newestBlocks.set(match[2]!, { hash: match[1]!, mtime, name })
  }
  for (const [id, { hash, mtime, name }] of newestBlocks) {
    const document = await documentFromBlocks(paths, names, id, hash, name, new Date(mtime || now.getTime()))
    if (document) found.set(id, document)
  }
  return [...found.values()]
}

async function documentFromBlocks(paths: LibraryPaths, names: string[], id: string, hash: string, blocksName: string, importedAt: Date): Promise<ParleyDocument | null> {
  const content = await readJson(`${paths.documentsDir}/${blocksName}`).then((json) => documentContentSchema.safeParse(json))
  if (!content?.success || !(await exists(paths.textFile(hash)))) return null
  const { text } = composeText(content.data.blocks)
  const heading = content.data.blocks.find((b) => !b.removed && b.kind === 'heading')?.text
  const title = (heading ?? text.split('\n')[0] ?? 'Recovered document').slice(0, 120).trim() || 'Recovered document'
  const originalName = names.find((n) => ORIGINAL_FILE.exec(n)?.[1] === hash)
  const extension = originalName ? ORIGINAL_FILE.exec(originalName)![2]! : 'txt'
  const sizeBytes = originalName ? await stat(`${paths.documentsDir}/${originalName}`).then((s) => s.size, () => 0) : 0
  const parsed = documentSchema.safeParse({
    id,
    title,
    outlet: null,
    byline: null,
    publishedAt: null,
    language: null,
    format: (['txt', 'md', 'html', 'pdf', 'docx'] as const).find((f) => f === extension) ?? 'txt',
    wordCount: countWords(text),
    textHash: hash,
    original: { name: `recovered.${extension}`, extension, sizeBytes },
    importedAt: importedAt.toISOString(),
    sameStoryAs: [],
  })
  return parsed.success ? parsed.data : null
}

/** Placeholder entries for ids that annotations use but the restored registries lack. */
async function restoreMissingRegistryEntries(paths: LibraryPaths, data: LibraryData): Promise<{ data: LibraryData; created: number }> {
  const names = await readdir(paths.annotationsDir).catch(() => [] as string[])
  const need = { sources: new Set<string>(), parties: new Set<string>(), issues: new Set<string>(), tags: new Set<string>() }
  for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.'))) {
    const file = await readJson(`${paths.annotationsDir}/${name}`).then((json) => annotationFileSchema.safeParse(json))
    if (!file?.success) continue
    for (const a of file.data.annotations) {
      a.tagIds.forEach((id) => need.tags.add(id))
      if (a.kind !== 'claim') continue
      need.sources.add(a.sourceId)
      need.issues.add(a.issueId)
      a.partyIds.forEach((id) => need.parties.add(id))
    }
  }
  const missing = <T extends { id: string }>(list: readonly T[], ids: Set<string>) => [...ids].filter((id) => !list.some((e) => e.id === id))
  const short = (id: string) => id.slice(0, 8)
  const parties = missing(data.parties, need.parties).map((id) => ({ id, name: `Recovered party ${short(id)}`, color: '#868e96', aliases: [] }))
  const sources = missing(data.sources, need.sources).map((id) => ({ id, name: `Recovered source ${short(id)}`, aliases: [], kind: 'person' as const, partyIds: [], reliability: 'F' as const }))
  const issues = missing(data.issues, need.issues).map((id) => ({ id, title: `Recovered issue ${short(id)}`, description: 'Recreated after a restore from backup: its title was not in the backup.' }))
  const tags = missing(data.tags, need.tags).map((id) => ({ id, name: `Recovered tag ${short(id)}`, color: '#868e96', parentId: null }))
  const created = parties.length + sources.length + issues.length + tags.length
  if (created === 0) return { data, created }
  return {
    data: { ...data, parties: [...data.parties, ...parties], sources: [...data.sources, ...sources], issues: [...data.issues, ...issues], tags: [...data.tags, ...tags] },
    created,
  }
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''))
  } catch {
    return null
  }
}

const exists = (path: string) => stat(path).then(() => true, () => false)
