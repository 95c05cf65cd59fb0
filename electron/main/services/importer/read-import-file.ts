import { open, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { ParleyError } from '../../../../shared/ipc/errors'

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

export function checkImportSize(bytes: number, fileName: string): void {
  if (bytes > MAX_IMPORT_BYTES) throw new ParleyError('import-failed', `${fileName} is ${(bytes / 1048576).toFixed(1)} MB; the limit is 50 MB.`)
}

export interface ImportFile {
  name: string
  extension: string
  bytes: Uint8Array
}

/** Reads a file the analyst chose, refusing anything that is not a regular file of sane size. */
export async function readImportFile(path: string): Promise<ImportFile> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new ParleyError('import-failed', `File not found: ${path}`)
    if (code === 'EACCES') throw new ParleyError('import-failed', `Permission denied: ${path}`)
    throw error
  }
  if (info.isDirectory()) throw new ParleyError('import-failed', `${basename(path)} is a folder, not a file.`)
  if (!info.isFile()) throw new ParleyError('import-failed', `${basename(path)} is not a regular file (a pipe, socket or device).`)
  checkImportSize(info.size, basename(path))
  const handle = await open(path, 'r')
  try {
    const bytes = new Uint8Array(await handle.readFile())
    return { name: basename(path), extension: extname(path).slice(1).toLowerCase(), bytes }
  } finally {
    await handle.close()
  }
}

export interface DecodedText {
  text: string
  warnings: string[]
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, euro). Node's
// TextDecoder('windows-1252') decodes those as C1 controls, so the table is applied here.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192)
    text += Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : String.fromCharCode(byte))).join('')
  }
  return text
}

/** Text files arrive in UTF-8 (with or without BOM), UTF-16 with a BOM, or legacy Windows-1252. */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] }
  const sample = bytes.subarray(0, 65536)
  if (sample.includes(0)) throw new ParleyError('import-failed', `${fileName} looks like binary data, not text.`)
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), warnings: [] }
  } catch {
    return {
      text: decodeWindows1252(bytes),
      warnings: [`${fileName} is not valid UTF-8; it was read as Windows-1252. Check accented characters.`],
    }
  }
}
