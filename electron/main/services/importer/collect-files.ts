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
  return (await collectImport(paths)).files
}

export interface CollectedImport {
  files: string[]
  /** Folders given that hold nothing Parley can import, each with the sentence that says so. */
  emptyFolders: Array<{ path: string; message: string }>
}

/** As collectImportPaths, also naming each folder given that holds no importable file. */
export async function collectImport(paths: readonly string[]): Promise<CollectedImport> {
  const files: string[] = []
  const emptyFolders: CollectedImport['emptyFolders'] = []
  for (const path of paths) {
    const info = await stat(path).catch(() => null)
    if (!info?.isDirectory()) {
      files.push(path)
      continue
    }
    const found = await walk(path)
    if (found.length === 0) emptyFolders.push({ path, message: await nothingToImport(path) })
    files.push(...found)
  }
  return { files, emptyFolders }
}

/** The kinds named to the analyst; .htm, .markdown and the like are variants of these. */
const IMPORTABLE_KINDS = '.html, .pdf, .docx, .rtf, .txt, .md'

async function nothingToImport(dir: string): Promise<string> {
  const name = basename(dir)
  const entries = await readdir(dir).catch(() => [] as string[])
  if (entries.filter((e) => !e.startsWith('.')).length === 0) return `${name} is an empty folder: there is nothing in it to import.`
  return `${name} is a folder with no files Parley can import (${IMPORTABLE_KINDS}), in it or below it.`
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
