import { mkdir, readdir, readFile, rename, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { emptyLibraryData, libraryDataSchema, type LibraryData } from '../../../../shared/domain/library-data'
import { migrateStoredData } from '../../../../shared/domain/migrations'
import { ParleyError } from '../../../../shared/ipc/errors'
import type { LibraryNotice } from '../../../../shared/ipc/contract'
import { writeFileDurable } from './durable-write'
import { crashPoint } from './crash-points'
import { fileStamp } from './file-stamp'
import type { LibraryPaths } from './library-paths'

export const BACKUPS_KEPT = 7

/** Parses and validates a library file's text, naming what is wrong with it. */
export function parseLibraryData(raw: string): { data: LibraryData; migratedFrom: number | null } {
  const text = raw.replace(/^\uFEFF/, '')
  if (text.trim() === '') throw new ParleyError('library-damaged', 'the file is empty')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new ParleyError('library-damaged', `it is not valid JSON, probably truncated (${(error as Error).message})`)
  }
  const migration = migrateStoredData(json)
  const parsed = libraryDataSchema.safeParse(migration.data)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    throw new ParleyError('library-damaged', `its content is invalid at ${first?.path.join('.') || 'top level'}: ${first?.message}`)
  }
  return { data: parsed.data, migratedFrom: migration.fromVersion === migration.toVersion ? null : migration.fromVersion }
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}


/** Backup file names sort by time because their stamp is fixed-width UTC. */
export async function listBackups(paths: LibraryPaths): Promise<string[]> {
  const names = await readdir(paths.backupsDir).catch(() => [] as string[])
  return names
    .filter((name) => /^library-\d{8}T\d{9}Z\.json$/.test(name))
    .sort()
    .reverse()
    .map((name) => join(paths.backupsDir, name))
}

/** Keeps a copy of the current library file, then trims to the newest BACKUPS_KEPT. */
export async function writeBackup(paths: LibraryPaths, content: string, now: Date): Promise<string | null> {
  await mkdir(paths.backupsDir, { recursive: true })
  const existing = await listBackups(paths)
  if (existing[0] && (await readIfExists(existing[0])) === content) return null
  const target = join(paths.backupsDir, `library-${fileStamp(now)}.json`)
  crashPoint('backup', target)
  await writeFileDurable(target, content)
  const all = await listBackups(paths)
  await Promise.all(all.slice(BACKUPS_KEPT).map((old) => unlink(old).catch(() => undefined)))
  return target
}

export interface LoadedLibraryData {
  data: LibraryData
  notices: LibraryNotice[]
  /** The file on disk is not (yet) in the current shape and must be written. */
  needsWrite: boolean
  /** The data did not come from library.json (restored from a backup, or the file was gone). */
  restored: boolean
}

/**
 * Reads library.json. A missing, empty, truncated or invalid file is moved aside and the newest
 * valid backup restored, with a notice saying what happened and where the damaged file is.
 */
export async function loadLibraryData(paths: LibraryPaths, now: Date): Promise<LoadedLibraryData> {
  const raw = await readIfExists(paths.dataFile)
  let reason: string
  if (raw !== null) {
    try {
      const { data, migratedFrom } = parseLibraryData(raw)
      const notices: LibraryNotice[] =
        migratedFrom === null
          ? []
          : [{ level: 'info', title: 'Library upgraded', message: `The library was upgraded from schema ${migratedFrom}.` }]
      return { data, notices, needsWrite: migratedFrom !== null, restored: false }
    } catch (error) {
      if (error instanceof ParleyError && error.code === 'library-too-new') throw error
      reason = (error as Error).message
    }
  } else {
    if ((await listBackups(paths)).length === 0) return { data: emptyLibraryData(), notices: [], needsWrite: true, restored: true }
    reason = 'the file is missing'
  }
  return restoreNewestBackup(paths, raw, reason, now)
}

async function restoreNewestBackup(paths: LibraryPaths, raw: string | null, reason: string, now: Date): Promise<LoadedLibraryData> {
  for (const backup of await listBackups(paths)) {
    const content = await readIfExists(backup)
    if (content === null) continue
    let restored: LibraryData
    try {
      restored = parseLibraryData(content).data
    } catch {
      continue
    }
    let movedTo = ''
    if (raw !== null) {
      await mkdir(paths.damagedDir, { recursive: true })
      movedTo = join(paths.damagedDir, `library-${fileStamp(now)}.json`)
      await rename(paths.dataFile, movedTo)
    }
    await writeFileDurable(paths.dataFile, JSON.stringify(restored))
    const where = movedTo ? ` The damaged file was moved to ${movedTo}.` : ''
    return {
      data: restored,
      needsWrite: false,
      restored: true,
      notices: [
        {
          level: 'warning',
          title: 'Library restored from backup',
          message: `The library file could not be read: ${reason}.${where} Restored the newest valid backup (${backup}); changes made after it was taken are not in the library.`,
        },
      ],
    }
  }
  throw new ParleyError(
    'library-damaged',
    `The library file ${paths.dataFile} could not be read (${reason}) and no valid backup was found in ${paths.backupsDir}.`,
  )
}
