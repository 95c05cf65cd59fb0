import { ParleyError } from '../../../../../shared/ipc/errors'
import { decodeWindows1252 } from '../read-import-file'

export interface DecodedHtml {
  html: string
  warnings: string[]
  /** The encoding the bytes were finally read as (WHATWG name), for diagnostics and tests. */
  encoding: string
}

/** How far into the file a <meta charset> declaration is looked for (browsers use 1024; 2 KB is lenient). */
const PRESCAN_BYTES = 2048
const BINARY_SAMPLE_BYTES = 65536

/**
 * Finds the charset a page declares near its start, either `<meta charset="...">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=...">`. The bytes are read as
 * Latin-1 for the scan, which is safe because the declaration itself is ASCII.
 */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?-->/g, '')
  const metaTag = /<meta\b[^>]*>/gi
  for (let match = metaTag.exec(head); match; match = metaTag.exec(head)) {
    const declared = /\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)/i.exec(match[0])
    if (declared) return declared[1]!.toLowerCase()
  }
  return null
}

/** The WHATWG encoding a label stands for, or null when TextDecoder does not know it. */
function resolveLabel(label: string): string | null {
  try {
    return new TextDecoder(label).encoding
  } catch {
    return null
  }
}

/** UTF-16 without a byte-order mark shows up as a NUL in every other byte of ASCII-heavy markup. */
function sniffBomlessUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(sample.length / 2)
  if (pairs < 8) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < pairs * 2; i += 2) {
    if (sample[i] === 0) evenNul++
    if (sample[i + 1] === 0) oddNul++
  }
  if (oddNul / pairs > 0.4 && evenNul / pairs < 0.05 && sample[0] === 0x3c) return 'utf-16le'
  if (evenNul / pairs > 0.4 && oddNul / pairs < 0.05 && sample[1] === 0x3c) return 'utf-16be'
  return null
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES)
  let nuls = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i < 1024) return true
      nuls++
    }
  }
  return nuls > sample.length / 1000
}

function decodeUtf8OrWindows1252(bytes: Uint8Array, fileName: string, warnings: string[], reason: string): DecodedHtml {
  try {
    return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings, encoding: 'utf-8' }
  } catch {
    warnings.push(`${fileName} ${reason}; it was read as Windows-1252. Check accented characters.`)
    return { html: decodeWindows1252(bytes), warnings, encoding: 'windows-1252' }
  }
}

function validUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

function finish(decoded: DecodedHtml): DecodedHtml {
  // A stray NUL would become U+FFFD in the parser; nothing legitimate is lost by dropping it.
  return decoded.html.includes('\u0000') ? { ...decoded, html: decoded.html.replace(/\u0000/g, '') } : decoded
}

/**
 * Decodes a saved web page the way a browser would: byte-order mark first, then a charset
 * declared in a <meta> tag near the start, then UTF-8, falling back to Windows-1252 with a
 * warning. Refuses files that are plainly binary.
 */
export function decodeHtmlBytes(bytes: Uint8Array, fileName: string): DecodedHtml {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return finish({ html: new TextDecoder('utf-8').decode(bytes.subarray(3)), warnings: [], encoding: 'utf-8' })
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return finish({ html: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [], encoding: 'utf-16le' })
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return finish({ html: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [], encoding: 'utf-16be' })
  }

  const bomless = sniffBomlessUtf16(bytes.subarray(0, 4096))
  if (bomless) {
    const warning = `${fileName} has no byte-order mark but looks like ${bomless === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'}; it was read as such.`
    return finish({ html: new TextDecoder(bomless).decode(bytes), warnings: [warning], encoding: bomless })
  }
  if (looksBinary(bytes)) throw new ParleyError('import-failed', `${fileName} looks like binary data, not HTML.`)

  const warnings: string[] = []
  const label = sniffMetaCharset(bytes)
  if (label) {
    const encoding = resolveLabel(label)
    // Latin-1 and ASCII labels mean Windows-1252 to every browser (WHATWG maps them so), and
    // x-user-defined pages are in practice the same. A <meta> claiming UTF-16 cannot be true
    // (it was readable as ASCII), so browsers treat it as UTF-8.
    if (encoding === 'windows-1252' || encoding === 'x-user-defined') {
      return finish({ html: decodeWindows1252(bytes), warnings, encoding: 'windows-1252' })
    }
    if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
      return finish(decodeUtf8OrWindows1252(bytes, fileName, warnings, 'declares UTF-8 but is not valid UTF-8'))
    }
    if (encoding && encoding !== 'replacement') {
      const html = new TextDecoder(encoding).decode(bytes)
      if (html.includes('\uFFFD')) {
        // The label is provably wrong for these bytes. A page re-saved as UTF-8 that kept its old
        // <meta charset> is the usual cause, and valid multi-byte UTF-8 almost never arises by chance.
        const utf8 = validUtf8(bytes)
        if (utf8 !== null) {
          warnings.push(`${fileName} declares ${encoding} but is valid UTF-8 (and not valid ${encoding}); it was read as UTF-8.`)
          return finish({ html: utf8, warnings, encoding: 'utf-8' })
        }
        warnings.push(`${fileName} contains bytes that are not valid ${encoding}; they were replaced.`)
      }
      return finish({ html, warnings, encoding })
    }
    warnings.push(`${fileName} declares the unknown character set "${label.slice(0, 40)}"; it was read as UTF-8.`)
  }
  return finish(decodeUtf8OrWindows1252(bytes, fileName, warnings, 'is not valid UTF-8'))
}
