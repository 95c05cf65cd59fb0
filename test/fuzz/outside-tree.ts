import { lstat, mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { startFuzzLibrary } from './fuzz-library'

/**
 * Files around a library that IPC must never read or write: a sibling "other library" with real
 * annotations, and sentinel files named the way library paths end (notes.json, notes.journal …)
 * where "../../notes"-style ids would land. Writes show as changed contents, times or entries;
 * reads show as a changed access time (each file's atime is set days back, so even relatime
 * mounts record the next read) wherever the file system keeps access times.
 */

export const SENTINEL_TEXT = 'root:x:0:0 SENTINEL parley-outside-the-library\n'
/** What shows of the sentinel in a JSON parse error (V8 quotes the first ten characters). */
export const SENTINEL_MARK = 'root:x:0:0'

const SENTINEL_NAMES = ['notes', 'notes.json', 'notes.journal', 'notes.document.json', 'notes.txt', 'notes.blocks.json', 'passwd']

export interface OutsideTree {
  root: string
  /** The library under test: root/lib-parent/library, so "../../x" and "../../../x" land in the tree. */
  libraryDir: string
  otherLibraryDir: string
  /** A document of the other library that has an annotations file, and one of its annotations. */
  otherDocumentId: string
  otherAnnotationId: string
  /** Whether reads can be seen here (false on noatime mounts: then only contents and writes are checked). */
  readsVisible: boolean
}

interface EntryState {
  kind: 'file' | 'dir'
  atimeMs: number
  mtimeMs: number
  ino: number
  content: string | null
}
export type TreeState = Map<string, EntryState>

const DAYS_BACK = 3 * 24 * 60 * 60 * 1000

async function walk(dir: string, skip: string): Promise<string[]> {
  const paths: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (path === skip || path.startsWith(skip + sep)) continue
    paths.push(path)
    if (entry.isDirectory()) paths.push(...(await walk(path, skip)))
  }
  return paths
}

/** Sets every access time days back, keeping modification times, so the next read shows. */
async function armAccessTimes(paths: readonly string[]): Promise<void> {
  const past = new Date(Date.now() - DAYS_BACK)
  for (const path of paths) {
    const info = await lstat(path)
    await utimes(path, past, info.mtime)
  }
}

async function readsAreVisible(root: string): Promise<boolean> {
  const probe = join(root, 'atime-probe')
  await writeFile(probe, 'probe')
  await armAccessTimes([probe])
  const before = (await lstat(probe)).atimeMs
  await readFile(probe)
  return (await lstat(probe)).atimeMs !== before
}

export async function createOutsideTree(root: string): Promise<OutsideTree> {
  const parent = join(root, 'lib-parent')
  const otherLibraryDir = join(parent, 'other-library')
  await mkdir(join(parent, 'sentinel-dir'), { recursive: true })
  for (const dir of [root, parent, join(parent, 'sentinel-dir')]) {
    for (const name of SENTINEL_NAMES) await writeFile(join(dir, name), SENTINEL_TEXT)
  }
  const other = await startFuzzLibrary(otherLibraryDir)
  await other.close()
  const otherDocumentId = other.ids.documents.find((id) => (other.ids.annotationsOf[id] ?? []).length > 0)
  if (!otherDocumentId) throw new Error('The other library has no annotations to aim at.')
  await readFile(join(otherLibraryDir, 'annotations', `${otherDocumentId}.json`)) // it is where the traversal ids aim
  const readsVisible = await readsAreVisible(root)
  const otherAnnotationId = other.ids.annotationsOf[otherDocumentId]![0]!
  return { root, libraryDir: join(parent, 'library'), otherLibraryDir, otherDocumentId, otherAnnotationId, readsVisible }
}

async function timesOf(path: string): Promise<EntryState | null> {
  const info = await lstat(path).catch(() => null)
  return info && { kind: info.isDirectory() ? 'dir' : 'file', atimeMs: info.atimeMs, mtimeMs: info.mtimeMs, ino: info.ino, content: null }
}

/**
 * The whole tree but the library under test. Times of the entries `known` from an earlier capture
 * are taken before anything is listed or read, since listing and reading move access times.
 */
export async function captureOutsideTree(tree: OutsideTree, known: TreeState = new Map()): Promise<TreeState> {
  const state: TreeState = new Map()
  for (const path of known.keys()) {
    const entry = await timesOf(join(tree.root, path))
    if (entry) state.set(path, entry)
  }
  for (const path of await walk(tree.root, tree.libraryDir)) {
    const key = relative(tree.root, path)
    const entry = state.get(key) ?? (await timesOf(path))
    if (!entry) continue
    if (entry.kind === 'file') entry.content = (await readFile(path)).toString('base64')
    state.set(key, entry)
  }
  return state
}

/** A capture to compare against, with access times set back so that any later read shows. */
export async function baselineOutsideTree(tree: OutsideTree): Promise<TreeState> {
  const state = await captureOutsideTree(tree)
  await armAccessTimes([...state.keys()].map((path) => join(tree.root, path)))
  for (const [path, entry] of state) {
    // Setting times rounds the modification time to the millisecond: take both as they now are.
    const info = await lstat(join(tree.root, path))
    entry.atimeMs = info.atimeMs
    entry.mtimeMs = info.mtimeMs
  }
  return state
}

/** Every difference between two captures: new, gone, rewritten, touched or (where visible) read. */
export function outsideChanges(before: TreeState, after: TreeState, readsVisible: boolean): string[] {
  const changes: string[] = []
  for (const [path, entry] of after) {
    const earlier = before.get(path)
    if (!earlier) changes.push(`${path} was created`)
    else if (earlier.content !== entry.content) changes.push(`${path} was rewritten`)
    else if (earlier.mtimeMs !== entry.mtimeMs || earlier.ino !== entry.ino) changes.push(`${path} was modified or replaced`)
    else if (readsVisible && earlier.atimeMs !== entry.atimeMs) changes.push(`${path} was ${entry.kind === 'dir' ? 'listed' : 'read'}`)
  }
  for (const path of before.keys()) if (!after.has(path)) changes.push(`${path} was removed`)
  return changes
}
