import { readdir, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { supportedExtensions } from './format-table'

const isSupported = (name: string) => supportedExtensions.includes(extname(name).slice(1).toLowerCase())

/**
 * Expands folders into the supported files below them (recursively, in name order), leaving
 * files as given so that an unsupported or missing file is still reported by the importer.
 * Hidden entries and symbolic links inside folders are skipped: they are not the analyst's
 * articles, and links could loop.
 */
export async function collectImportPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = []
  for (const path of paths) {
    const info = await stat(path).catch(() => null)
    if (info?.isDirectory()) files.push(...(await walk(path)))
    else files.push(path)
  }
  return files
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => a.name.localeCompare(b.name))
  const files: string[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...(await walk(path)))
    else if (entry.isFile() && isSupported(entry.name)) files.push(path)
  }
  return files
}

export const displayName = (path: string) => basename(path)
