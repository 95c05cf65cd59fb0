import { readFile } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

export interface AppAsset {
  body: Buffer
  contentType: string
}

/**
 * Reads a file of the built renderer for a URL path, or null. Paths that escape the root
 * ("..", encoded or not) resolve to null, so the protocol cannot serve the rest of the disk.
 */
export async function readAppAsset(rootDir: string, urlPath: string): Promise<AppAsset | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/')
  } catch {
    return null
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  const root = resolve(rootDir)
  const filePath = resolve(root, relative)
  if (!filePath.startsWith(root + sep)) return null
  const contentType = contentTypes[extname(filePath).toLowerCase()]
  if (!contentType) return null
  try {
    return { body: await readFile(filePath), contentType }
  } catch {
    return null
  }
}
