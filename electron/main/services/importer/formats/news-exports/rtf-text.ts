import { ParleyError } from '../../../../../../shared/ipc/errors'
import { decodeWindows1252 } from '../../read-import-file'

/**
 * Plain text from Rich Text Format: one line per paragraph (\par, \line, \row, \sect, \page),
 * characters from \uN (with its fallback skipped), \'hh bytes in the document's or the current
 * font's code page, and the named characters (\emdash, \lquote …). Destinations that are not
 * reading text are skipped whole: font, colour and style tables, document info, pictures,
 * headers and footers, field instructions, bookmarks and every {\* …} group.
 *
 * No npm package is used: the maintained ones either render HTML for a browser (rtf.js) or
 * stream tokens without text decoding (rtf-stream-parser), and text is all an export needs.
 */

const SKIPPED_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf',
  'fldinst', 'object', 'objdata', 'themedata', 'colorschememapping', 'latentstyles', 'datastore', 'xmlnstbl', 'listtable',
  'listoverridetable', 'rsidtbl', 'generator', 'revtbl', 'filetbl', 'nonshppict', 'shpinst', 'bkmkstart', 'bkmkend', 'listtext',
  'pntext', 'pntxta', 'pntxtb', 'footnote', 'annotation', 'atnid', 'atnauthor', 'template', 'userprops', 'docvar', 'xe', 'tc', 'background',
])

const LINE_BREAKS = new Set(['par', 'line', 'row', 'sect', 'page'])

const NAMED: Record<string, string> = {
  tab: ' ', cell: ' ', emdash: '—', endash: '–', emspace: ' ', enspace: ' ', qmspace: ' ', bullet: '•',
  lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', zwj: '\u200d', zwnj: '\u200c', ltrmark: '', rtlmark: '',
}

/** Windows code page of an RTF \fcharset (fonts in other scripts in an otherwise Western document). */
const CHARSET_CODE_PAGES: Record<number, number> = { 0: 1252, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258, 177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250 }

const DECODER_LABELS: Record<number, string> = { 932: 'shift_jis', 949: 'euc-kr', 936: 'gbk', 950: 'big5', 10000: 'macintosh' }

function decodeBytes(bytes: number[], codePage: number): string {
  if (bytes.length === 0) return ''
  const array = new Uint8Array(bytes)
  if (codePage === 1252 || codePage === 0) return decodeWindows1252(array)
  try {
    return new TextDecoder(DECODER_LABELS[codePage] ?? `windows-${codePage}`).decode(array)
  } catch {
    return decodeWindows1252(array)
  }
}

interface GroupState {
  skip: boolean
  /** How many fallback characters follow each \uN (\ucN). */
  uc: number
  codePage: number
  inFontTable: boolean
}

export interface RtfText {
  text: string
  warnings: string[]
}

export const looksLikeRtf = (bytes: Uint8Array) => bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '{\\rtf'

export function rtfToText(bytes: Uint8Array, fileName: string): RtfText {
  if (!looksLikeRtf(bytes)) throw new ParleyError('import-failed', `${fileName}: this is not an RTF file (it does not begin with “{\\rtf”).`)
  // RTF is 7-bit text; bytes above 127 (written raw by some programs) are read in the document's code page.
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  const out: string[] = []
  const pendingBytes: number[] = []
  let state: GroupState = { skip: false, uc: 1, codePage: 1252, inFontTable: false }
  const stack: GroupState[] = []
  const fontCodePages = new Map<number, number>()
  let documentCodePage = 1252
  let currentFont: number | null = null
  let skipFallback = 0
  let groupStart = false

  const flushBytes = () => {
    if (pendingBytes.length === 0) return
    out.push(decodeBytes(pendingBytes, state.codePage))
    pendingBytes.length = 0
  }
  const emit = (text: string) => {
    if (state.skip) return
    if (skipFallback > 0) {
      skipFallback--
      return
    }
    flushBytes()
    out.push(text)
  }
  /** Plain characters up to the next brace, backslash or line end, taken as one run. */
  const addRun = (run: string) => {
    let text = run
    if (skipFallback > 0) {
      const skipped = Math.min(skipFallback, text.length)
      text = text.slice(skipped)
      skipFallback -= skipped
    }
    if (text === '') return
    if (!/[\x80-\xff]/.test(text)) {
      flushBytes()
      out.push(text)
      return
    }
    for (const char of text) {
      if (char.charCodeAt(0) > 127) pendingBytes.push(char.charCodeAt(0))
      else {
        flushBytes()
        out.push(char)
      }
    }
  }

  const special = /[\\{}\r\n]/g
  const controlWord = /\\([a-zA-Z]{1,32})(-?\d{1,10})? ?/y
  let i = 0
  while (i < source.length) {
    const char = source[i]!
    if (char === '{') {
      flushBytes()
      stack.push(state)
      state = { ...state }
      groupStart = true
      skipFallback = 0
      i++
      continue
    }
    if (char === '}') {
      flushBytes()
      state = stack.pop() ?? state
      groupStart = false
      skipFallback = 0
      i++
      continue
    }
    if (char === '\r' || char === '\n') {
      i++
      continue
    }
    if (char !== '\\') {
      special.lastIndex = i
      const end = special.exec(source)?.index ?? source.length
      if (!state.skip) addRun(source.slice(i, end))
      groupStart = false
      i = end
      continue
    }
    // A control word, a control symbol or an escaped character.
    const next = source[i + 1] ?? ''
    if (next === "'") {
      const byte = parseInt(source.slice(i + 2, i + 4), 16)
      i += 4
      groupStart = false
      if (state.skip || Number.isNaN(byte)) continue
      if (skipFallback > 0) skipFallback--
      else pendingBytes.push(byte)
      continue
    }
    if (!/[a-zA-Z]/.test(next)) {
      i += 2
      const wasGroupStart = groupStart
      groupStart = false
      if (next === '*') {
        if (wasGroupStart) state.skip = true
      } else if (next === '\\' || next === '{' || next === '}') emit(next)
      else if (next === '~') emit('\u00a0')
      else if (next === '_') emit('‑')
      else if (next === '\r' || next === '\n') emit('\n')
      continue
    }
    controlWord.lastIndex = i
    const word = controlWord.exec(source)!
    i += word[0].length
    const name = word[1]!
    const parameter = word[2] === undefined ? null : Number(word[2])
    const wasGroupStart = groupStart
    groupStart = false

    if (name === 'bin') {
      i += Math.max(0, parameter ?? 0)
      continue
    }
    if (wasGroupStart && SKIPPED_DESTINATIONS.has(name)) {
      state.skip = true
      if (name === 'fonttbl') state.inFontTable = true
    }
    if (state.inFontTable) {
      // Read, not shown: which code page each font's \'hh bytes are in.
      if (name === 'f' && parameter !== null) currentFont = parameter
      if (name === 'fcharset' && parameter !== null && currentFont !== null && CHARSET_CODE_PAGES[parameter]) fontCodePages.set(currentFont, CHARSET_CODE_PAGES[parameter]!)
      continue
    }
    if (name === 'ansicpg' && parameter !== null) {
      documentCodePage = parameter
      state.codePage = parameter
    } else if (name === 'mac') state.codePage = documentCodePage = 10000
    else if (name === 'f' && parameter !== null) {
      flushBytes()
      state.codePage = fontCodePages.get(parameter) ?? documentCodePage
    } else if (name === 'uc' && parameter !== null) state.uc = Math.max(0, parameter)
    else if (name === 'u' && parameter !== null) {
      emit(String.fromCharCode(parameter < 0 ? parameter + 65536 : parameter))
      if (!state.skip) skipFallback = state.uc
    } else if (LINE_BREAKS.has(name)) emit('\n')
    else if (NAMED[name] !== undefined) emit(NAMED[name]!)
  }
  flushBytes()
  const warnings = stack.length > 0 ? [`${fileName}: the RTF ends before ${stack.length === 1 ? 'a group closes' : `${stack.length} groups close`}; the file may be cut short, check its end.`] : []
  return { text: out.join('').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''), warnings }
}
